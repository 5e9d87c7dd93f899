import { betVerdict } from '../src/content/betVerdict.ts';
import type { RoomBet } from './roomDeck.ts';

/**
 * Which of a bet's choices the model supports: the choice index by the bet's rule (src/content/betRules.ts, the same
 * rule the reading view and the numbers test use), run on the block's own settings and seed; null when the deck's bet
 * has no rule (another deck), and phones then say the outcome is on the screen. The runs cost a moment, so each bet is
 * worked out once per server (a deck is fixed while the server runs).
 */
export function createModelVerdict(): (bet: RoomBet) => number | null {
  const known = new Map<RoomBet, number | null>();
  return (bet) => {
    if (!known.has(bet)) known.set(bet, betVerdict(bet.block)?.choice ?? null);
    return known.get(bet)!;
  };
}
