import type { Deck } from '../../content/types.ts';
import { type Messages, messagesFor } from '../../i18n/index.ts';
import { parseReaderState } from '../shared/readerStore.ts';

/** A take-home file is small: a few dozen bets. Anything much bigger is not one. */
export const MAX_IMPORT_BYTES = 200_000;

export interface ReaderImport {
  /** sim block id → the choice's text, only bets this deck asks with a choice it offers */
  bets: Record<string, string>;
  /** a sentence for the reader: what was imported, or why nothing was */
  notice: string;
}

/**
 * Bets from a file: the room's "Download my bets" (a reading-view saved state with the room's split beside it) or a
 * saved state of this page. Checked like any saved state (parseReaderState: version, fields, sizes); then only bets on
 * this deck's bet blocks whose choice the block offers are kept, so a file from another workshop or language changes
 * nothing. Never throws: a bad file comes back with no bets and a notice.
 */
export function importReaderBets(text: string, deck: Deck, m: Messages = messagesFor('en')): ReaderImport {
  const NOT_BETS = m.readImportUnreadable();
  if (text.length > MAX_IMPORT_BYTES) return { bets: {}, notice: NOT_BETS };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { bets: {}, notice: NOT_BETS };
  }
  const { state } = parseReaderState(value);
  if (!state) return { bets: {}, notice: NOT_BETS };
  const choicesOf = new Map<string, readonly string[]>();
  for (const slide of deck.slides) for (const b of slide.sims) if (b.bet) choicesOf.set(b.id, b.bet.choices);
  const bets: Record<string, string> = {};
  for (const [id, choice] of Object.entries(state.bets)) {
    if (choicesOf.get(id)?.includes(choice)) bets[id] = choice;
  }
  // The room's part keeps each vote by choice number: a room run in another language still lands on the same choice.
  for (const [id, vote] of roomVotes(value)) {
    const choice = choicesOf.get(id)?.[vote];
    if (choice !== undefined && bets[id] === undefined) bets[id] = choice;
  }
  const n = Object.keys(bets).length;
  if (n === 0) return { bets, notice: m.readImportEmpty() };
  return { bets, notice: m.readImported({ count: n }) };
}

/** `room.bets[]`'s `{ bet, yourVote }` pairs of a take-home file, each checked; anything else is skipped. */
function roomVotes(value: unknown): [string, number][] {
  const room = (value as { room?: unknown }).room;
  const list = typeof room === 'object' && room !== null ? (room as { bets?: unknown }).bets : undefined;
  if (!Array.isArray(list) || list.length > 200) return [];
  const out: [string, number][] = [];
  for (const item of list) {
    const { bet, yourVote } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof bet === 'string' && bet.length <= 40 && Number.isInteger(yourVote) && (yourVote as number) >= 0)
      out.push([bet, yourVote as number]);
  }
  return out;
}
