import { checkSlideHtml } from './checkSlideHtml.ts';
import { extractSimBlocks } from './extractSimBlocks.ts';
import { FenceTracker } from './fenceTracker.ts';
import { firstHeadingText, NestedSimError, renderMarkdown } from './renderMarkdown.ts';
import { renderNotes } from './renderNotes.ts';
import { scanAttributeComments } from './scanAttributeComments.ts';
import { splitNotes } from './splitNotes.ts';
import type { RawSlide } from './splitSlides.ts';
import { DeckError, type Slide } from './types.ts';

export interface SlidePlace {
  file: string;
  section: string;
  h: number;
  v: number;
}

/** One slide's source → the typed `Slide`: notes split off, attribute comments read, sims parsed, HTML rendered. */
/** `cueLabel` is how the deck's language labels a presenter's cue in the notes ('Cue:', 'Indicación:'). */
export function parseSlide(raw: RawSlide, place: SlidePlace, cueLabel = 'Cue:'): Slide {
  const { file, h, v } = place;
  const split = splitNotes(file, raw.lines);
  const body = scanAttributeComments(file, split.body);
  const notes = scanAttributeComments(file, split.notes);
  rejectSimsInNotes(file, notes.lines);
  const { lines, sims } = extractSimBlocks(file, body.lines, { h, v });
  const rendered = guardRender(file, raw.line, () => ({
    body: renderMarkdown(lines.map((l) => l.text).join('\n')),
    notes: renderNotes(notes.lines, cueLabel),
  }));

  const attrs: Record<string, string> = {};
  const attrLines: Record<string, number> = {};
  const add = (name: string, value: string, line: number) => {
    const old = name === 'class' ? attrs.class : undefined;
    attrs[name] = old ? `${old} ${value}` : value;
    attrLines[name] = line;
  };
  for (const [name, value] of rendered.body.slideAttrs) add(name, value, raw.line);
  for (const { name, value, line } of [...body.slideAttrs, ...notes.slideAttrs]) add(name, value, line);

  const slide: Slide = {
    h,
    v,
    id: v > 0 ? `${h}/${v}` : `${h}`,
    file,
    line: raw.line,
    section: place.section,
    title: firstHeadingText(rendered.body.html),
    html: checkSlideHtml(file, rendered.body.html, lines, raw.line),
    notesHtml: checkSlideHtml(file, rendered.notes.notesHtml, notes.lines, raw.line),
    // the narrative is the notes without their cue lines: checked with them
    narrativeHtml: rendered.notes.narrativeHtml,
    attrs,
    claims: (attrs['data-claim'] ?? '').split(/[\s,]+/).filter(Boolean),
    sims,
  };
  const timing = attrs['data-timing'];
  if (timing !== undefined) {
    const seconds = /^\d+(\.\d+)?$/.test(timing.trim()) ? Number(timing) : Number.NaN;
    if (!Number.isFinite(seconds)) {
      throw new DeckError(
        file,
        attrLines['data-timing']!,
        `data-timing="${timing}" must be a number of seconds, e.g. 90`,
      );
    }
    slide.timing = seconds;
  }
  return slide;
}

/** marked is not ours: whatever it throws (a stack overflow on absurd nesting, say) becomes a DeckError here. */
function guardRender<T>(file: string, line: number, render: () => T): T {
  try {
    return render();
  } catch (error) {
    if (error instanceof DeckError) throw error;
    if (error instanceof NestedSimError)
      throw new DeckError(file, line, `slide starting here: ${NestedSimError.detail}`);
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DeckError(file, line, `cannot render the slide starting here: ${reason}`);
  }
}

function rejectSimsInNotes(file: string, notes: { text: string; line: number }[]): void {
  const fences = new FenceTracker();
  for (const { text, line } of notes) {
    if (fences.role(text, line) === 'open' && fences.open?.info.split(/\s/)[0] === 'sim') {
      throw new DeckError(file, line, 'sim block in speaker notes: move it above the "Note:" line');
    }
  }
}
