import { detExp } from './detMath.ts';
import { defaultParams, paramSchema } from './schema.ts';
import type { Params } from './types.ts';

/**
 * What a run costs, estimated before running it, so a slide block or an address can be refused instead of freezing
 * the build or the page. The cost of a tick grows with everyone (members and newcomers) times the followers each one
 * reaches, and the followers grow when trust spreads (asking, seeing, sharing, observing), so a fit on sizes alone
 * misses the busy in-range runs that took a minute. The model is therefore log-linear in sizes and in the activity
 * parameters, fitted by least squares on measured runs of simulate():
 *
 *   ln(ms) = Σ coefficient × feature (costFeatures below), then × SAFETY (the largest measured / fitted ratio).
 *
 * Measured by `node --import tsx bench/cost.ts` (random parameter sets across the schema, each timed in a worker),
 * which prints the coefficients pasted below with the date, the sample size and the fit's error. Science runs are
 * linear in their sizes (every member is donor roundsPerGen times, then the population reproduces) and fitted the
 * same way with two terms. The figures are milliseconds of one core of the 2-core build machine, under load:
 * they are an order of magnitude, which is all a budget needs; re-run bench/cost.ts after changing the model.
 */

/** Everyone in a trust-model run: the community and every kind of newcomer. */
const everyone = (p: Params): number => p.nCommunity + p.nGiveFirst + p.nTaker + p.nLurker + p.nLapsed + p.nLate;
/** Each one's ties at the start: the ring's both ways and itself, at most everyone. */
const tiesOf = (p: Params): number => Math.min(everyone(p), 2 * p.kRing + 1);

/** The features of a trust-model run, in the order of PLN_COEFFICIENTS. */
export function costFeatures(p: Params): number[] {
  const n = everyone(p);
  const ties = tiesOf(p);
  return [
    1,
    Math.log(p.ticks),
    Math.log(n),
    Math.log(ties),
    // every follower of everyone, and every onlooker of each of them: dense ties in a big community cost more than
    // either alone (a fit without this term estimated nCommunity 2,495 × kRing 40 at 20 s; it took 114 s)
    Math.log(n) * Math.log(ties),
    Math.log(0.05 + p.pNeed),
    Math.log(0.05 + p.pSee),
    Math.log(0.05 + p.pShareCommunity + p.pShareGiver),
    Math.log(0.05 + p.qGiverFollowers + p.qAmp),
    Math.log(0.1 + p.dObserve + p.dDirect),
    Math.log(1 + p.f0 + p.mFollowNew),
    Math.log(p.thFollow),
    Math.log(0.01 + p.decay),
  ];
}

/** Fitted by bench/cost.ts (see there for the run that produced them). */
// 2026-12-06: 70 random runs (9 stopped at 20 s, fitted as censored) at load average 24 on 2 cores, plus 12 runs of
// bench/budget.ts at the largest sizes earlier fits allowed (where they underestimated dense ties up to 6-fold).
// Measured / fitted: median 0.84, 90th percentile 3.4, min 0.09, max 12.4. The spread is mostly the machine's load
// and V8 compiling the tick during short runs. (In a community under ~20 the estimate falls slightly with kRing: ties
// there are capped by the community anyway.) A refit on 2026-12-07 (60 runs, load 1.7 to 17) moved the coefficients
// by more than their own error between two loads of one machine; these are kept, and checked against that set:
// with PLN_SAFETY and the saturating term below, every run over 1 s of it took at most 1.31 times the estimate
// (median 0.48), every stopped one at most 0.29 (at the 20 s limit).
const PLN_COEFFICIENTS: readonly number[] = [
  -2.085, 1.374, 0.002, -1.005, 0.337, 0.74, 0.026, 0.148, 0.373, 0.239, -0.169, -0.242, -0.205,
];
/**
 * Milliseconds per tick × everyone², when the follower graph fills up. A gift seen by a non-follower (a follower of
 * the person helped, reading the "thanks @helper") raises that onlooker's trust by dObserve; when a sighting or a
 * few earn a follow, each new follower sees more, until nearly everyone follows everyone and every post, share and
 * gift reaches the whole community. The cost then grows with the square of the community, not with its ties, and the
 * log-linear fit over sizes and activities does not follow it: such runs with few ties took 5-10 times the fit
 * (issue 20's review: the worst blocks the budget allowed took ~13 s against 10 s; bench/cost.ts's runs of
 * 2026-12-07). Measured 2026-12-07 with every activity at its maximum, thFollow 0.1, decay 0 (bench/budget.ts):
 * 0.26-0.56 µs per tick × member², the machine idle. An upper bound: a run that saturates less costs less.
 */
