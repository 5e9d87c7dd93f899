import { clampTick, runLength } from '../runLength.ts';
import type { Frame, Params, Sim } from '../types.ts';
import { resolveParams } from '../validate.ts';
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
 * Seeking moves the run: after `stateAt(t)`, `tick` is t and `step()` continues from there.
 */
export function createSim(partial: Partial<Params>, seed: number): Sim {
  const params = resolveParams(partial);
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

/**
 * Hashes of the state at ticks 0..ticks (by default, to the run's end): the same list in Node and in a browser means
 * the same run.
 */
export function runHashes(partial: Partial<Params>, seed: number, ticks?: number): string[] {
  const sim = createSim(partial, seed);
  const length = runLength(sim.params);
  const end = Math.min(ticks ?? length, length);
  const out = [sim.hash()];
  while (sim.tick < end) {
    sim.step();
    out.push(sim.hash());
  }
  return out;
}
