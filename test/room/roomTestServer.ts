import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { createRoomDeck, type RoomDeck } from '../../room/roomDeck.ts';
import { type RunningRoom, startRoomServer } from '../../room/roomServer.ts';
import { loadSqlite, openRoomStore, type RoomStore, type StoredRoom } from '../../room/roomStore.ts';
import { loadDeck } from '../../src/content/loadDeck.ts';
import type { Deck } from '../../src/content/types.ts';
import type { ServerMessage } from '../../src/roomProtocol/roomMessages.ts';

export const TOKEN = 'test-presenter-token-0123456789';

export interface TestRoom {
  server: RunningRoom;
  store: RoomStore;
  room: StoredRoom;
  deck: RoomDeck;
  url: string;
  close(): Promise<void>;
}

/** A room server in this process on a free port, with a real SQLite file in a temporary folder (the kit's deck). */
export async function startTestRoom(parsed: Deck = loadDeck('slides')): Promise<TestRoom> {
  const Database = loadSqlite();
  if (typeof Database === 'string') throw new Error(Database);
  const dir = mkdtempSync(join(tmpdir(), 'gf-room-unit-'));
  const store = openRoomStore(Database, dir);
  const deck = createRoomDeck(parsed);
  const room = store.createRoom('TEST1', TOKEN, deck.title);
  const server = await startRoomServer({
    dist: dir,
    deck,
    store,
    room,
    port: 0,
    host: '127.0.0.1',
    joinUrls: () => [],
  });
  return {
    server,
    store,
    room,
    deck,
    url: `ws://127.0.0.1:${server.port}/room/ws`,
    close: async () => {
      await server.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A ws client that collects what the server sends and can wait for a message that matches. */
export async function connect(url: string) {
  const socket = new WebSocket(url);
  const got: ServerMessage[] = [];
  const waiters: { test: (m: ServerMessage) => boolean; ok: (m: ServerMessage) => void }[] = [];
  socket.on('message', (data) => {
    const m = JSON.parse(String(data)) as ServerMessage;
    got.push(m);
    for (const w of [...waiters]) if (w.test(m)) waiters.splice(waiters.indexOf(w), 1) && w.ok(m);
  });
  await new Promise<void>((ok, fail) => {
    socket.once('open', () => ok());
    socket.once('error', fail);
  });
  return {
    socket,
    got,
    send: (m: unknown) => socket.send(typeof m === 'string' || Buffer.isBuffer(m) ? m : JSON.stringify(m)),
    next: (test: (m: ServerMessage) => boolean, ms = 5000) =>
      new Promise<ServerMessage>((ok, fail) => {
        const hit = got.find(test);
        if (hit) return ok(hit);
        const timer = setTimeout(() => fail(new Error('no such message in time')), ms);
        waiters.push({
          test,
          ok: (m) => {
            clearTimeout(timer);
            ok(m);
          },
        });
      }),
    close: () => socket.close(),
  };
}
