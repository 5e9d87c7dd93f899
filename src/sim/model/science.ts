import { CH, seedWord, U } from '../rng.ts';
import { scienceFrame } from '../scienceFrame.ts';
import type { Frame, Params, ResolvedParams } from '../types.ts';

/**
 * Science mode, to be read: the same primitives set up as image scoring (Nowak & Sigmund 1998). Give: a gift costs
 * the donor c and is worth b to the recipient. See: everyone's image score is public, +1 a gift, −1 a refusal, within
 * ±5, and a donor knows the recipient's score with chance q (else sees a stranger's 0). Help: a discriminator helps
 * if the score it sees is ≥ 0; a defector never. No fade. Between generations, payoff-proportional reproduction.
 * The oracle for the engine's science mode (test/sim/equivalence.test.ts).
 */

/** Each member's strategy is a threshold: help iff the score seen is ≥ it. 0 discriminates, 6 never helps. */
const THRESHOLD = [0, 6];

export interface Population {
  p: Params;
  seed: number;
  generation: number;
  /** index into THRESHOLD, per member */
  strategy: number[];
  score: number[];
  gifts: number[];
  cooperation: number[];
}

/** Start from cooperation: 90% discriminators, the rest drawn from both types. */
export function createPopulation(p: ResolvedParams, anySeed: number): Population {
  // the engine's science mode keys its draws by the seed as a word (seedWord): a run's draws are the same either way
  const seed = seedWord(anySeed);
  const strategy = Array.from({ length: p.popSize }, (_, i) =>
    U(seed, 0, i, 0, CH.sciInit) < 0.9 ? 0 : Math.floor(U(seed, 0, i, 1, CH.sciInit) * THRESHOLD.length),
  );
  const zeros = () => strategy.map(() => 0);
  return { p, seed, generation: 0, strategy, score: zeros(), gifts: zeros(), cooperation: [] };
}

/** One generation: roundsPerGen random cycles (everyone donor once and recipient once), then the next generation. */
export function generation(pop: Population): void {
  const { p, seed } = pop;
  const n = p.popSize;
  const g = pop.generation + 1;
  const payoff = pop.strategy.map(() => 0);
  pop.score = payoff.map(() => 0);
  pop.gifts = payoff.map(() => 0);
  const order = payoff.map((_, i) => i);
  let gifts = 0;
  for (let round = 0; round < p.roundsPerGen; round++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(U(seed, g, i, round, CH.sciPair) * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let x = 0; x < n; x++) {
      const [d, r] = [order[x]!, order[(x + 1) % n]!];
      const seen = U(seed, g, d, round, CH.sciKnow) < p.q ? pop.score[r]! : 0;
      if (seen >= THRESHOLD[pop.strategy[d]!]!) {
        payoff[d]! -= p.c;
        payoff[r]! += p.b;
        pop.score[d] = Math.min(5, pop.score[d]! + 1);
        pop.gifts[d]!++;
        gifts++;
      } else pop.score[d] = Math.max(-5, pop.score[d]! - 1);
    }
  }
  pop.cooperation.push(gifts / (n * p.roundsPerGen));
  // fitness: payoff above the generation's worst, plus a small floor so that defectors still reproduce
  const worst = Math.min(...payoff);
  const floor = 0.01 * (p.b + p.c) * p.roundsPerGen + 1e-9;
  let total = 0;
  const upTo = payoff.map((x) => (total += x - worst + floor));
  pop.strategy = pop.strategy.map((_, c) => {
    if (U(seed, g, c, 0, CH.sciMutate) < p.mutation)
      return Math.floor(U(seed, g, c, 1, CH.sciMutate) * THRESHOLD.length);
    const x = U(seed, g, c, 0, CH.sciParent) * total;
    const parent = upTo.findIndex((sum) => sum > x);
    return pop.strategy[parent < 0 ? n - 1 : parent]!;
  });
  pop.generation = g;
}

/** What a renderer draws: members with their image score as `trustIn` and their gifts as `gives`. */
export const populationFrame = (pop: Population): Frame => scienceFrame(pop.generation, pop.score, pop.gifts, pop.p);
