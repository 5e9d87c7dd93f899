import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { RoomDeck } from './roomDeck.ts';
import type { RoomStore, StoredRoom } from './roomStore.ts';

const csvCell = (v: string | number) => {
  const s = String(v);
  // a leading = + - @ would make a spreadsheet run it as a formula
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * Each bet's tallies per room, one row per room × bet × choice number (choices with no votes included, for bets the
 * current deck still has), as CSV. Tallies are by choice number, so rooms that saw the deck in other languages compare.
 */
export function talliesCsv(store: RoomStore, deck: RoomDeck): string {
  const rows: (string | number)[][] = [
    ['room_id', 'room_code', 'started_at', 'deck_title', 'bet', 'question', 'choice', 'choice_text', 'votes'],
  ];
  const counted = new Map<string, { room: StoredRoom; bet: string; votes: Map<number, number> }>();
  for (const t of store.allTallies()) {
    const key = `${t.room.id}\u0000${t.bet}`;
    let entry = counted.get(key);
    if (!entry) {
      entry = { room: t.room, bet: t.bet, votes: new Map() };
      counted.set(key, entry);
    }
    entry.votes.set(t.choice, t.votes);
  }
  for (const { room, bet, votes } of counted.values()) {
    const known = deck.bets.get(bet);
    const n = Math.max(known?.choices.length ?? 0, ...[...votes.keys()].map((c) => c + 1));
    for (let choice = 0; choice < n; choice++) {
      rows.push([
        room.id,
        room.code,
        room.startedAt,
        room.deckTitle,
        bet,
        known?.question ?? '',
        choice,
        known?.choices[choice] ?? '',
        votes.get(choice) ?? 0,
      ]);
    }
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

/** Written all or nothing: a temporary file beside the target, renamed over it once complete. */
export function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
