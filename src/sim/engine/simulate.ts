import { clampTick, runLength } from '../runLength.ts';
import type { Frame, ResolvedParams, Run } from '../types.ts';
import { buildFrame } from './frame.ts';
import { createState } from './graph.ts';
import { createRecorder, record, results } from './metrics.ts';
import { simulateScience } from './science.ts';
import { createScienceSim } from './science-sim.ts';
import { createContext } from './state.ts';
import { stepState } from './tick.ts';

/** Frames to pick up on the way through a run, so a printed figure needs one pass instead of a run plus a replay. */
export interface SimulateOptions {
  /** the frame at this tick (clamped like `Sim.stateAt`) comes back as `frame` */
  frameAt?: number;
  /** the frames at these ticks (clamped likewise) come back as `frames`, in the same order */
  framesAt?: readonly number[];
}

/** A run plus the frames asked for: each equal to `createSim(params, seed).stateAt(tick)`. */
export interface RunWithFrames extends Run {
  frame?: Frame;
  frames?: Frame[];
}

/**
 * Run a whole scenario to params.ticks (or params.generations in science mode) and summarise it. Takes parameters
 * resolved once by `resolveParams` (../README.md, "A parameter's way"); raw ones come in through ../entry.ts.
 */
export function simulate(params: ResolvedParams, seed: number): Run;
export function simulate(params: ResolvedParams, seed: number, opts: SimulateOptions): RunWithFrames;
export function simulate(params: ResolvedParams, seed: number, opts: SimulateOptions = {}): RunWithFrames {
  const science = params.model === 'science';
  const end = runLength(params);
  const wanted = [...(opts.framesAt ?? []), ...(opts.frameAt === undefined ? [] : [opts.frameAt])].map((t) =>
    clampTick(Number.isFinite(t) ? t : 0, end),
  );
  const at = new Map<number, Frame>();
  let run: Run;
  if (science) {
    // science runs are cheap and their frames are built by the steppable version: a replay is fine here
    run = simulateScience(params, seed);
    const sim = createScienceSim(params, seed);
    for (const t of [...new Set(wanted)].sort((a, b) => a - b)) at.set(t, sim.stateAt(t));
  } else {
    const ctx = createContext(params, seed);
    const s = createState(ctx);
    const rec = createRecorder(s);
    const pick = new Set(wanted);
    record(rec, s, ctx);
    if (pick.has(0)) at.set(0, buildFrame(s, ctx));
    while (s.tick < params.ticks) {
      stepState(s, ctx);
      record(rec, s, ctx);
      if (pick.has(s.tick)) at.set(s.tick, buildFrame(s, ctx));
    }
    run = { params, seed, byStrategy: results(rec, s, ctx) };
  }
  const out: RunWithFrames = run;
  if (opts.frameAt !== undefined) out.frame = at.get(wanted[wanted.length - 1]!)!;
  if (opts.framesAt) out.frames = opts.framesAt.map((_, k) => at.get(wanted[k]!)!);
  return out;
}
