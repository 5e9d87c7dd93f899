import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/content/index.ts';
import { resultsFile } from '../../src/join/resultsFile.ts';
import type { HistoryEntry } from '../../src/roomProtocol/roomMessages.ts';
import { parseTakeHome } from '../../src/views/shared/takeHome.ts';

const deck = loadDeck(path.resolve(import.meta.dirname, '../../slides'), 'slides');
const blocks = deck.slides.flatMap((s) => s.sims.filter((b) => b.bet));
const entry = (k: number, vote: number | null, tally: number[] | null): HistoryEntry => {
  const b = blocks[k]!;
  return { bet: b.id, question: b.bet!.question, choices: b.bet!.choices, yourVote: vote, tally, verdict: null };
};
const file = (entries: HistoryEntry[]) => resultsFile(deck.meta.title, 'ABCDE', entries, '2026-12-06T20:00:00.000Z');
const parse = (value: unknown) => parseTakeHome(JSON.stringify(value), deck);

describe('parseTakeHome: the one reader of the room take-home file (reading view and handout)', () => {
  test("each bet's vote and the room's split, by choice number, with the room's code", () => {
    const taken = parse(file([entry(0, 2, [1, 2, 3]), entry(1, null, [4, 0, 1]), entry(2, 1, null)]))!;
    expect(taken.room).toBe('ABCDE');
    expect(taken.bets.get(blocks[0]!.id)).toEqual({ vote: 2, split: [1, 2, 3] });
    expect(taken.bets.get(blocks[1]!.id)).toEqual({ vote: null, split: [4, 0, 1] });
    expect(taken.bets.get(blocks[2]!.id)).toEqual({ vote: 1, split: null });
    expect(taken.bets.size).toBe(3);
  });

  test('a reading-view saved state (no room part): its bets by choice text, no split', () => {
    const b = blocks[3]!;
    const state = { version: 1, deckTitle: 'x', slide: '0', bets: { [b.id]: b.bet!.choices[1] }, savedAt: '' };
    const taken = parse(state)!;
    expect(taken.room).toBeNull();
    expect([...taken.bets]).toEqual([[b.id, { vote: 1, split: null }]]);
  });

  test('another deck: a split without one count per choice, a vote past the last choice, unknown bets are left out', () => {
    const f = file([entry(0, 9, [1, 2]), { ...entry(1, 0, null), bet: 's999-0-0' }]);
    f.bets = {};
    expect(parse(f)!.bets.size).toBe(0);
  });

  test.each([
    ['room not an object', (f: ReturnType<typeof file>) => ({ ...f, room: 'ABCDE' })],
    ['room bets not a list', (f: ReturnType<typeof file>) => ({ ...f, room: { code: 'ABCDE', bets: {} } })],
    [
      'a split of text',
      (f: ReturnType<typeof file>) => ({
        ...f,
        room: { code: 'A', bets: [{ bet: blocks[0]!.id, yourVote: 0, split: ['1'] }] },
      }),
    ],
    [
      'a negative vote',
      (f: ReturnType<typeof file>) => ({ ...f, room: { code: 'A', bets: [{ bet: blocks[0]!.id, yourVote: -1 }] } }),
    ],
    ['a code with markup', (f: ReturnType<typeof file>) => ({ ...f, room: { code: '<b>', bets: [] } })],
    ['no version', (f: ReturnType<typeof file>) => ({ ...f, version: undefined })],
  ])('a file whose room part or state is malformed (%s) is not a take-home file', (_, spoil) => {
    expect(parse(spoil(file([entry(0, 1, [1, 1, 1])])))).toBeNull();
  });
});
