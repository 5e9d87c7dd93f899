import { presets } from './presets.ts';
import type { Params } from './types.ts';

/**
 * The runs whose per-tick hashes (see `runHashes`) must be identical in Node and in real Chromium. Shared here so the
 * Node test and the browser test compare exactly the same cases.
 */
export const determinismCases: readonly { name: string; params: Partial<Params>; seed: number; ticks: number }[] = [
  { name: 'default', params: {}, seed: 1, ticks: 200 },
  { name: 'moving-day lead 25', params: { ...presets['moving-day'], lead: 25 }, seed: 7, ticks: 200 },
  { name: 'science', params: { ...presets.science, generations: 20 }, seed: 2, ticks: 20 },
];
