import type { Params, StrategyName } from '../sim/types.ts';

/** Schema names of the newcomer counts, per strategy. */
const COUNT_PARAM: Record<StrategyName, keyof Params> = {
  giveFirst: 'nGiveFirst',
  taker: 'nTaker',
  lurker: 'nLurker',
  lapsed: 'nLapsed',
  late: 'nLate',
};
const DEFAULT_COUNT = 5;

/** The strategy alone on screen ('all' when several of the offered strategies have newcomers). */
export function shownStrategy(params: Params, offered: StrategyName[]): StrategyName | 'all' {
  const present = offered.filter((s) => (params[COUNT_PARAM[s]] as number) > 0);
  return present.length === 1 && offered.length > 1 ? present[0]! : 'all';
}

/**
 * Choosing a strategy is a parameter change (newcomer counts), so it lives in the plain state like any slider:
 * one strategy → the others get no newcomers; 'all' → the preset's own counts come back.
 */
export function strategyOverrides(
  overrides: Record<string, number>,
  offered: StrategyName[],
  choice: StrategyName | 'all',
): Record<string, number> {
  const next = { ...overrides };
  for (const s of offered) delete next[COUNT_PARAM[s]];
  if (choice === 'all') return next;
  for (const s of offered) next[COUNT_PARAM[s]] = s === choice ? overrides[COUNT_PARAM[s]] || DEFAULT_COUNT : 0;
  return next;
}
