import type { ParamSpec, Params } from './types.ts';

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

/** Parameters that name a day of the network model's run: moving day, the lapsed newcomers' stop, the late start. */
const DAY_PARAMS: ReadonlySet<ParamSpec['name']> = new Set(['tShock', 'tStop', 'lead']);

/**
 * A slider's top for this parameter in this run: the schema's max, or, for a day of the run, the run's last day if
 * that comes sooner (a moving day after the end would show nothing). Days are the network model's `ticks` (science
 * mode has no days), so this is `ticks`, not `runLength`. Every slider (the widget's, the speaker console's) asks here.
 */
export function sliderMax(name: ParamSpec['name'], schemaMax: number, params: Pick<Params, 'ticks'>): number {
  return DAY_PARAMS.has(name) ? Math.min(schemaMax, params.ticks) : schemaMax;
}
