/**
 * The numbers table (src/content/numbersTable.ts) and the bet rules (src/content/betRules.ts) against the model:
 * every statement re-derived over many seeds from its sim block's own preset and overrides (read from the parsed
 * deck), held to the way it is worded; the run each slide shows by default agrees too; and each statement's phrase
 * still stands in the text it is attached to. NUMBERS_SEEDS="31-60" re-runs it on other seeds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { betRules } from '../../src/content/betRules.ts';
import { loadDeck } from '../../src/content/index.ts';
import { numbersTable, type Place, type Statement } from '../../src/content/numbersTable.ts';
import type { SimBlock, Slide } from '../../src/content/types.ts';
import { type Params, presets, type Run, simulate } from '../../src/sim/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const deck = await loadDeck(path.join(ROOT, 'slides'));

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
/** A place's text, plain; `blocks` keeps paragraph and item ends as " | " so sentences do not run together. */
function textAt(place: Place, blocks = false): string {
  if ('doc' in place) return norm(readFileSync(path.join(ROOT, place.doc), 'utf8').replace(/[*_`]/g, ''));
  const s = slideTitled(place.slide);
  const html = `${s.html} ${s.notesHtml}`;
  return norm(decode(blocks ? html.replace(/<\/(p|li|h\d|blockquote)>/g, ' | ') : html));
}
const where = (p: Place) => ('doc' in p ? p.doc : `slide "${p.slide}"`);

describe('the numbers table', () => {
  test('each statement is listed once', () => {
    const phrases = numbersTable.map((s) => norm(s.phrase));
    expect(phrases.length).toBe(new Set(phrases).size);
  });

  test.each(numbersTable.flatMap((s) => s.where.map((p) => [s.phrase, where(p), s, p] as const)))(
    '"%s" stands in %s',
    (_, __, s, p) => {
      expect(textAt(p).includes(norm(s.phrase)), `not found in ${where(p)}`).toBe(true);
    },
  );

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
    expect(betSlides.map((s) => s.title).sort()).toEqual(betRules.map((r) => r.sim).sort());
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

describe('no result sentence left out of the table', () => {
  /** Words that make a sentence a claim about what runs show; questions (bets) and bare choices are exempt. */
  const QUANTIFIED =
    /\b(in every run|in any run|in most runs|on average|about half|nearly all|none of the runs|many times more|a few times)\b/i;
  const places: Place[] = [...deck.slides.map((s) => ({ slide: s.title })), { doc: 'docs/facilitator.md' }];
  const unique = places.filter((p) => !('slide' in p) || deck.slides.filter((s) => s.title === p.slide).length === 1);

  test.each(unique.map((p) => [where(p), p] as const))(
    '%s: each quantified sentence carries a listed phrase',
    (_, p) => {
      const phrases = numbersTable.filter((s) => s.where.some((w) => where(w) === where(p))).map((s) => norm(s.phrase));
      const sentences = textAt(p, true)
        .split(/(?<=[.!?])\s+|\s*[|·]\s*/)
        .filter((x) => QUANTIFIED.test(x) && !x.trim().endsWith('?') && x.split(' ').length >= 5);
      const unlisted = sentences.filter((x) => !phrases.some((ph) => x.includes(ph)));
      expect(unlisted).toEqual([]);
    },
  );
});
