import type { Deck } from '../../content/types.ts';
import { parseReaderState } from './readerStore.ts';

/** A take-home file is small: a few dozen bets. Anything much bigger is not one. */
export const MAX_IMPORT_BYTES = 200_000;

/** One bet of a take-home file, on this deck: the participant's choice and the room's split, by choice number. */
export interface TakenBet {
  /** the choice the participant bet on (index into the block's `bet.choices`), or null */
  vote: number | null;
  /** the room's votes per choice number, when the room had closed betting before the file was saved */
  split: number[] | null;
}

export interface TakeHome {
  /** the room's code, when the file came from a room */
  room: string | null;
  /** sim block id → what the file holds for that bet; only bets this deck asks, with choices it offers */
  bets: Map<string, TakenBet>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1e6;

/** A room part's bet, checked field by field; undefined when any field has the wrong shape. */
function roomBet(item: unknown): { bet: string; vote: number | null; split: number[] | null } | undefined {
  if (!isRecord(item)) return undefined;
  const { bet, yourVote, split } = item;
  if (typeof bet !== 'string' || bet.length > 40) return undefined;
  if (yourVote !== null && yourVote !== undefined && !isCount(yourVote)) return undefined;
  const splitOk =
    split === null || split === undefined || (Array.isArray(split) && split.length <= 16 && split.every(isCount));
  if (!splitOk) return undefined;
  return {
    bet,
    vote: (yourVote as number | null | undefined) ?? null,
    split: (split as number[] | null | undefined) ?? null,
  };
}

/**
 * The one reader of a participant's take-home file (the room's "Download my bets", src/join/resultsFile.ts) and of a
 * reading-view saved state, for the reading view and the handout alike. The state part is checked like any saved
 * state (parseReaderState: version, fields, sizes) and the room part field by field; a file that fails either is not
 * a take-home file (null). Then only bets on this deck's bet blocks are kept, a vote only if the block offers that
 * choice and a split only if it has one count per choice, so a file from another workshop changes nothing. Votes go
 * by choice number from the room's part (a room run in another language lands on the same choice), by choice text
 * from the state part. Never throws.
 */
export function parseTakeHome(text: string, deck: Deck): TakeHome | null {
  if (text.length > MAX_IMPORT_BYTES) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const { state } = parseReaderState(value);
  if (!state || !isRecord(value)) return null;
  let code: string | null = null;
  let items: ReturnType<typeof roomBet>[] = [];
  if (value.room !== undefined) {
    const room = value.room;
    if (!isRecord(room) || !Array.isArray(room.bets) || room.bets.length > 200) return null;
    if (room.code !== undefined && (typeof room.code !== 'string' || !/^[A-Za-z0-9]{1,12}$/.test(room.code)))
      return null;
    code = (room.code as string | undefined) ?? null;
    items = room.bets.map(roomBet);
    if (items.some((i) => i === undefined)) return null;
  }
  const choicesOf = new Map<string, readonly string[]>();
  for (const slide of deck.slides) for (const b of slide.sims) if (b.bet) choicesOf.set(b.id, b.bet.choices);
  const bets = new Map<string, TakenBet>();
  for (const [id, choice] of Object.entries(state.bets)) {
    const vote = choicesOf.get(id)?.indexOf(choice) ?? -1;
    if (vote >= 0) bets.set(id, { vote, split: null });
  }
  for (const item of items) {
    const choices = item && choicesOf.get(item.bet);
    if (!item || !choices) continue;
    const vote = item.vote !== null && item.vote < choices.length ? item.vote : null;
    const split = item.split?.length === choices.length ? item.split : null;
    const had = bets.get(item.bet);
    const taken = { vote: had?.vote ?? vote, split };
    if (taken.vote !== null || taken.split !== null) bets.set(item.bet, taken);
  }
  return { room: code, bets };
}