const SATURATING_MS = 0.56e-3;
/**
 * The budgets are for a shared 2-core machine: five engineers' builds and browsers make one process's run take up to
 * ~2.5 times its idle time (2 cores for 5 busy processes). SATURATING_MS is an idle figure: × LOAD_MARGIN.
 */
export const LOAD_MARGIN = 2.5;
/**
 * A factor on the log-linear fit: it was made under load already, but bench/budget.ts's largest allowed dense block
 * took 0.45 of the estimate idle, which load can make 1.1; × 1.25 leaves that block ~0.9 of the budget loaded.
 */
const PLN_SAFETY = 1.25;
/** ms per (generation × popSize × roundsPerGen) and per (generation × popSize); 6 runs, max measured/fitted 2.33 */
const SCIENCE_COEFFICIENTS: readonly [number, number] = [2.759e-4, 1.111e-4];
const SCIENCE_SAFETY = 2.33;

/**
 * Whether the follower graph fills up (SATURATING_MS): gifts are seen (qAmp or qGiverFollowers) and one sighting
 * earns a follow, or up to four do while questions are frequent and trust barely fades (a run of 532 members, kRing
 * 10, pNeed 0.47, decay 0.02 took over 20 s, estimated 6.4 s by the fit alone). The deck's settings (pNeed 0.1,
 * four sightings) stay with the fit.
 */
function saturates(p: Params): boolean {
  if (p.dObserve <= 0 || p.qAmp + p.qGiverFollowers <= 0) return false;
  const sightings = p.thFollow / p.dObserve;
  return sightings <= 1 || (sightings <= 4 && p.pNeed >= 0.3 && p.decay <= 0.05);
}

/**
 * Longest a sim block may take to run at build time, by the estimate (the handout's and print's figures run every
 * block, some more than once). The deck's blocks are estimated at 0.25–0.4 s. At 20 s, bench/budget.ts measured up to
 * 36 s for the largest blocks allowed: hence 10 s. With the saturating term and the margins above, the largest blocks
 * it allows took 0.44–1.98 s of CPU (0.95–8.0 s of wall time at load average 13, five engineers' jobs on 2 cores;
 * 2026-12-07; bench/budget.ts).
 */
export const BUILD_BUDGET_MS = 10_000;
/**
 * Longest a page may be asked to compute one run from its address, a control or another window, by the estimate:
 * admits nCommunity 1,000 at the defaults (estimated 2.5 s, measured 0.65 s), refuses 20,000 (estimated 43 s,
 * measured 19.5 s in a page) and the busy in-range address of issue 20 (estimated 44 s, measured 62 s). The run is
 * made in a worker; what the page itself does with it, frame by frame, has its own budget (FRAME_BUDGET_MS).
 */
export const PAGE_BUDGET_MS = 3_000;

/** Estimated milliseconds for simulate(params) to run to its end. */
export function estimateCost(params: Params): number {
  if (params.model === 'science') {
    const [perEncounter, perMember] = SCIENCE_COEFFICIENTS;
    const g = params.generations * params.popSize;
    return SCIENCE_SAFETY * (perEncounter * g * params.roundsPerGen + perMember * g);
  }
  const f = costFeatures(params);
  const fitted = PLN_SAFETY * detExp(f.reduce((sum, x, i) => sum + x * PLN_COEFFICIENTS[i]!, 0));
  if (!saturates(params)) return fitted;
  const n = everyone(params);
  return Math.max(fitted, LOAD_MARGIN * SATURATING_MS * params.ticks * n * n);
}

