import { layoutNetwork } from '../render/layoutNetwork.ts';
import { createResolvedSim, simulateResolved } from '../sim/index.ts';
import type { ResolvedParams, Run } from '../sim/types.ts';
import { type PackedFrame, packFrame } from './packFrame.ts';
import { type PackedLayout, packLayout } from './packLayout.ts';

/**
 * One request: a whole run, the frames at these ticks packed as typed arrays, and (when `layout` gives a drawing
 * size) the network layout of the run's tick-0 graph. The parameters were resolved once, on the page (the
 * session's); structured cloning carries their values, and the type says so, so none is resolved here again.
 */
export interface RunRequest {
  params: ResolvedParams;
  seed: number;
  framesAt: number[];
  layout?: { width: number; height: number };
}

export interface RunAnswer {
  run: Run;
  frames: PackedFrame[];
  layout?: PackedLayout;
}

/**
 * What the worker computes for a request (simWorker.ts posts it): a plain function, so a unit test can compare it
 * with what the page computes. The layout is the one the session would make on the page, `layoutNetwork` of the
 * tick-0 frame at the session's size and seed: a big community's force layout is a long task (the first tick over
 * ~1,200 members took 140-290 ms on this machine, issue 20's page budget), so it is made here with the run.
 */
export function answerRun({ params, seed, framesAt, layout }: RunRequest): RunAnswer {
  const { frames, frame: _frame, ...run } = simulateResolved(params, seed, { framesAt });
  const packed = (frames ?? []).map(packFrame);
  if (!layout || params.model === 'science') return { run, frames: packed };
  const start = createResolvedSim(params, seed).stateAt(0);
  return { run, frames: packed, layout: packLayout(layoutNetwork(start, { ...layout, seed })) };
}
