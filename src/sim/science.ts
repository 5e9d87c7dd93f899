import type { Params, Run } from './types.ts';
export function simulateScience(params: Params, seed: number): Run {
  return { params, seed, byStrategy: {}, cooperation: 0, cooperationByGeneration: [] };
}
