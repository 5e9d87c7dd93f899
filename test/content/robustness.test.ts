import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DeckError, parseDeck } from '../../src/content/index.ts';

/** Parses or throws a DeckError; anything else (or a hang, caught by the time limit) fails the test. */
function parsesOrDeckError(text: string): 'parsed' | 'DeckError' {
  try {
    parseDeck([{ path: 'slides/01-x.md', text }]);
    return 'parsed';
  } catch (error) {
    if (error instanceof DeckError) return 'DeckError';
    throw error;
  }
}

const SLIDES = join(import.meta.dirname, '../../slides');
const realSlides = readdirSync(SLIDES)
  .filter((name) => name.endsWith('.md'))
  .map((name) => readFileSync(join(SLIDES, name), 'utf8'));

/** Pieces of our syntax, so random documents hit the interesting paths, not just plain text. */
const PIECES = [
  '---',
  '--',
  '\n',
  '\n\n',
  'Note:',
  'Notes: x',
  'Cue: y',
  '```',
  '```sim',
  '~~~',
  'preset: moving-day',
  'lead: 2',
  'seed: 99999999999999999999',
  '<!-- .slide: class="a" -->',
  '<!-- .element: class="fragment" -->',
  '<!--',
  '-->',
  '<!-- .slide: data-timing="x',
  '- item',
  '> quote',
  '# Head',
  '<div>',
  '</div>',
  '<p class="x',
  '`',
  '"',
  "'",
  'title: t',
  '\r',
  '\u0000',
  '\uFEFF',
  '&amp;',
  '<br>',
  '<script>',
  '</ul>',
  '    ',
  'tStopp: 1',
];

describe('robust on any input: parses or throws DeckError, never hangs or crashes', () => {
  test('random documents built from syntax pieces (seeded)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        parsesOrDeckError(pieces.join(''));
      }),
      { seed: 20240601, numRuns: 1000 },
    );
  }, 60_000);

  test('random unicode and binary noise (seeded)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        parsesOrDeckError(text);
      }),
      { seed: 7, numRuns: 500 },
    );
  }, 60_000);

  test('every real slide file, truncated at random points (seeded)', () => {
    expect(realSlides.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...realSlides), fc.double({ min: 0, max: 1, noNaN: true }), (text, cut) => {
        parsesOrDeckError(text.slice(0, Math.floor(text.length * cut)));
      }),
      { seed: 3, numRuns: 300 },
    );
  }, 60_000);

  test.each([
    ['deep block quotes', '>'.repeat(20000)],
    ['deep lists', Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')],
    ['deep raw HTML', '<div>'.repeat(50000)],
    ['many unclosed quotes in tags', '<p a="'.repeat(20000)],
    ['many attribute comments on one line', '<!-- .element: class="f" -->'.repeat(20000)],
    ['many comment openers', '<!--'.repeat(50000)],
    ['brackets and emphasis', '['.repeat(20000) + '*'.repeat(20000) + '_'.repeat(20000)],
    ['a one-megabyte line', 'x'.repeat(1_000_000)],
    ['huge numbers in a sim block', '```sim\npreset: moving-day\nseed: 1e309\n```'],
    ['many fences', '```\n'.repeat(20001)],
    ['many separators', '---\nx\n'.repeat(20000)],
  ])(
    '%s',
    (_name, text) => {
      const started = performance.now();
      expect(['parsed', 'DeckError']).toContain(parsesOrDeckError(text));
      expect(performance.now() - started).toBeLessThan(10_000);
    },
    30_000,
  );
});
