import { CH, draw, seedHash, seedWord, tickHash, U } from '../rng.ts';
import type { Params, Run } from '../types.ts';

/**
 * Science mode: the same primitives set up as image scoring (Nowak & Sigmund 1998, Nature 393:573).
 * Complete graph; random donor–recipient encounters; a gift costs the donor c and gives the recipient b;
 * every gift raises the donor's public image score by 1 and every refusal lowers it by 1, clipped to ±5;
 * a donor knows the recipient's score with probability q, otherwise sees a stranger's 0; a discriminator with
 * threshold k helps iff the score it sees is ≥ k; no decay; generations reproduce in proportion to payoff.
 * Helping by reputation then survives iff q > c/b (Nowak 2006, Science 314:1560, "indirect reciprocity").
 */

/**
 * The heritable thresholds, the two types of Nowak 2006's analysis: a discriminator (k = 0: helps anyone not
 * known to be in bad standing) and a defector (k = 6, above any score: never helps). Unconditional helpers
 * (k = −5) are left out on purpose: in a population of discriminators they are neutral, drift up, and then feed
 * defectors, which would blur the q > c/b threshold this mode exists to show.
 */
const THRESHOLDS: readonly number[] = [0, 6];
const SCORE_MAX = 5;
const DISC = 0;
/** The question is whether helping *survives*: start from a population of mostly discriminators. */
const INITIAL_DISC = 0.9;
const FLOOR = 0.01;

export interface ScienceState {
  generation: number;
  /** index into THRESHOLDS per member */
  strategy: Uint8Array;
  /** image scores and payoffs of the generation just played */
  score: Int8Array;
  payoff: Float64Array;
  gifts: Uint32Array;
  cooperationByGeneration: number[];
}

export function createScienceState(p: Params, seed: number): ScienceState {
  const s = seedWord(seed);
  const strategy = new Uint8Array(p.popSize);
  for (let i = 0; i < p.popSize; i++) {
    strategy[i] =
      U(s, 0, i, 0, CH.sciInit) < INITIAL_DISC ? DISC : Math.floor(U(s, 0, i, 1, CH.sciInit) * THRESHOLDS.length);
  }
  return {
    generation: 0,
    strategy,
    score: new Int8Array(p.popSize),
    payoff: new Float64Array(p.popSize),
    gifts: new Uint32Array(p.popSize),
    cooperationByGeneration: [],
  };
}

/** Play one generation's encounters (scores start at 0), then replace the population by payoff. */
export function stepGeneration(st: ScienceState, p: Params, seed: number): void {
  const s = seedWord(seed);
  const n = p.popSize;
  const g = st.generation + 1;
  st.score.fill(0);
  st.payoff.fill(0);
  st.gifts.fill(0);
  let gifts = 0;
  const encounters = n * p.roundsPerGen;
  // the generation's part of every draw, once: draw(th, …) === U(s, g, …)
  const th = tickHash(seedHash(s), g);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let round = 0; round < p.roundsPerGen; round++) {
    // a random cycle through everyone: each member is donor once and recipient once per round, so payoffs differ
    // by strategy and reputation rather than by how often chance made someone a recipient
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(draw(th, i, round, CH.sciPair) * (i + 1));
      const tmp = order[i]!;
      order[i] = order[j]!;
      order[j] = tmp;
    }
    for (let x = 0; x < n; x++) {
      const d = order[x]!;
      const r = order[(x + 1) % n]!;
      const seen = draw(th, d, round, CH.sciKnow) < p.q ? st.score[r]! : 0;
      if (seen >= THRESHOLDS[st.strategy[d]!]!) {
        st.payoff[d]! -= p.c;
        st.payoff[r]! += p.b;
        st.score[d] = Math.min(SCORE_MAX, st.score[d]! + 1);
        st.gifts[d]!++;
        gifts++;
      } else {
        st.score[d] = Math.max(-SCORE_MAX, st.score[d]! - 1);
      }
    }
  }
  st.cooperationByGeneration.push(gifts / encounters);
  reproduce(st, p, s, g);
  st.generation = g;
}

/**
 * Payoff-proportional reproduction (Nowak & Sigmund 1998): fitness is the (non-negative part of the) payoff plus a
 * small floor so a population of defectors still reproduces; each child mutates with probability `mutation`.
 */
function reproduce(st: ScienceState, p: Params, s: number, g: number): void {
  const n = p.popSize;
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) min = Math.min(min, st.payoff[i]!);
  const floor = FLOOR * (p.b + p.c) * p.roundsPerGen + 1e-9;
  const cum = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += st.payoff[i]! - min + floor;
    cum[i] = total;
  }
  const next = new Uint8Array(n);
  for (let c = 0; c < n; c++) {
    if (U(s, g, c, 0, CH.sciMutate) < p.mutation) {
      next[c] = Math.floor(U(s, g, c, 1, CH.sciMutate) * THRESHOLDS.length);
      continue;
    }
    const x = U(s, g, c, 0, CH.sciParent) * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    next[c] = st.strategy[lo]!;
  }
  st.strategy = next;
}

/** Share of donations that were gifts over the final fifth of the generations. */
function finalCooperation(byGen: readonly number[]): number {
  const k = Math.max(1, Math.floor(byGen.length / 5));
  const tail = byGen.slice(-k);
  return tail.reduce((a, b) => a + b, 0) / tail.length;
}

export function simulateScience(params: Params, seed: number): Run {
  const st = createScienceState(params, seed);
  while (st.generation < params.generations) stepGeneration(st, params, seed);
  const byGen = st.cooperationByGeneration;
  return { params, seed, byStrategy: {}, cooperation: finalCooperation(byGen), cooperationByGeneration: byGen };
}
