/**
 * The numbers table (src/content/numbersTable.ts) and the bet rules (src/content/betRules.ts) against the model:
 * every statement re-derived over many seeds from its sim block's own preset and overrides (read from the parsed
 * deck), held to the way it is worded; the run each slide shows by default agrees too; and each statement's phrase
 * still stands in the text it is attached to, in English and in every translation (slides/<lang>/ and
 * docs/<lang>/facilitator.md, the phrase in `translated`). NUMBERS_SEEDS="31-60" re-runs it on other seeds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { betRuleFor, betRules } from '../../src/content/betRules.ts';
import { loadDeck } from '../../src/content/index.ts';
import { loadTranslation } from '../../src/content/loadDeck.ts';
import { numbersTable, type Place, type Statement, type Translated } from '../../src/content/numbersTable.ts';
import type { Deck, SimBlock, Slide } from '../../src/content/types.ts';
import { type Params, presets, type Run, simulate } from '../../src/sim/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const deck = await loadDeck(path.join(ROOT, 'slides'));

/** Each language's deck, guide, phrase and quantifier words. A translation is loaded (and so structure-checked). */
interface Language {
  lang: 'en' | Translated;
  deck: Deck;
  guide: string;
  phrase: (s: Statement) => string;
  /** words that make a sentence a claim about what runs show */
  quantified: RegExp;
}
const LANGUAGES: readonly Language[] = [
  {
    lang: 'en',
    deck,
    guide: 'docs/facilitator.md',
    phrase: (s) => s.phrase,
    quantified:
      /\b(in every run|in any run|in most runs|on average|about half|nearly all|none of the runs|many times more|a few times)\b/i,
  },
  {
    lang: 'es',
    deck: loadTranslation(deck, path.join(ROOT, 'slides'), 'es', 'slides'),
    guide: 'docs/es/facilitator.md',
    phrase: (s) => s.translated.es,
    quantified:
      /(en todas las ejecuciones|en ninguna ejecución|en ninguna de las ejecuciones|en la mayoría de las ejecuciones|de media|la mitad|casi todos|muchas veces más|unas pocas veces)/i,
  },
];

function seedRange(spec: string): number[] {
  const m = /^(\d+)-(\d+)$/.exec(spec.trim());
  if (!m) throw new Error(`NUMBERS_SEEDS must look like "1-30", got "${spec}"`);
  const [lo, hi] = [Number(m[1]), Number(m[2])];
  return Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
}
const SEEDS = seedRange(process.env.NUMBERS_SEEDS ?? '1-30');

function slideTitled(title: string): Slide {
  const found = deck.slides.filter((s) => s.title === title);
  if (found.length !== 1) throw new Error(`expected one slide titled "${title}", found ${found.length}`);
  return found[0]!;
}
function blockOf(title: string): SimBlock {
  const sims = slideTitled(title).sims;
  if (sims.length !== 1) throw new Error(`slide "${title}" should carry one sim block, has ${sims.length}`);
  return sims[0]!;
}

const cache = new Map<string, Run>();
/** One run of a block (its preset, its overrides, then `extra`), memoised: statements share runs. */
function runOf(block: SimBlock, extra: Partial<Params>, seed: number): Run {
  const params = { ...presets[block.preset], ...block.overrides, ...extra } as Partial<Params>;
  const key = `${JSON.stringify(params)}|${seed}`;
  let run = cache.get(key);
  if (!run) {
    run = simulate(params, seed);
    cache.set(key, run);
  }
  return run;
}

const decode = (s: string) =>
  s
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
/**
 * A place's text in a language, plain; `blocks` keeps paragraph and item ends as " | " so sentences do not run
 * together. A slide is named by its English title and found in a translation at the same position.
 */
