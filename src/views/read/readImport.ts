import type { Deck } from '../../content/types.ts';
import { type Messages, messagesFor } from '../../i18n/index.ts';
import { parseTakeHome } from '../shared/takeHome.ts';

export interface ReaderImport {
  /** sim block id → the choice's text, only bets this deck asks with a choice it offers */
  bets: Record<string, string>;
  /** a sentence for the reader: what was imported, or why nothing was */
  notice: string;
}

/**
 * Bets from a file: the room's "Download my bets" or a saved state of this page, read by the one take-home parser
 * (views/shared/takeHome.ts, which the handout uses too), each vote as this deck's choice text. Never throws: a bad
 * file comes back with no bets and a notice.
 */
export function importReaderBets(text: string, deck: Deck, m: Messages = messagesFor('en')): ReaderImport {
  const taken = parseTakeHome(text, deck);
  if (!taken) return { bets: {}, notice: m.readImportUnreadable() };
  const bets: Record<string, string> = {};
  for (const slide of deck.slides)
    for (const block of slide.sims) {
      const vote = taken.bets.get(block.id)?.vote;
      const choice = vote === null || vote === undefined ? undefined : block.bet?.choices[vote];
      if (choice !== undefined) bets[block.id] = choice;
    }
  const n = Object.keys(bets).length;
  if (n === 0) return { bets, notice: m.readImportEmpty() };
  return { bets, notice: m.readImported({ count: n }) };
}
