import type { Params } from './types.ts';

/**
 * A run's length on its own clock: days (`ticks`) for the network model, `generations` for the science mode. Every
 * counter, timeline, frame and tick check uses this one number, so the two models look the same from outside.
 */
export function runLength(params: Pick<Params, 'model' | 'ticks' | 'generations'>): number {
  return params.model === 'science' ? params.generations : params.ticks;
}

/** The one tick clamp: a whole tick in 0..length (NaN and ±Infinity go to 0 and the end as a slider would). */
export function clampTick(tick: number, length: number): number {
  if (Number.isNaN(tick)) return 0;
  return Math.max(0, Math.min(length, Math.round(tick)));
}