function textAt(place: Place, language: Language = LANGUAGES[0]!, blocks = false): string {
  if ('doc' in place) {
    const doc = place.doc === 'docs/facilitator.md' ? language.guide : place.doc;
    return norm(readFileSync(path.join(ROOT, doc), 'utf8').replace(/[*_`]/g, ''));
  }
  const s = language.deck.slides[deck.slides.indexOf(slideTitled(place.slide))]!;
  const html = `${s.html} ${s.notesHtml}`;
  return norm(decode(blocks ? html.replace(/<\/(p|li|h\d|blockquote)>/g, ' | ') : html));
}
const where = (p: Place) => ('doc' in p ? p.doc : `slide "${p.slide}"`);
/** Where a place is in a language: the translated guide, or the English title of the slide at that position. */
const whereIn = (p: Place, language: Language) =>
  'doc' in p && p.doc === 'docs/facilitator.md' ? language.guide : where(p);

describe('the numbers table', () => {
  test('each statement is listed once', () => {
    const phrases = numbersTable.map((s) => norm(s.phrase));
    expect(phrases.length).toBe(new Set(phrases).size);
  });

  test('every translated deck has its slides in the original order (sim blocks and timings as the structure check)', () => {
    for (const language of LANGUAGES) {
      expect(language.deck.slides.map((s) => s.sims.map((b) => b.preset).join())).toEqual(
        deck.slides.map((s) => s.sims.map((b) => b.preset).join()),
      );
    }
  });

  test.each(
    LANGUAGES.flatMap((l) =>
      numbersTable.flatMap((s) => s.where.map((p) => [l.lang, l.phrase(s), whereIn(p, l), l, s, p] as const)),
    ),
  )('%s: "%s" stands in %s', (_, __, ___, language, s, p) => {
    const phrase = language.phrase(s);
    expect(phrase.trim().length, 'empty phrase').toBeGreaterThan(0);
    expect(textAt(p, language).includes(norm(phrase)), `not found in ${language.lang}: ${whereIn(p, language)}`).toBe(
      true,
    );
  });

  test.each(numbersTable.map((s) => [s.phrase, s] as const))(
    '"%s" holds as worded over the seeds, and on the slide’s own run',
    (_, s: Statement) => {
      const block = blockOf(s.sim);
      const values = SEEDS.map((seed) => s.value(runOf(block, s.with ?? {}, seed)));
      const passing = values.filter(s.ok).length;
      const detail = `${s.measure}: ${values.map((v) => +v.toFixed(3)).join(', ')}`;
      if (s.holds === 'every') expect(passing, detail).toBe(values.length);
      if (s.holds === 'most') expect(passing, detail).toBeGreaterThan(values.length / 2);
      if (s.holds === 'some') {
        expect(passing, detail).toBeGreaterThan(0);
        expect(passing, detail).toBeLessThanOrEqual(values.length / 2);
      }
      if (s.holds === 'mean') {
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        expect(s.ok(mean), `${detail} (mean ${mean.toFixed(3)})`).toBe(true);
      }
      // The run the slide shows by default (its block's seed, at the setting the statement names).
      const shown = s.value(runOf(block, s.with ?? {}, block.seed));
      if (s.holds === 'mean') expect(s.shown?.(shown), `shown run: ${shown}`).toBe(true);
      else if (s.holds !== 'some') expect(s.ok(shown), `shown run: ${shown}`).toBe(true);
    },
    120_000,
  );
});

describe('the bets', () => {
  const betSlides = deck.slides.filter((s) => s.sims.some((b) => b.bet));

  test('every bet in the deck has a rule, and every rule a bet', () => {
    const betBlocks = betSlides.flatMap((s) => s.sims.filter((b) => b.bet));
    for (const b of betBlocks) expect(betRuleFor(b), `no rule for ${b.id} (${b.file}:${b.line})`).toBeDefined();
    expect(betBlocks.map((b) => b.id).sort()).toEqual(betRules.map((r) => r.block).sort());
    // the rule's title label still names the slide its block is on (a slide moved in the deck shows up here)
    for (const r of betRules) expect(deck.slides.find((s) => s.sims.some((b) => b.id === r.block))?.title).toBe(r.sim);
  });

  test.each(betRules.map((r) => [r.sim, r] as const))(
    '%s: the model supports the same choice as its rule says, on the slide’s own run too',
    (_, rule) => {
      const block = blockOf(rule.sim);
      const choices = block.bet!.choices;
      expect(rule.supports).toBeLessThan(choices.length);
      const picks = SEEDS.map((seed) => rule.choose(rule.variants.map((v) => runOf(block, v, seed))));
      for (const k of picks) expect(k >= 0 && k < choices.length).toBe(true);
      const agree = picks.filter((k) => k === rule.supports).length;
      const detail = `${choices[rule.supports]}: ${picks.join(',')}`;
      if (rule.holds === 'every') expect(agree, detail).toBe(picks.length);
      else expect(agree, detail).toBeGreaterThan(picks.length / 2);
      expect(rule.choose(rule.variants.map((v) => runOf(block, v, block.seed)))).toBe(rule.supports);
    },
    120_000,
  );
});

describe.each(LANGUAGES)('no result sentence left out of the table ($lang)', (language) => {
  const places: Place[] = [...deck.slides.map((s) => ({ slide: s.title })), { doc: 'docs/facilitator.md' }];
  const unique = places.filter((p) => !('slide' in p) || deck.slides.filter((s) => s.title === p.slide).length === 1);

  test.each(unique.map((p) => [whereIn(p, language), p] as const))(
    '%s: each quantified sentence carries a listed phrase',
    (_, p) => {
      const phrases = numbersTable
        .filter((s) => s.where.some((w) => where(w) === where(p)))
        .map((s) => norm(language.phrase(s)));
      const sentences = textAt(p, language, true)
        .split(/(?<=[.!?])\s+|\s*[|·]\s*/)
        .filter((x) => language.quantified.test(x) && !x.trim().endsWith('?') && x.split(' ').length >= 5);
      const unlisted = sentences.filter((x) => !phrases.some((ph) => x.includes(ph)));
      expect(unlisted).toEqual([]);
    },
  );
});
