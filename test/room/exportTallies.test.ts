import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { talliesCsv, writeAtomically } from '../../room/exportTallies.ts';
import { createRoomDeck } from '../../room/roomDeck.ts';
import { loadSqlite, openRoomStore } from '../../room/roomStore.ts';
import { loadDeck } from '../../src/content/loadDeck.ts';

const dir = mkdtempSync(join(tmpdir(), 'gf-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the export lists each bet per room by choice number, past rooms kept, written all or nothing', () => {
  const Database = loadSqlite();
  if (typeof Database === 'string') throw new Error(Database);
  const store = openRoomStore(Database, join(dir, 'data'));
  const deck = createRoomDeck(loadDeck('slides'));
  const bet = [...deck.bets.values()][0]!;
  const a = store.createRoom('AAAAA', 'token-aaaaaaaaaaaaaaaa', deck.title);
  const b = store.createRoom('BBBBB', 'token-bbbbbbbbbbbbbbbb', deck.title);
  store.recordVote(a.id, bet.id, 'device-0001', 0);
  store.recordVote(a.id, bet.id, 'device-0002', 0);
  store.recordVote(a.id, bet.id, 'device-0002', 1); // changed: still one vote
  store.recordVote(b.id, bet.id, 'device-0001', 2);
  const csv = talliesCsv(store, deck).trim().split('\n');
  expect(csv[0]).toBe('room_id,room_code,started_at,deck_title,bet,question,choice,choice_text,votes');
  const votes = (room: string) => csv.filter((l) => l.includes(`,${room},`)).map((l) => Number(l.split(',').at(-1)));
  const zeros = new Array<number>(bet.choices.length).fill(0);
  expect(votes('AAAAA')).toEqual(zeros.map((_, i) => (i < 2 ? 1 : 0)));
  expect(votes('BBBBB')).toEqual(zeros.map((_, i) => (i === 2 ? 1 : 0)));

  const out = join(dir, 'tallies.csv');
  writeAtomically(out, 'old\n');
  // a failed write leaves the old file whole and no temporary file behind
  expect(() => writeAtomically(join(dir, 'no-such-dir', 'x.csv'), 'x')).toThrow();
  writeAtomically(out, csv.join('\n'));
  expect(readFileSync(out, 'utf8')).toBe(csv.join('\n'));
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  expect(existsSync(join(dir, 'data', 'rooms.sqlite'))).toBe(true);
  store.close();
});
