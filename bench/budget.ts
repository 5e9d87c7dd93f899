import {
  BUILD_BUDGET_MS,
  checkBudget,
  estimateCost,
  resolveParams,
  simulate,
  simulateResolved,
} from '../src/sim/index.ts';
import type { Params } from '../src/sim/types.ts';
import type { Figure } from './figure.ts';

/**
 * The build's cost for the worst in-range block the budget allows: from a few directions (a big community at the
 * defaults, dense ties, every activity at its maximum), the size pushed to the largest the build accepts
 * (checkBudget's `largest`), then the block run once as the build runs it. The cost model is src/sim/cost.ts
 * (fitted by bench/cost.ts); this checks its budget against the clock.
 */
const BUSY: Partial<Params> = {
  pNeed: 1,
  pSee: 1,
  pShareCommunity: 1,
  pShareGiver: 1,
  qGiverFollowers: 1,
  qAmp: 1,
  f0: 50,
  mFollowNew: 50,
  dObserve: 5,
  dDirect: 5,
  thFollow: 0.1,
  decay: 0,
};
const DIRECTIONS: [string, Partial<Params>][] = [
  ['big community at the defaults', { nCommunity: 200000 }],
  ['dense ties', { kRing: 40, nCommunity: 200000 }],
  ['every activity at its maximum, longest run', { ...BUSY, ticks: 2000 }],
  ['every activity at its maximum, big community', { ...BUSY, nCommunity: 200000 }],
];

export async function run(): Promise<Figure[]> {
  simulate({}, 1); // compile the tick once
  const figures: Figure[] = [];
  let worst = 0;
  for (const [label, over] of DIRECTIONS) {
    const asked = resolveParams(over);
    const check = checkBudget(asked, BUILD_BUDGET_MS);
    const params = check.largest ? resolveParams({ ...over, [check.largest.name]: check.largest.value }) : asked;
    const t0 = performance.now();
    simulateResolved(params, 1);
    const ms = performance.now() - t0;
    worst = Math.max(worst, ms);
    const size = check.largest ? `${check.largest.name} ${check.largest.value}` : 'as asked';
    console.log(
      `  ${label} (${size}): estimated ${Math.round(estimateCost(params))} ms, measured ${Math.round(ms)} ms`,
    );
  }
  figures.push({
    id: 'build-worst-allowed-block',
    label: 'Build: worst in-range sim block the budget allows, one run',
    value: worst,
    unit: 'ms',
    goal: `budget ${BUILD_BUDGET_MS / 1000} s by the estimate`,
    ok: worst <= BUILD_BUDGET_MS,
  });
  return figures;
}
