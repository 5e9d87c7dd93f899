import { prepareLayout } from '../render/layoutNetwork.ts';
import { createResolvedSim } from '../sim/index.ts';
import { checkWidgetState } from './checkWidgetState.ts';
import { initialState, textOverrides } from './initialState.ts';
import { shippedLayout } from './shippedLayout.ts';
import { createSession, NETWORK_SIZE } from './simSession.ts';
import type { SimSpec } from './simSpec.ts';
import type { WidgetState } from './types.ts';
import { workerRun } from './workerRun.ts';

/**
 * Does ahead of need, between pauses, the work a simulation's first frame costs: its network layout (in slices) and
 * its whole run for the chart. Both land in the memos the widget reads (layoutNetwork's and the session's runs), with
 * the same inputs the widget will use (the slide's block under the address's state), so the widget draws the same
 * frame, only sooner. A state that differs by then (another window, a slider) finds no memo and computes as before.
 */
export async function prepareSimulation(
  block: SimSpec,
  initial: Partial<WidgetState>,
  pause: () => Promise<void>,
): Promise<void> {
  const state = initialState(block, checkWidgetState(block, initial, 'the address').state);
  const session = createSession(state.preset, { ...textOverrides(block), ...state.overrides }, state.seed);
  await pause();
  // the session's own layout() is the build's, or keyed by this tick-0 graph, size and seed; a big run's is made in
  // the worker with the run (its first slice here was a long task: issue 20's page budget); a chart alone has none
  const network = block.view !== 'chart';
  if (network && !session.science && !session.big && !shippedLayout(session.key, NETWORK_SIZE))
    await prepareLayout(
      createResolvedSim(session.params, session.seed).stateAt(0),
      { ...NETWORK_SIZE, seed: session.seed },
      pause,
    );
  await pause();
  // a big run is made in the worker, as the widget would (a run on this thread is one long task, idle time or not)
  if (session.big && typeof Worker === 'function')
    await session.prepare(workerRun, undefined, 0, network).catch(() => undefined);
  else session.run();
}
