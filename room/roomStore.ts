import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

/** One room as stored: a workshop session. Past rooms stay in the file until someone deletes it. */
export interface StoredRoom {
  id: number;
  code: string;
  token: string;
  deckTitle: string;
  startedAt: string;
  lastActiveAt: string;
}

export interface RoomStore {
  readonly file: string;
  /** the latest room, if there is one */
  latestRoom(): StoredRoom | undefined;
  createRoom(code: string, token: string, deckTitle: string): StoredRoom;
  touchRoom(roomId: number): void;
  /** Stores (or changes) a device's vote; returns once it is in the database. */
  recordVote(roomId: number, bet: string, device: string, choice: number): void;
  /** every vote on a bet in a room: device → choice */
  votesOn(roomId: number, bet: string): Map<string, number>;
  /** every bet a device voted on in a room → its choice */
  votesOf(roomId: number, device: string): Map<string, number>;
  /** votes per choice number, `size` long */
  tally(roomId: number, bet: string, size: number): number[];
  /** a room event other than a vote (open, close, reveal, slide, reset, start) */
  recordEvent(roomId: number, kind: string, detail: string): void;
  /** the last status event per bet of a room, for a restart to pick up where it was */
  betStatuses(roomId: number): Map<string, string>;
  lastSlide(roomId: number): string | undefined;
  /** all tallies, for the export: room × bet × choice */
  allTallies(): { room: StoredRoom; bet: string; choice: number; votes: number }[];
  close(): void;
}

/**
 * better-sqlite3 is an optional dependency (it compiles a native module). Loading it here, not at import time, lets
 * `npm run room` say what is missing instead of crashing, and keeps the deck itself free of it.
 */
export function loadSqlite(): typeof BetterSqlite3 | string {
  try {
    const require = createRequire(import.meta.url);
    const Database = require('better-sqlite3') as typeof BetterSqlite3;
    new Database(':memory:').close();
    return Database;
  } catch (error) {
    return (
      `The room needs better-sqlite3 (an optional dependency), which could not be loaded: ${(error as Error).message}\n` +
      'Install it with `npm install better-sqlite3@12.11.1` (it needs python3, make and a C++ compiler when no ' +
      'prebuilt binary fits your machine). The deck itself works without it: `npm start`.'
    );
  }
}

export function openRoomStore(Database: typeof BetterSqlite3, dir: string): RoomStore {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'rooms.sqlite');
  const db = new Database(file);
  // WAL: a vote commits with one append, and a killed process loses nothing that was committed
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS rooms (
      id INTEGER PRIMARY KEY, code TEXT NOT NULL, token TEXT NOT NULL, deck_title TEXT NOT NULL,
      started_at TEXT NOT NULL, last_active_at TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS votes (
      room_id INTEGER NOT NULL REFERENCES rooms(id), bet TEXT NOT NULL, device TEXT NOT NULL,
      choice INTEGER NOT NULL, at TEXT NOT NULL, PRIMARY KEY (room_id, bet, device));
    CREATE TABLE IF NOT EXISTS events (
      id INTEGER PRIMARY KEY, room_id INTEGER NOT NULL REFERENCES rooms(id), kind TEXT NOT NULL,
      detail TEXT NOT NULL, at TEXT NOT NULL);
  `);
  const now = () => new Date().toISOString();
  const toRoom = (r: Record<string, unknown> | undefined): StoredRoom | undefined =>
    r && {
      id: r.id as number,
      code: r.code as string,
      token: r.token as string,
      deckTitle: r.deck_title as string,
      startedAt: r.started_at as string,
      lastActiveAt: r.last_active_at as string,
    };
  const q = {
    latest: db.prepare('SELECT * FROM rooms ORDER BY id DESC LIMIT 1'),
    create: db.prepare(
      'INSERT INTO rooms (code, token, deck_title, started_at, last_active_at) VALUES (?, ?, ?, ?, ?) RETURNING *',
    ),
    touch: db.prepare('UPDATE rooms SET last_active_at = ? WHERE id = ?'),
    upsertVote: db.prepare(
      `INSERT INTO votes (room_id, bet, device, choice, at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (room_id, bet, device) DO UPDATE SET choice = excluded.choice, at = excluded.at`,
    ),
    event: db.prepare('INSERT INTO events (room_id, kind, detail, at) VALUES (?, ?, ?, ?)'),
    votesOn: db.prepare('SELECT device, choice FROM votes WHERE room_id = ? AND bet = ?'),
    votesOf: db.prepare('SELECT bet, choice FROM votes WHERE room_id = ? AND device = ?'),
    tally: db.prepare('SELECT choice, COUNT(*) AS n FROM votes WHERE room_id = ? AND bet = ? GROUP BY choice'),
    statuses: db.prepare(
      `SELECT detail, kind FROM events WHERE id IN (SELECT MAX(id) FROM events
       WHERE room_id = ? AND kind IN ('open', 'close', 'reveal') GROUP BY detail)`,
    ),
    lastSlide: db.prepare("SELECT detail FROM events WHERE room_id = ? AND kind = 'slide' ORDER BY id DESC LIMIT 1"),
    all: db.prepare(
      `SELECT r.*, v.bet, v.choice, COUNT(*) AS n FROM votes v JOIN rooms r ON r.id = v.room_id
       GROUP BY v.room_id, v.bet, v.choice ORDER BY v.room_id, v.bet, v.choice`,
    ),
  };
  const voteTx = db.transaction((roomId: number, bet: string, device: string, choice: number) => {
    const at = now();
    q.upsertVote.run(roomId, bet, device, choice, at);
    q.event.run(roomId, 'vote', JSON.stringify({ bet, device, choice }), at);
  });
  return {
    file,
    latestRoom: () => toRoom(q.latest.get() as Record<string, unknown> | undefined),
    createRoom: (code, token, deckTitle) =>
      toRoom(q.create.get(code, token, deckTitle, now(), now()) as Record<string, unknown>)!,
    touchRoom: (roomId) => void q.touch.run(now(), roomId),
    recordVote: (roomId, bet, device, choice) => voteTx(roomId, bet, device, choice),
    votesOn: (roomId, bet) =>
      new Map((q.votesOn.all(roomId, bet) as { device: string; choice: number }[]).map((r) => [r.device, r.choice])),
    votesOf: (roomId, device) =>
      new Map((q.votesOf.all(roomId, device) as { bet: string; choice: number }[]).map((r) => [r.bet, r.choice])),
    tally: (roomId, bet, size) => {
      const out = new Array<number>(size).fill(0);
      for (const r of q.tally.all(roomId, bet) as { choice: number; n: number }[])
        if (r.choice < size) out[r.choice] = r.n;
      return out;
    },
    recordEvent: (roomId, kind, detail) => void q.event.run(roomId, kind, detail, now()),
    betStatuses: (roomId) =>
      new Map((q.statuses.all(roomId) as { detail: string; kind: string }[]).map((r) => [r.detail, r.kind])),
    lastSlide: (roomId) => (q.lastSlide.get(roomId) as { detail: string } | undefined)?.detail,
    allTallies: () =>
      (q.all.all() as Record<string, unknown>[]).map((r) => ({
        room: toRoom(r)!,
        bet: r.bet as string,
        choice: r.choice as number,
        votes: r.n as number,
      })),
    close: () => db.close(),
  };
}
