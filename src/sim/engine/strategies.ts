import { detExp } from '../detMath.ts';
import type { Params } from '../types.ts';

/**
 * The engine's strategy rules: whether a newcomer is an active giver (answers what it sees, shares) in a tick, and
 * h(T). Who asks is decided inline in needsAndShares.ts (in the pass that also lists would-be helpers). The rules in
 * words, all in one place, are the readable model's (../model/pln.ts); test/sim/equivalence.test.ts holds the two
 * to the same runs.
 */

/** Kind codes: 0 member, then STRATEGIES order. */
export const KIND = { member: 0, giveFirst: 1, taker: 2, lurker: 3, lapsed: 4, late: 5 } as const;

/** Inside the moving-day window newcomers are busy with their own need: they ask and cannot give. */
export function inMovingDay(t: number, p: Params): boolean {
  return p.movingDay !== 'off' && t >= p.tShock && t < p.tShock + p.W;
}

/** Is a newcomer of this kind giving (answering and sharing) during tick t? Members are handled by h(T). */
export function isGiving(kind: number, t: number, p: Params): boolean {
  if (kind === KIND.member) return false;
  if (inMovingDay(t, p)) return false;
  switch (kind) {
    case KIND.giveFirst:
      return true;
    case KIND.lapsed:
      return t < p.tStop;
    case KIND.late:
      return t >= p.tShock - p.lead;
    default:
      return false;
  }
}

/** h(T): a member's chance to help an asker it trusts T (logistic between h0 and hMax, sim-model primitive 3). */
export function helpChance(T: number, p: Params): number {
  return p.h0 + (p.hMax - p.h0) / (1 + detExp(-(T - p.thHelp) / p.sHelp));
}
