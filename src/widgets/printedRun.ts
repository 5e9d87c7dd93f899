import { layoutNetwork, type NetworkLayout } from '../render/layoutNetwork.ts';
import { clampTick, simulateResolved } from '../sim/index.ts';
import type { Frame, Run } from '../sim/types.ts';
import { createSession, NETWORK_SIZE } from './simSession.ts';
import type { SimSpec } from './simSpec.ts';

/**
 * Everything a printed figure draws: the run (chart, caption), the network at the printed tick and its layout. A
 * pure function of (block, tick). The build ships the figure itself as markup (scripts/builtFiguresPlugin.ts), so
 * this is made in a page only where the build's markup is missing (dev server, tests, the single file).
 */
export interface PrintedRun {
  tick: number;
  /** the whole run, without frames */
  run: Run;
  /** the network at `tick` and its layout; absent for a chart alone and for the science model */
  frame?: Frame;
  layout?: NetworkLayout;
}

/** The tick a block prints at: `tick`, else its printTick, else the end of the run, within the run. */
export function printedTick(ticks: number, block: SimSpec, tick?: number): number {
  return clampTick(tick ?? block.printTick ?? ticks, ticks);
}

export function makePrintedRun(block: SimSpec, tick?: number): PrintedRun {
  const s = createSession(block.preset, block.overrides, block.seed);
  const t = printedTick(s.params.ticks, block, tick);
  if (s.science || block.view === 'chart') return { tick: t, run: s.run() };
  const { frames, ...run } = simulateResolved(s.params, s.seed, { framesAt: [t, 0] });
  // the same layout (and cache entry) as the live session's: made from the tick-0 graph with the session's size
  const layout = layoutNetwork(frames![1]!, { ...NETWORK_SIZE, seed: s.seed });
  return { tick: t, run, frame: frames![0]!, layout };
}
