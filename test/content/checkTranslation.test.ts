import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  checkTranslation,
  DeckError,
  findTranslations,
  loadDeck,
  loadTranslation,
  parseDeck,
  readDeckFiles,
} from '../../src/content/index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const original = loadDeck(join(FIXTURES, 'translation'), 'slides');

/** Parses a translation fixture as if it were slides/es/ and returns the DeckError the check throws. */
function errorOf(fixture: string): DeckError {
  const { files } = readDeckFiles(join(FIXTURES, fixture), 'slides/es');
  const translation = parseDeck(files);
  try {
    checkTranslation(original, translation, files);
  } catch (error) {
    if (error instanceof DeckError) return error;
    throw error;
  }
  throw new Error(`${fixture}: the check passed`);
}

/** 1-based line of the first line of a fixture file that contains `text` (after line `after`). */
function lineOf(fixture: string, file: string, text: string, after = 0): number {
  const lines = readFileSync(join(FIXTURES, fixture, file), 'utf8').split('\n');
  const i = lines.findIndex((l, n) => n >= after && l.includes(text));
  if (i < 0) throw new Error(`${fixture}/${file} has no "${text}"`);
  return i + 1;
}

describe('checkTranslation: a translation keeps the original structure', () => {
  test('a correct translation passes, through the loader too', () => {
    const { files } = readDeckFiles(join(FIXTURES, 'translation', 'es'), 'slides/es');
    expect(() => checkTranslation(original, parseDeck(files), files)).not.toThrow();
    const deck = loadTranslation(original, join(FIXTURES, 'translation'), 'es', 'slides');
    expect(deck.slides.map((s) => s.title)).toEqual([
      'Da primero',
      'Por qué importa',
      'El día de la mudanza',
      'Pruébalo',
      'Gracias',
    ]);
    expect(deck.slides[3]!.sims[0]!.bet).toEqual({
      question: '¿Cuánta ayuda llega?',
      choices: ['Ninguna', 'La mitad', 'Toda'],
    });
    expect(deck.slides[0]!.file).toBe('slides/es/01-welcome.md');
  });

  test('findTranslations lists language folders only', () => {
    expect(findTranslations(join(FIXTURES, 'translation'))).toEqual(['es']);
    expect(findTranslations(join(FIXTURES, 'good'))).toEqual([]);
    expect(findTranslations(join(FIXTURES, 'no-such-dir'))).toEqual([]);
  });

  // Each broken fixture is the correct translation with one change; the error names the translation's file and
  // line (found in the fixture's text, not hard-coded) and what the original has there.
  test.each([
    [
      'translation-missing-slide',
      '02-moving-day.md',
      () => lineOf('translation-missing-slide', '02-moving-day.md', '## Gracias') - 2,
      /2 stacks .* the original has 3: the original has here "Try it" \(slides\/02-moving-day\.md:\d+\)/,
    ],
    [
      'translation-missing-vertical',
      '01-welcome.md',
      () => 7,
      /1 vertical slides .* the original has 2: the original has here "Why this matters" \(slides\/01-welcome\.md:14\)/,
    ],
    [
      'translation-changed-parameter',
      '02-moving-day.md',
      () => lineOf('translation-changed-parameter', '02-moving-day.md', 'lead: 30'),
      /sim block: lead is "30", but the original \(slides\/02-moving-day\.md:\d+\) has lead: 25/,
    ],
    [
      'translation-changed-timing',
      '02-moving-day.md',
      () => lineOf('translation-changed-timing', '02-moving-day.md', 'data-timing="45"'),
      /data-timing is "45", but the original "Thanks" \(slides\/02-moving-day\.md:\d+\) has data-timing="60"/,
    ],
    [
      'translation-changed-claim',
      '02-moving-day.md',
      () => lineOf('translation-changed-claim', '02-moving-day.md', 'data-claim='),
      /data-claim is "C4", but the original "Moving day" \(slides\/02-moving-day\.md:1\) has data-claim="C4 C5"/,
    ],
    [
      'translation-wrong-choices',
      '02-moving-day.md',
      () => lineOf('translation-wrong-choices', '02-moving-day.md', 'choices:'),
      /sim block: 2 choices, but the original \(slides\/02-moving-day\.md:\d+\) has 3 choices/,
    ],
    [
      'translation-extra-sim',
      '02-moving-day.md',
      () => lineOf('translation-extra-sim', '02-moving-day.md', '```sim', 20),
      /extra sim block: the original "Thanks" \(slides\/02-moving-day\.md:\d+\) has 0 sim blocks/,
    ],
    [
      'translation-fewer-fragments',
      '01-welcome.md',
      () => lineOf('translation-fewer-fragments', '01-welcome.md', '--', 7) + 1,
      /1 fragments on this slide, but the original "Why this matters" .* has 2/,
    ],
  ])('%s is caught at the right file and line', (fixture, file, line, message) => {
    const error = errorOf(fixture);
    expect(error.file).toBe(`slides/es/${file}`);
    expect(error.line).toBe(line());
    expect(error.detail).toMatch(message);
  });

  test('a missing file, an extra file and a different totalTime are named', () => {
    const [welcome, movingDay] = readDeckFiles(join(FIXTURES, 'translation', 'es'), 'slides/es').files;
    const missing = () => checkTranslation(original, parseDeck([welcome!]));
    expect(missing).toThrow('slides/es/02-moving-day.md:0: missing: the original slides/02-moving-day.md');
    const extra = parseDeck([welcome!, movingDay!, { path: 'slides/es/03-extra.md', text: '# Más' }]);
    expect(() => checkTranslation(original, extra)).toThrow('slides/es/03-extra.md:1: this file has no original');
    const time = { ...welcome!, text: welcome!.text.replace('totalTime: 60', 'totalTime: 45') };
    expect(() => checkTranslation(original, parseDeck([time, movingDay!]), [time])).toThrow(
      'slides/es/01-welcome.md:4: totalTime is 45, but the original (slides/01-welcome.md) has 60',
    );
  });

  test('the workshop translations in slides/ (if any) keep the structure', () => {
    const dir = join(import.meta.dirname, '../../slides');
    const deck = loadDeck(dir, 'slides');
    for (const lang of findTranslations(dir)) expect(() => loadTranslation(deck, dir, lang, 'slides')).not.toThrow();
  });
});
