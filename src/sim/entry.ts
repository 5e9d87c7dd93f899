import { createSim as createResolvedSim } from './engine/sim.ts';
import { type RunWithFrames, type SimulateOptions, simulate as simulateResolved } from './engine/simulate.ts';
import { runLength } from './runLength.ts';
import type { RawParams, Run, Sim } from './types.ts';
import { resolveParams } from './validate.ts';

/*
 * The model's API for raw parameters (the bench, the tests, a build script, a bet's variant runs): each function
 * resolves here, once, and hands the engine the resolved set. The kit's own path resolves in its session
 * (widgets/simSession.ts) and calls the engine's entry points for resolved sets (createResolvedSim,
 * simulateResolved): RawParams refuses a resolved set, so nothing is resolved twice.
 */

/** A live, steppable run of raw parameters (the engine's `createSim`, after one `resolveParams`). */
export function createSim(params: RawParams, seed: number): Sim {
  return createResolvedSim(resolveParams(params), seed);
}

/** A whole run of raw parameters, summarised (the engine's `simulate`, after one `resolveParams`). */
export function simulate(params: RawParams, seed: number): Run;
export function simulate(params: RawParams, seed: number, opts: SimulateOptions): RunWithFrames;
export function simulate(params: RawParams, seed: number, opts: SimulateOptions = {}): RunWithFrames {
  return simulateResolved(resolveParams(params), seed, opts);
}

/**
 * Hashes of the state at ticks 0..ticks (by default, to the run's end): the same list in Node and in a browser means
 * the same run.
 */
export function runHashes(params: RawParams, seed: number, ticks?: number): string[] {
  const sim = createSim(params, seed);
  const length = runLength(sim.params);
  const end = Math.min(ticks ?? length, length);
  const out = [sim.hash()];
  while (sim.tick < end) {
    sim.step();
    out.push(sim.hash());
  }
  return out;
}