/**
 * The other half of the page's budget: not the whole run, which a worker makes, but one frame of it, which the page
 * itself makes while the run plays (the model's frames are stepped live on the page, and drawn there). A frame's
 * longest task is the model's first state on the page, one step and its frame, or one drawing of every person and
 * follow (canvas); each grows with everyone and with everyone's ties:
 *
 *   ms = FRAME_COEFFICIENTS · frameFeatures, and at least one average tick of the run (estimateCost / ticks),
 *
 * the second for runs whose ticks cost more than the deck's (a follower graph that fills up: SATURATING_MS).
 * Measured by `node --import tsx bench/frameCost.ts`: the longest main-thread task in Chromium from the widget's
 * mount through the run's arrival and 2.5 s of playing, for sizes up to those the run's budget allows (see
 * FRAME_COEFFICIENTS' note). Only the network model: a science run's frame is a chart of one generation.
 */
export function frameFeatures(p: Params): number[] {
  return [1, everyone(p) * tiesOf(p)];
}

/**
 * ms, and ms per person × tie. 2026-12-07 05:00 UTC, bench/frameCost.ts on a quiet machine (load average ~2, the
 * bench's own browser): 12 sizes (nCommunity 100-1,200 at kRing 4, and kRing 6-16 at 200-700), the longest of two
 * page loads each. Measured / fitted 0.70-1.31. 1,200 people at kRing 4 took 34-39 ms; the deck's own blocks
 * (nCommunity 100 and ten newcomers, kRing 8: 17 ties) ~12-17 ms.
 *
 * An earlier fit (the same day, [56.86, 5.2e-3]) was made while other engineers' test runs held the load at 3-6, and
 * its sweep's larger sizes were later refused by that very fit, so the pages measured the slide's own small run:
 * it admitted only 478 people, where a page steps and draws 1,200 in under 40 ms. Load is now a margin, as for the
 * run's budget (FRAME_SAFETY).
 */
const FRAME_COEFFICIENTS: readonly number[] = [16.82, 2.299e-3];
/**
 * The fit is of an idle machine; a shared one stretches a task up to LOAD_MARGIN (2.5) times, as for the run's budget.
 * At the 100 ms budget this admits people × ties up to ~10,100: nCommunity 583 at the default kRing 8 (17 ties; the
 * run's budget alone admits 1,217 there, the old fit 478), and 1,110 at kRing 4. The deck's blocks: ~53 ms.
 */
const FRAME_SAFETY = LOAD_MARGIN;
/**
 * Longest the page may be asked to spend on one frame of a live simulation: issue 20's "a live widget never blocks
 * the page for more than ~100 ms at a time", by the estimate.
 */
export const FRAME_BUDGET_MS = 100;

/** Estimated milliseconds of the page's longest task for one frame of `params`' run (stepped and drawn there). */
export function estimateFrameCost(params: Params): number {
  const perTick = estimateCost(params) / Math.max(1, params.model === 'science' ? params.generations : params.ticks);
  if (params.model === 'science') return perTick;
  const fitted = FRAME_SAFETY * frameFeatures(params).reduce((sum, x, i) => sum + x * FRAME_COEFFICIENTS[i]!, 0);
  return Math.max(fitted, perTick);
}

/** The sizes a budget is about: what the refusal names as the largest allowed. */
type SizeName = 'nCommunity' | 'kRing' | 'ticks' | 'popSize' | 'roundsPerGen' | 'generations';

/** What a budget bounds: a whole run's computing (wherever it is made), or one frame's work on the page. */
export type BudgetKind = 'run' | 'frame';

