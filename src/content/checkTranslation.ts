import type { DeckFile } from './parseDeck.ts';
import { type Deck, DeckError, type SimBlock, type Slide } from './types.ts';

/**
 * A translated deck must keep its original's structure, so the presenter's timings, the claims the model tests
 * pin, the sims' runs and every fragment click stay the same in either language. Compared file by file (same file
 * names), stack by stack and slide by slide: the same stacks and vertical slides, `data-timing` and `data-claim`,
 * fragments, and sim blocks (every key and parameter, except the `bet:` and `choices:` text, which is translated;
 * the number of choices must match). Titles, text and notes are free. `totalTime` must match too.
 *
 * The first difference throws a DeckError at the translation's file and line, saying what the original has there
 * (with its own file:line). `files` (the translation's sources) lets attribute problems point at the exact line
 * of the `.slide:` comment instead of the slide's first line.
 */
export function checkTranslation(original: Deck, translation: Deck, files: readonly DeckFile[] = []): void {
  const sources = new Map(files.map((f) => [f.path, f.text.replace(/\r\n?/g, '\n').split('\n')]));
  const originalFiles = byFile(original);
  const translatedFiles = byFile(translation);
  const firstTranslated = translation.slides[0]!;

  if (original.meta.totalTime !== translation.meta.totalTime) {
    const line = findLine(sources, firstTranslated.file, 1, Number.MAX_SAFE_INTEGER, /^totalTime\s*:/) ?? 1;
    const first = original.slides[0]!;
    throw new DeckError(
      firstTranslated.file,
      line,
      `totalTime is ${show(translation.meta.totalTime)}, but the original (${first.file}) has ${show(original.meta.totalTime)}`,
    );
  }
  for (const [name, stacks] of translatedFiles) {
    if (!originalFiles.has(name)) {
      const slide = stacks[0]![0]!;
      throw new DeckError(
        slide.file,
        1,
        `this file has no original: the original deck has ${[...originalFiles.keys()].join(', ')}`,
      );
    }
  }
  for (const [name, stacks] of originalFiles) {
    const translated = translatedFiles.get(name);
    if (!translated) {
      const dir = firstTranslated.file.slice(0, firstTranslated.file.length - baseName(firstTranslated.file).length);
      throw new DeckError(`${dir}${name}`, 0, `missing: the original ${stacks[0]![0]!.file} has no translation`);
    }
    compareFile(stacks, translated, sources);
  }
  // Same file names but a different order would reorder the slides.
  const originalOrder = [...originalFiles.keys()];
  const translatedOrder = [...translatedFiles.keys()];
  translatedOrder.forEach((name, i) => {
    if (name !== originalOrder[i]) {
      const slide = translatedFiles.get(name)![0]![0]!;
      throw new DeckError(slide.file, 1, `file order differs: the original has ${originalOrder[i]} here`);
    }
  });
}

type Sources = Map<string, string[]>;

function compareFile(original: Slide[][], translated: Slide[][], sources: Sources): void {
  if (original.length !== translated.length) {
    // Name the first stack whose shape differs: that is where a slide went missing or was added.
    const h = firstDifference(original, translated);
    const at = translated[h]?.[0] ?? translated.at(-1)!.at(-1)!;
    const there = original[h]?.[0];
    const what = there ? `the original has here ${describe(there)}` : 'the original has no more stacks here';
    throw new DeckError(
      at.file,
      at.line,
      `${translated.length} stacks (--- separated) in this file, the original has ${original.length}: ${what}`,
    );
  }
  original.forEach((stack, h) => {
    const tStack = translated[h]!;
    if (stack.length !== tStack.length) {
      const v = firstDifference(
        stack.map((s) => [s]),
        tStack.map((s) => [s]),
      );
      const at = tStack[v] ?? tStack.at(-1)!;
      const there = stack[v];
      const what = there ? `the original has here ${describe(there)}` : 'the original has no more slides here';
      throw new DeckError(
        at.file,
        at.line,
        `${tStack.length} vertical slides (-- separated) in this stack, the original has ${stack.length}: ${what}`,
      );
    }
    for (const [v, slide] of stack.entries()) compareSlide(slide, tStack[v]!, sources);
  });
}

function compareSlide(original: Slide, translated: Slide, sources: Sources): void {
  const end = translated.line + lineCount(sources, translated);
  for (const [attr, label] of [
    ['data-timing', 'data-timing'],
    ['data-claim', 'data-claim'],
  ] as const) {
    const a = normalise(original.attrs[attr]);
    const b = normalise(translated.attrs[attr]);
    if (a !== b) {
      const line =
        findLine(sources, translated.file, translated.line, end, new RegExp(`\\b${attr}\\s*=`)) ?? translated.line;
      throw new DeckError(
        translated.file,
        line,
        `${label} is ${b === undefined ? 'missing' : `"${b}"`}, but the original ${describe(original)} has ${a === undefined ? 'none' : `${label}="${a}"`}`,
      );
    }
  }
  const fragments = [countFragments(original.html), countFragments(translated.html)] as const;
  if (fragments[0] !== fragments[1]) {
    throw new DeckError(
      translated.file,
      translated.line,
      `${fragments[1]} fragments on this slide, but the original ${describe(original)} has ${fragments[0]}`,
    );
  }
  const [sims, tSims] = [original.sims, translated.sims];
  for (let i = 0; i < Math.max(sims.length, tSims.length); i++) {
    const sim = sims[i];
    const tSim = tSims[i];
    if (!sim) {
      throw new DeckError(
        tSim!.file,
        tSim!.line,
        `extra sim block: the original ${describe(original)} has ${sims.length} sim block${sims.length === 1 ? '' : 's'}`,
      );
    }
    if (!tSim) {
      throw new DeckError(
        translated.file,
        translated.line,
        `missing sim block: the original has one at ${sim.file}:${sim.line} (preset: ${sim.preset})`,
      );
    }
    compareSim(sim, tSim, sources);
  }
}

