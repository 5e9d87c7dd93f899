import type { Deck, SimBlock } from '../../content/types.ts';
import { el } from '../../dom/el.ts';
import { documentLocale, messagesFor } from '../../i18n/index.ts';
import type { ReaderStorage } from '../shared/readerStore.ts';
import { parseTakeHome, type TakenBet } from '../shared/takeHome.ts';

/**
 * Where the handout keeps the participant's imported take-home file (its text, as imported), so a layout or paper
 * link, a reload and Ctrl+P all print it; `npm run handout -- --bets FILE` puts the file here before the page starts.
 */
export const ROOM_BETS_KEY = 'give-first:room-bets:v1';

/** What the handout prints on one bet slide: the file's bet and split, and the choice the model supports. */
export interface PrintedBet extends TakenBet {
  room: string | null;
  /** index into the block's choices that the bet's rule picks on the block's own run (as the room's phones say) */
  model: number | null;
}

/** The stored file's text, or null (nothing stored, storage refused). */
export function storedRoomBets(storage: ReaderStorage | null): string | null {
  try {
    return storage?.getItem(ROOM_BETS_KEY) ?? null;
  } catch {
    return null;
  }
}

export function storeRoomBets(storage: ReaderStorage | null, text: string | null): void {
  try {
    if (text === null) storage?.removeItem(ROOM_BETS_KEY);
    else storage?.setItem(ROOM_BETS_KEY, text);
  } catch {
    // not kept: this page still prints them until it is left
  }
}

/**
 * A take-home file's bets on this deck, each with the model's answer beside it, by the same rule and run as the room
 * (content/betVerdict.ts). The rule runs the model, so its code loads only when there is a file to print.
 * Null: not a take-home file (the caller says so and prints as before).
 */
export async function printedBets(text: string, deck: Deck): Promise<Map<string, PrintedBet> | null> {
  const taken = parseTakeHome(text, deck);
  if (!taken) return null;
  const out = new Map<string, PrintedBet>();
  if (taken.bets.size === 0) return out;
  const { betVerdict } = await import('../../content/betVerdict.ts');
  for (const slide of deck.slides)
    for (const block of slide.sims) {
      const bet = taken.bets.get(block.id);
      if (bet) out.set(block.id, { ...bet, room: taken.room, model: betVerdict(block)?.choice ?? null });
    }
  return out;
}

/** The box printed under a bet slide (or beside it, in 3-up): the participant's bet, the room's split, the model. */
export function createRoomBetsBox(doc: Document, block: SimBlock, bet: PrintedBet): HTMLElement {
  const m = messagesFor(documentLocale(doc));
  const choices = block.bet?.choices ?? [];
  const box = el(doc, 'div', undefined, 'handout-room');
  box.dataset.bet = block.id;
  box.append(
    el(doc, 'p', bet.room ? m.handoutRoomTitle({ code: bet.room }) : m.handoutRoomTitleNoCode(), 'handout-room-title'),
  );
  const yours = bet.vote === null ? undefined : choices[bet.vote];
  box.append(
    el(
      doc,
      'p',
      yours === undefined ? m.handoutRoomNoBet() : m.handoutRoomYourBet({ choice: yours }),
      'handout-room-yours',
    ),
  );
  if (bet.split) {
    const total = bet.split.reduce((a, b) => a + b, 0);
    box.append(el(doc, 'p', m.handoutRoomSplit({ count: total }), 'handout-room-split-title'));
    const list = el(doc, 'ul', undefined, 'handout-room-split');
    choices.forEach((choice, i) => {
      const count = bet.split?.[i] ?? 0;
      list.append(el(doc, 'li', m.handoutRoomSplitRow({ choice, count, share: total ? count / total : 0 })));
    });
    box.append(list);
  } else box.append(el(doc, 'p', m.handoutRoomNoSplit(), 'handout-room-nosplit'));
  const model = bet.model === null ? undefined : choices[bet.model];
  if (model !== undefined) box.append(el(doc, 'p', m.handoutRoomModel({ choice: model }), 'handout-room-model'));
  return box;
}
