import type { RoomBet } from './roomDeck.ts';

/**
 * Which of a bet's choices the model supports: the choice index, or null when no rule is known for this bet.
 *
 * STUB. The rule per bet belongs to the teaching-truth numbers table (issue "truth", another branch). The integrator
 * wires it here: look the bet up by `bet.id` (or `bet.block`'s preset and overrides) in that table and return the
 * index of the choice its rule picks. Until then every bet answers null, and phones say the outcome is on the screen.
 */
export function modelVerdict(_bet: RoomBet): number | null {
  return null;
}
