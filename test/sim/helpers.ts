import { simulate } from '../../src/sim/index.ts';
import type { Params, Run, StrategyName } from '../../src/sim/types.ts';

/** Seeds 1..n: every statistical claim is checked over a range, never one lucky seed. */
export const seeds = (n: number, from = 1): number[] => Array.from({ length: n }, (_, i) => from + i);

export const only = (counts: Partial<Record<StrategyName, number>>): Partial<Params> => ({
  nGiveFirst: counts.giveFirst ?? 0,
  nTaker: counts.taker ?? 0,
  nLurker: counts.lurker ?? 0,
  nLapsed: counts.lapsed ?? 0,
  nLate: counts.late ?? 0,
});

export const help = (run: Run, s: StrategyName): number => run.byStrategy[s]!.helpReceived;

export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Moving-day success rate of one strategy over seeds (share of all its newcomers whose need was met). */
export function successRate(params: Partial<Params>, s: StrategyName, ss: number[]): number {
  return mean(ss.map((seed) => simulate(params, seed).byStrategy[s]!.movingDayMet));
}