export interface BudgetCheck {
  ok: boolean;
  kind: BudgetKind;
  /** estimated ms */
  estimate: number;
  budget: number;
  /** for a refusal: the size that is largest relative to its default, and the largest value of it within budget */
  largest?: { name: SizeName; value: number };
}

/**
 * Whether `params` runs within `budget` ms by the cost model (`kind` 'run': estimateCost) or its frames fit it
 * ('frame': estimateFrameCost). On a refusal, names the size to shrink (the one furthest above its default, among
 * those the model uses) and the largest value of it that fits, others unchanged.
 */
export function checkBudget(params: Params, budget: number, kind: BudgetKind = 'run'): BudgetCheck {
  const cost = kind === 'run' ? estimateCost : estimateFrameCost;
  const estimate = cost(params);
  if (estimate <= budget) return { ok: true, kind, estimate, budget };
  const relevant: readonly SizeName[] =
    params.model === 'science'
      ? ['popSize', 'roundsPerGen', 'generations']
      : kind === 'run'
        ? ['nCommunity', 'kRing', 'ticks']
        : // a frame's cost does not grow with the run's length (beyond its average tick)
          ['nCommunity', 'kRing'];
  const name = relevant.reduce((best, s) =>
    params[s] / defaultParams[s] > params[best] / defaultParams[best] ? s : best,
  );
  // the cost grows with each size: the largest value within budget by bisection
  let lo = 0;
  let hi = params[name];
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (cost({ ...params, [name]: mid }) <= budget) lo = mid;
    else hi = mid;
  }
  const min = paramSchema.find((s) => s.name === name)!.min!;
  return { ok: false, kind, estimate, budget, ...(lo >= min && { largest: { name, value: lo } }) };
}

/**
 * Both of the page's budgets: the run's computing (PAGE_BUDGET_MS, made in a worker) and one frame's work on the
 * page (FRAME_BUDGET_MS). The check that refuses, naming the largest size that both allow; the frame's when both
 * pass (its estimate is the one the page lives with).
 */
export function checkPageBudget(params: Params): BudgetCheck {
  const run = checkBudget(params, PAGE_BUDGET_MS, 'run');
  const frame = checkBudget(params, FRAME_BUDGET_MS, 'frame');
  // a frame's cost grows with the same sizes: a size within the frame's budget stays within it when smaller
  if (run.ok || frame.ok) return run.ok ? frame : run;
  if (run.largest && frame.largest?.name === run.largest.name)
    return { ...run, largest: { ...run.largest, value: Math.min(run.largest.value, frame.largest.value) } };
  // different sizes (the run's ticks, the frame's kRing): the note names one only if changing it alone fits both
  for (const c of [run, frame]) {
    if (!c.largest) continue;
    const fixed = { ...params, [c.largest.name]: c.largest.value };
    if (checkBudget(fixed, PAGE_BUDGET_MS).ok && checkBudget(fixed, FRAME_BUDGET_MS, 'frame').ok) return c;
  }
  const { largest: _, ...sizes } = run;
  return sizes;
}

const seconds = (ms: number): string =>
  ms < 1000 ? `${Math.round(ms)} ms` : ms < 100_000 ? `${(ms / 1000).toPrecision(2)} s` : `${Math.round(ms / 1000)} s`;

/** A refusal in words, the same for the build and the page: the estimate, the budget, what fits instead. */
export function budgetMessage(check: BudgetCheck, where: string): string {
  const fix = check.largest
    ? `the largest ${check.largest.name} that fits with the other settings is ${check.largest.value}`
    : 'lower the sizes (nCommunity, kRing, ticks) or the activity (pNeed, pSee, sharing, dObserve)';
  if (check.kind === 'frame')
    return `one frame of this run is estimated at ${seconds(check.estimate)} of stepping and drawing on the page, over ${where}'s budget of ${seconds(check.budget)} a frame: ${fix}.`;
  return `this run is estimated at ${seconds(check.estimate)} of computing, over ${where}'s budget of ${seconds(check.budget)}: ${fix}.`;
}
