/// <reference lib="webworker" />
import { simulateResolved } from '../sim/index.ts';
import type { ResolvedParams } from '../sim/types.ts';
import { packFrame } from './packFrame.ts';

/**
 * One request: a whole run, and the frames at these ticks packed as typed arrays. The parameters were resolved once,
 * on the page (the session's); structured cloning carries their values, and the type says so, so none is resolved
 * here again.
 */
export interface RunRequest {
  params: ResolvedParams;
  seed: number;
  framesAt: number[];
}

/**
 * The model off the main thread (loaded by runOffThread as an inline worker). It runs the same pure, seeded code as
 * the page, so the run and frames are the page's own, bit for bit; only the thread differs. One worker per run: Stop
 * terminates it, which is the only way to end a synchronous run early.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<RunRequest>) => {
  const { params, seed, framesAt } = e.data;
  const { frames, frame: _frame, ...run } = simulateResolved(params, seed, { framesAt });
  const packed = (frames ?? []).map(packFrame);
  scope.postMessage(
    { run, frames: packed },
    packed.flatMap((p) => [p.agents.buffer, p.edges.buffer, p.events.buffer]),
  );
};
