import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkDeck, DeckError, loadDeck } from '../../src/content/index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const temp = mkdtempSync(join(tmpdir(), 'deck-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('loadDeck and checkDeck', () => {
  test('reads every .md in file-name order, with paths as given', () => {
    const deck = loadDeck(join(FIXTURES, 'good'), 'slides');
    expect(deck.slides.map((s) => `${s.file} ${s.section}: ${s.title}`)).toEqual([
      'slides/01-welcome.md Welcome: Give First',
      'slides/01-welcome.md Welcome: Why this matters',
      'slides/02-moving-day.md Moving day: Moving day',
      'slides/02-moving-day.md Moving day: Try it',
      'slides/10-close.md Wrapping up: Thanks',
    ]);
    expect(deck.meta.title).toBe('Give First');
    expect(deck.meta.totalTime).toBe(60);
  });

  test('checkDeck summarises a good deck', () => {
    const check = checkDeck(join(FIXTURES, 'good'), 'slides');
    expect(check.summary).toBe('slides: 5 slides in 4 stacks, 3 sections, 1 sims');
    expect(check.ok).toBe(true);
  });

  test('checkDeck reports a broken deck with file:line, without throwing', () => {
    const check = checkDeck(join(FIXTURES, 'broken'), 'slides');
    expect(check.ok).toBe(false);
    expect(check.summary).toBe('slides/02-sim.md:9: sim block: "tStopp" is not a parameter. Did you mean "tStop"?');
  });

  test.each([
    ['a directory with no .md files', () => writeFileSync(join(temp, 'notes.txt'), 'x'), /no \.md slide files/],
    ['a directory that does not exist', () => {}, /cannot read the slides directory/],
  ])('%s is a DeckError', (name, setup, message) => {
    setup();
    const dir = name.includes('exist') ? join(temp, 'missing') : temp;
    expect(() => loadDeck(dir)).toThrow(DeckError);
    expect(() => loadDeck(dir)).toThrow(message);
  });

  test('the workshop in slides/ parses', () => {
    const check = checkDeck(join(import.meta.dirname, '../../slides'), 'slides');
    expect(check.summary).not.toMatch(/^slides\/.*:\d+:/);
    expect(check.ok).toBe(true);
  });
});