/** Every key a sim block can hold except the translated text; `choices` counts. */
function simKeys(sim: SimBlock): Map<string, string> {
  const keys = new Map<string, string>([
    ['preset', sim.preset],
    ['view', sim.view],
    ['seed', String(sim.seed)],
  ]);
  if (sim.chart !== undefined) keys.set('chart', sim.chart);
  if (sim.height !== undefined) keys.set('height', String(sim.height));
  if (sim.printTick !== undefined) keys.set('tick', String(sim.printTick));
  if (sim.controls !== undefined) keys.set('controls', sim.controls.join(', '));
  if (sim.bet) keys.set('bet', 'a question');
  if (sim.bet) keys.set('choices', `${sim.bet.choices.length} choices`);
  for (const [key, value] of Object.entries(sim.overrides)) keys.set(key, String(value));
  return keys;
}

function compareSim(sim: SimBlock, tSim: SimBlock, sources: Sources): void {
  const keys = simKeys(sim);
  const tKeys = simKeys(tSim);
  const end = tSim.line + Number.MAX_SAFE_INTEGER;
  for (const key of new Set([...keys.keys(), ...tKeys.keys()])) {
    const a = keys.get(key);
    const b = tKeys.get(key);
    if (a === b) continue;
    const line = findSimKeyLine(sources, tSim, key, end) ?? tSim.line;
    const here = b === undefined ? `"${key}" is missing` : key === 'choices' ? b : `${key} is "${b}"`;
    const there = a === undefined ? `no "${key}"` : key === 'choices' ? a : `${key}: ${a}`;
    throw new DeckError(tSim.file, line, `sim block: ${here}, but the original (${sim.file}:${sim.line}) has ${there}`);
  }
}

/** The line of `key:` inside a sim block's fence, found in the source when we have it. */
function findSimKeyLine(sources: Sources, sim: SimBlock, key: string, end: number): number | undefined {
  const lines = sources.get(sim.file);
  if (!lines) return undefined;
  for (let i = sim.line; i < Math.min(lines.length, end); i++) {
    const text = lines[i]!.trim();
    if (/^(`{3,}|~{3,})/.test(text)) return undefined;
    if (new RegExp(`^${key}\\s*:`).test(text)) return i + 1;
  }
  return undefined;
}

function findLine(sources: Sources, file: string, from: number, to: number, pattern: RegExp): number | undefined {
  const lines = sources.get(file);
  if (!lines) return undefined;
  for (let i = from - 1; i < Math.min(lines.length, to - 1); i++) if (pattern.test(lines[i]!)) return i + 1;
  return undefined;
}

/** How many source lines a slide spans: up to the next separator line, when we have the source. */
function lineCount(sources: Sources, slide: Slide): number {
  const lines = sources.get(slide.file);
  if (!lines) return 0;
  let n = 0;
  for (let i = slide.line - 1; i < lines.length && !/^--(-)?\s*$/.test(lines[i]!); i++) n++;
  return n + 1;
}

function byFile(deck: Deck): Map<string, Slide[][]> {
  const files = new Map<string, Slide[][]>();
  for (const stack of deck.stacks) {
    const name = baseName(stack[0]!.file);
    const list = files.get(name) ?? [];
    list.push(stack);
    files.set(name, list);
  }
  return files;
}

/** The first stack whose shape (slides, sims, timing, claims) differs between the two lists. */
function firstDifference(a: Slide[][], b: Slide[][]): number {
  const shape = (stack: Slide[] | undefined) =>
    stack
      ?.map((s) => `${s.sims.map((x) => x.preset).join()}|${s.attrs['data-timing']}|${s.attrs['data-claim']}`)
      .join('/');
  let h = 0;
  while (h < Math.min(a.length, b.length) && shape(a[h]) === shape(b[h])) h++;
  return h;
}

function countFragments(html: string): number {
  return html.match(/\bclass="[^"]*\bfragment\b[^"]*"/g)?.length ?? 0;
}

function normalise(value: string | undefined): string | undefined {
  return value?.trim().split(/\s+/).join(' ');
}

function describe(slide: Slide): string {
  return `${slide.title ? `"${slide.title}"` : `slide ${slide.id}`} (${slide.file}:${slide.line})`;
}

function show(value: number | undefined): string {
  return value === undefined ? 'not set' : String(value);
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
