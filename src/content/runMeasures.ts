import { clampTick } from '../sim/index.ts';
import type { Run, StrategyName, StrategyResult } from '../sim/types.ts';

/**
 * Measures of one run that the deck's words rest on (see ./numbersTable.ts and ./betRules.ts): each reads only the
 * run's per-strategy results, so the reading view, the room's page and the tests compute them the same way.
 */

export function strategy(run: Run, name: StrategyName): StrategyResult {
  const r = run.byStrategy[name];
  if (!r) throw new Error(`this run has no "${name}" newcomers (check the sim block's preset and overrides)`);
  return r;
}

/** A per-tick series' value at tick t, clamped to the run like every tick (index t = after tick t; 0 = the start). */
const atTick = (series: readonly number[], t: number): number => series[clampTick(t, series.length - 1)]!;

/** Help a newcomer of this kind had received by the end of tick t, on average (series index t = after tick t). */
export function helpBy(run: Run, name: StrategyName, t: number): number {
  return atTick(strategy(run, name).series.helpReceived, t);
}

/** How many times the first kind's help over the whole run is the second kind's (Infinity when the second got none). */
export function helpRatio(run: Run, a: StrategyName, b: StrategyName): number {
  const x = strategy(run, a).helpReceived;
  const y = strategy(run, b).helpReceived;
  return y > 0 ? x / y : x > 0 ? Number.POSITIVE_INFINITY : 1;
}

/** First day by which this kind had received `units` helps each on average; Infinity if never in the run. */
export function firstDayWithHelp(run: Run, name: StrategyName, units = 1): number {
  const day = strategy(run, name).series.helpReceived.findIndex((h) => h >= units);
  return day < 0 ? Number.POSITIVE_INFINITY : day;
}

/**
 * Help that arrived inside the moving-day window (ticks tShock … tShock + W − 1), as a share of the need H, on
 * average over the kind's newcomers and capped at 1. A mean: one newcomer's surplus can hide another's shortfall,
 * which is why "all of it" bets read movingDayMet instead.
 */
export function movingDayShare(run: Run, name: StrategyName): number {
  const { tShock, W, H } = run.params;
  if (run.params.movingDay === 'off' || H <= 0) return 0;
  const got = helpBy(run, name, tShock + W - 1) - helpBy(run, name, tShock - 1);
  return Math.min(1, got / H);
}

/** Share of this kind's newcomers whose whole moving-day need was met in time, 0..1. */
export function movingDayMet(run: Run, name: StrategyName): number {
  return strategy(run, name).movingDayMet;
}

/** The community's total trust in a newcomer of this kind at the end of tick t, on average. */
export function trustAt(run: Run, name: StrategyName, t: number): number {
  return atTick(strategy(run, name).series.trustIn, t);
}

/** Followers of a newcomer of this kind at the end of tick t, on average. */
export function followersAt(run: Run, name: StrategyName, t: number): number {
  return atTick(strategy(run, name).series.followers, t);
}

/** Science mode: the share of donations that were gifts in the final generations, 0..1. */
export function cooperation(run: Run): number {
  if (run.cooperation === undefined) throw new Error('not a science-mode run: it has no cooperation figure');
  return run.cooperation;
}
