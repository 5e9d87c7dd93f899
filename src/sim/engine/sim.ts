import { clampTick } from '../runLength.ts';
import type { Frame, ResolvedParams, Sim } from '../types.ts';
import { buildFrame } from './frame.ts';
import { createState } from './graph.ts';
import { hashState } from './hash.ts';
import { createScienceSim } from './science-sim.ts';
import { cloneState, createContext, type State } from './state.ts';
import { stepState } from './tick.ts';

/** Checkpoint spacing: seeking back costs one clone plus at most this many ticks. */
const EVERY = 10;

/**
 * A live, steppable run: one instance per widget, no shared state. Seeking backwards restores the nearest
 * checkpoint at or before the target and steps forward, so `stateAt(t)` equals stepping from 0 to t.
 * Seeking moves the run: after `stateAt(t)`, `tick` is t and `step()` continues from there. Takes parameters resolved
 * once by `resolveParams` (../README.md, "A parameter's way"); raw ones come in through ../entry.ts.
 */
export function createSim(params: ResolvedParams, seed: number): Sim {
  if (params.model === 'science') return createScienceSim(params, seed);
  const ctx = createContext(params, seed);
  let state: State = createState(ctx);
  const checkpoints: State[] = [cloneState(state)];
  const advance = (): void => {
    stepState(state, ctx);
    if (state.tick % EVERY === 0 && checkpoints.length === state.tick / EVERY) checkpoints.push(cloneState(state));
  };
  const frame = (): Frame => buildFrame(state, ctx);
  return {
    params,
    seed,
    get tick() {
      return state.tick;
    },
    step() {
      if (state.tick < params.ticks) advance();
      return frame();
    },
    stateAt(t: number) {
      const target = clampTick(Number.isFinite(t) ? t : 0, params.ticks);
      if (target < state.tick) {
        const k = Math.min(Math.floor(target / EVERY), checkpoints.length - 1);
        state = cloneState(checkpoints[k]!);
      }
      while (state.tick < target) advance();
      return frame();
    },
    frame,
    hash: () => hashState(state),
  };
}
