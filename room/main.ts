import { randomBytes, randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import { findTranslations, loadDeck, loadTranslation } from '../src/content/loadDeck.ts';
import { buildIfNeeded } from './buildIfNeeded.ts';
import { talliesCsv, writeAtomically } from './exportTallies.ts';
import { joinUrls } from './lanAddresses.ts';
import { createRoomDeck } from './roomDeck.ts';
import { startRoomServer } from './roomServer.ts';
import { loadSqlite, openRoomStore, type RoomStore } from './roomStore.ts';

/**
 * `npm run room`: builds the kit if needed, then serves it and the participant page to the local network, with one
 * room whose votes go to data/room/rooms.sqlite. Options:
 *   --port N (default 8080; 0 picks a free one)   --host ADDR (default 0.0.0.0)   --data DIR   --slides DIR
 *   --new-room (start a fresh room instead of picking up the last one)   --no-build   --export FILE.csv
 */
interface Args {
  port: number;
  host: string;
  data: string;
  slides: string;
  dist: string;
  newRoom: boolean;
  build: boolean;
  export?: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    port: 8080,
    host: '0.0.0.0',
    data: 'data/room',
    slides: 'slides',
    dist: 'dist',
    newRoom: false,
    build: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--port') a.port = Number(value());
    else if (flag === '--host') a.host = value();
    else if (flag === '--data') a.data = value();
    else if (flag === '--slides') a.slides = value();
    else if (flag === '--dist') a.dist = value();
    else if (flag === '--new-room') a.newRoom = true;
    else if (flag === '--no-build') a.build = false;
    else if (flag === '--export') a.export = value();
    else throw new Error(`unknown option ${flag}`);
  }
  if (!Number.isInteger(a.port) || a.port < 0 || a.port > 65535) throw new Error('--port needs a number 0–65535');
  return a;
}

// no 0/O, 1/I/L: a code read aloud across a room
const CODE_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const roomCode = () => Array.from({ length: 5 }, () => CODE_LETTERS[randomInt(CODE_LETTERS.length)]).join('');
/** A room idle this long is a past room: the next start opens a new one. */
const RESUME_WITHIN_MS = 12 * 3600_000;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = process.cwd();
  const Database = loadSqlite();
  if (typeof Database === 'string') {
    console.error(Database);
    process.exit(2);
  }
  const slidesDir = resolve(root, args.slides);
  const english = loadDeck(slidesDir, args.slides);
  const deck = createRoomDeck(english);
  // each phone reads the slides in its own language: every translation the deck has (checked against the original)
  const translations = new Map(
    findTranslations(slidesDir).map((lang) => [
      lang,
      createRoomDeck(loadTranslation(english, slidesDir, lang, args.slides)),
    ]),
  );
  const store: RoomStore = openRoomStore(Database, resolve(root, args.data));

  if (args.export) {
    writeAtomically(args.export, talliesCsv(store, deck));
    console.log(`Wrote ${args.export} (each bet's tallies per room, from ${store.file}).`);
    store.close();
    return;
  }

  if (args.build) buildIfNeeded(root, resolve(root, args.dist), console.log);
  const last = store.latestRoom();
  const resume = !args.newRoom && last && Date.now() - Date.parse(last.lastActiveAt) < RESUME_WITHIN_MS;
  const room = resume ? last : store.createRoom(roomCode(), randomBytes(24).toString('base64url'), deck.title);
  if (!resume) store.recordEvent(room.id, 'start', '');
  store.touchRoom(room.id);

  const server = await startRoomServer({
    dist: resolve(root, args.dist),
    deck,
    translations,
    store,
    room,
    port: args.port,
    host: args.host,
    joinUrls: (port) => joinUrls(port),
  });
  const urls = joinUrls(server.port);
  console.log(`\nGive First room ${room.code} ${resume ? '(picked up where it was)' : '(new)'}`);
  console.log('Phones join at:');
  for (const u of urls) console.log(`  ${u}`);
  console.log('Presenter (keep this link to yourself; Q shows how to join, T opens and closes betting):');
  console.log(`  http://localhost:${server.port}/?room=${room.token}`);
  console.log(`Votes are stored in ${store.file}. Ctrl+C stops the room.`);

  const stop = () => {
    void server.close().then(() => {
      store.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`room: ${(error as Error).message}`);
  process.exit(1);
});
