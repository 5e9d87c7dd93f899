import { createState } from './graph.ts';
import { createRecorder, record, results } from './metrics.ts';
import { simulateScience } from './science.ts';
import { createContext } from './state.ts';
import { stepState } from './tick.ts';
import type { Params, Run } from './types.ts';
import { resolveParams } from './validate.ts';

/** Run a whole scenario to params.ticks (or params.generations in science mode) and summarise it. */
export function simulate(partial: Partial<Params>, seed: number): Run {
  const params = resolveParams(partial);
  if (params.model === 'science') return simulateScience(params, seed);
  const ctx = createContext(params, seed);
  const s = createState(ctx);
  const rec = createRecorder(s);
  record(rec, s, ctx);
  while (s.tick < params.ticks) {
    stepState(s, ctx);
    record(rec, s, ctx);
  }
  return { params, seed, byStrategy: results(rec, s, ctx) };
}
