import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/content/index.ts';
import { resultsFile } from '../../src/join/resultsFile.ts';
import { importReaderBets } from '../../src/views/read/readImport.ts';
import { MAX_IMPORT_BYTES } from '../../src/views/shared/takeHome.ts';

const deck = loadDeck(path.resolve(import.meta.dirname, '../../slides'), 'slides');
const blocks = deck.slides.flatMap((s) => s.sims.filter((b) => b.bet));
const entry = (k: number, vote: number) => {
  const b = blocks[k]!;
  return { bet: b.id, question: b.bet!.question, choices: b.bet!.choices, yourVote: vote, tally: null, verdict: null };
};
const NOT_BETS = /could not be read as bets/;

describe('importReaderBets', () => {
  test('the room take-home file: each bet on this deck, by its choice text', () => {
    const file = resultsFile(deck.meta.title, 'ABCDE', [entry(0, 2), entry(3, 1)], '2026-12-06T20:00:00.000Z');
    const { bets, notice } = importReaderBets(JSON.stringify(file), deck);
    expect(bets).toEqual({ [blocks[0]!.id]: blocks[0]!.bet!.choices[2], [blocks[3]!.id]: blocks[3]!.bet!.choices[1] });
    expect(notice).toBe('Imported 2 bets from the room.');
  });

  test('bets on blocks this deck does not ask, or with a choice it does not offer, are left out', () => {
    const file = resultsFile(deck.meta.title, 'ABCDE', [entry(1, 0)], '');
    file.bets['s999-0-0'] = 'Anything';
    file.bets[blocks[2]!.id] = 'a choice the slide never offered';
    const { bets } = importReaderBets(JSON.stringify(file), deck);
    expect(Object.keys(bets)).toEqual([blocks[1]!.id]);
    const none = importReaderBets(JSON.stringify({ ...file, bets: { 's999-0-0': 'x' }, room: { bets: [] } }), deck);
    expect(none.bets).toEqual({});
    expect(none.notice).toMatch(/no bets on this workshop/);
  });

  test("a file from a room in another language: the room's choice numbers place the same bets", async () => {
    const { loadTranslation, findTranslations } = await import('../../src/content/index.ts');
    const dir = path.resolve(import.meta.dirname, '../../slides');
    for (const lang of findTranslations(dir)) {
      const translated = loadTranslation(deck, dir, lang, 'slides');
      const tBlocks = translated.slides.flatMap((s) => s.sims.filter((b) => b.bet));
      const tEntry = (k: number, vote: number) => ({ ...entry(k, vote), choices: tBlocks[k]!.bet!.choices });
      const file = resultsFile(translated.meta.title, 'ABCDE', [tEntry(0, 2), tEntry(4, 0)], '');
      const { bets } = importReaderBets(JSON.stringify(file), deck);
      expect(bets).toEqual({
        [blocks[0]!.id]: blocks[0]!.bet!.choices[2],
        [blocks[4]!.id]: blocks[4]!.bet!.choices[0],
      });
      // a choice number the bet does not have places nothing
      const wild = {
        ...file,
        bets: {},
        room: {
          bets: [
            { bet: blocks[0]!.id, yourVote: 9 },
            { bet: 7, yourVote: 0 },
          ],
        },
      };
      expect(importReaderBets(JSON.stringify(wild), deck).bets).toEqual({});
    }
  });

  test.each([
    ['not JSON', '{"version":1,'],
    ['an array', '[]'],
    ['null', 'null'],
    ['another version', JSON.stringify({ version: 2, deckTitle: 'x', slide: '0', bets: {} })],
    ['bets not text', JSON.stringify({ version: 1, deckTitle: 'x', slide: '0', bets: { [blocks[0]!.id]: 1 } })],
    ['a bad slide', JSON.stringify({ version: 1, deckTitle: 'x', slide: '../x', bets: {} })],
    ['too big', JSON.stringify({ version: 1, deckTitle: 'x'.repeat(MAX_IMPORT_BYTES), slide: '0', bets: {} })],
  ])('nonsense (%s) imports nothing, with a notice', (_, text) => {
    const { bets, notice } = importReaderBets(text, deck);
    expect(bets).toEqual({});
    expect(notice).toMatch(NOT_BETS);
  });
});
