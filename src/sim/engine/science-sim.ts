import { clampTick } from '../runLength.ts';
import { scienceFrame } from '../scienceFrame.ts';
import type { Frame, ResolvedParams, Sim } from '../types.ts';
import { createHasher } from './hash.ts';
import { createScienceState, type ScienceState, stepGeneration } from './science.ts';

/**
 * Science mode as a steppable Sim: one step is one generation. Frames are minimal (../scienceFrame.ts).
 */
export function createScienceSim(params: ResolvedParams, seed: number): Sim {
  let st: ScienceState = createScienceState(params, seed);
  const frame = (): Frame => scienceFrame(st.generation, st.score, st.gifts, params);
  return {
    params,
    seed,
    get tick() {
      return st.generation;
    },
    step() {
      if (st.generation < params.generations) stepGeneration(st, params, seed);
      return frame();
    },
    stateAt(t: number) {
      const target = clampTick(Number.isFinite(t) ? t : 0, params.generations);
      if (target < st.generation) st = createScienceState(params, seed);
      while (st.generation < target) stepGeneration(st, params, seed);
      return frame();
    },
    frame,
    hash() {
      const h = createHasher();
      h.word(st.generation);
      for (const k of st.strategy) h.word(k);
      for (const c of st.cooperationByGeneration) h.float(c);
      return h.digest();
    },
  };
}
