import { layoutNetwork, type NetworkLayout } from '../render/layoutNetwork.ts';
import { clampTick, createResolvedSim, estimateCost, runLength, simulateResolved } from '../sim/index.ts';
import type { Frame, ResolvedParams, Run, Sim } from '../sim/types.ts';
import { textOverrides } from './initialState.ts';
import { paramsFor } from './paramsFor.ts';
import { remember } from './remember.ts';
import { RunStopped } from './runStopped.ts';
import { shippedLayout } from './shippedLayout.ts';
import type { SimSpec } from './simSpec.ts';
import type { WidgetState } from './types.ts';

/** Internal drawing size of the network; the SVG/canvas scales to its box, so every window lays out the same. */
export const NETWORK_SIZE = { width: 560, height: 400 } as const;

/** One (preset, overrides, seed): the model, its full run for the charts and its layout, each made once on demand. */
export interface SimSession {
  readonly key: string;
  readonly params: ResolvedParams;
  readonly seed: number;
  /** notes for the reader: clamped or ignored values, unknown preset */
  readonly warnings: string[];
  readonly science: boolean;
  /** the run's length on its clock: days for the network model, generations for science (what the counter counts) */
  readonly length: number;
  /** the run's estimated cost (src/sim/cost.ts), in ms of this kind of machine */
  readonly cost: number;
  /** over OFF_THREAD_MS: its run is made in a Web Worker (`prepare`), with "computing…" and Stop on screen */
  readonly big: boolean;
  frameAt(tick: number): Frame;
  /**
   * Whether run() returns at once and a drawing (at `tick`, if given) finds the rest made: prepared, or cheap enough
   * to make on the spot. A big run's model more than STEPS_IN_A_FRAME behind `tick` is not: prepare() steps it there.
   * `network` false: the figure is a chart alone, which draws the run only (no model on the page to wait for).
   */
  ready(tick?: number, network?: boolean): boolean;
  /**
   * Makes the run: a big one by `offThread` (the widget passes runOffThread's Web Worker; this module does not import
   * it, so the build's figure plugin can load the session in Node), with its network layout unless the build shipped
   * one, then the model on this page stepped to `tick` in slices; a small one here. Aborting `signal` stops it
   * (rejects with RunStopped). `network` false: the figure is a chart alone, and no layout is made.
   */
  prepare(offThread: OffThread, signal?: AbortSignal, tick?: number, network?: boolean): Promise<void>;
  run(): Run;
  layout(): NetworkLayout;
}

const RUNS = new Map<string, Run>();
/** layouts a worker made, by session key: another session of the same run (prepareSimulation's, then the widget's) finds it */
const LAYOUTS = new Map<string, NetworkLayout>();

/**
 * Stepping the model to the shown tick, on the page, in slices of about this long: a tick of the biggest community
 * the page allows is ~5-20 ms, so a far tick from the address is many slices, each well inside the page's ~100 ms.
 */
const STEP_SLICE_MS = 30;
/**
 * A drawing steps a big run's model this many ticks at most (a seek back restores a checkpoint at most 9 ticks
 * behind): a seek further ahead waits for prepare() instead, which steps in slices. Playing moves a tick or two a frame.
 */
const STEPS_IN_A_FRAME = 10;

/** A pause between two slices of work (a macrotask: input and frames come in between); Stop ends it. */
const slice = (signal?: AbortSignal) => (): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) reject(new RunStopped());
    else setTimeout(resolve, 0);
  });

/**
 * Makes a whole run somewhere else (a Web Worker), the same run `simulate(params, seed)` makes; with `layout` (a
 * drawing size), also the layout `layoutNetwork` makes of the run's tick-0 graph at that size and the run's seed.
 */
export type OffThread = (
  params: ResolvedParams,
  seed: number,
  signal?: AbortSignal,
  layout?: { width: number; height: number },
) => Promise<{ run: Run; layout?: NetworkLayout }>;

/**
 * A run estimated over this is made in a Web Worker, never on the page's thread: the page must not block for more
 * than ~100 ms at a time (issue 20's work budget). Smaller runs stay synchronous: they are done before a worker
 * would have started (starting one costs a few tens of ms), so the first frame stays prompt.
 */
export const OFF_THREAD_MS = 100;

export function createSession(preset: string, overrides: Record<string, unknown>, seed: number): SimSession {
  const { params, warnings } = paramsFor(preset, overrides);
  const key = `${JSON.stringify(params)}#${seed}`;
  const science = params.model === 'science';
  const length = runLength(params);
  const cost = estimateCost(params);
  const big = cost > OFF_THREAD_MS;
  let sim: Sim | undefined;
  let layout: NetworkLayout | undefined;
  /** a big one's prepare() has finished: run, layout and model are made */
  let prepared = false;
  let built: boolean | undefined;
  /** the build shipped this run's layout: a deck's own block, whose ~110 people cost the page nothing to model */
  const shipped = () => {
    built ??= !science && shippedLayout(key, NETWORK_SIZE) !== undefined;
    return built;
  };
  const model = () => {
    sim ??= createResolvedSim(params, seed);
    return sim;
  };
  return {
    key,
    params,
    seed,
    warnings,
    science,
    length,
    cost,
    big,
    ready(tick, network = true) {
      if (!big) return true;
      if (!RUNS.has(key)) return false;
      // the science mode and a chart alone draw the run only; the deck's own blocks (primed ahead in idle time, issue
      // 19) model their ~110 people on the spot, as before (a chart-only slide waited ~160 ms for a model it never
      // drew, measured as its first frame)
      if (science || !network || shipped()) return true;
      // a big run from an address or a control: once prepare() has made its model, and stepped it near `tick`
      if (!prepared || !sim) return false;
      return tick === undefined || clampTick(tick, length) - sim.tick <= STEPS_IN_A_FRAME;
    },
    async prepare(offThread, signal, tick = 0, network = true) {
      if (!big) return void this.run();
      // A big community's layout is long too (d3-force over the ~1,200 members the page budget allows: its first
      // tick alone was a task of 140-290 ms on the page, issue 20): the worker makes it with the run. The deck's own
      // blocks have the build's.
      const needsLayout = network && !science && !layout && !LAYOUTS.has(key) && !shipped();
      if (!RUNS.has(key) || needsLayout) {
        const made = await offThread(params, seed, signal, needsLayout ? NETWORK_SIZE : undefined);
        remember(RUNS, key, () => made.run);
        if (made.layout) remember(LAYOUTS, key, () => made.layout!);
      }
      // The frames are the model's on this page (stepped live as the run plays). Its first state for ~1,200 people
      // (40-90 ms) and the steps to a far tick are made here, each between pauses, not in the first drawing's task;
      // a deck's own block (~110 people) leaves its model to the first drawing, as before.
      if (science || !network || shipped()) {
        prepared = true;
        return;
      }
      const pause = slice(signal);
      if (!sim) {
        await pause();
        model();
        // The first step on this thread runs cold code (the worker compiled its own): at 478 people it was ~70 ms of
        // the first frame of Play, against a few ms warm. A throwaway copy of the model takes that step here, in
        // tasks of its own; the session's model is untouched.
        await pause();
        const warm = createResolvedSim(params, seed);
        await pause();
        warm.step();
        await pause();
      }
      const s = model();
      const t = clampTick(tick, length);
      for (let k = 1; s.tick < t; ) {
        const start = performance.now();
        s.stateAt(Math.min(t, s.tick + k));
        // as many ticks next time as fit in a slice, by the last one's pace
        k = Math.max(1, Math.floor((k * STEP_SLICE_MS) / Math.max(1, performance.now() - start)));
        await pause();
      }
      prepared = true;
    },
    frameAt(tick) {
      const s = model();
      const t = clampTick(tick, length);
      if (t === s.tick) return s.frame();
      if (t === s.tick + 1) return s.step();
      return s.stateAt(t);
    },
    run: () => remember(RUNS, key, () => simulateResolved(params, seed)),
    layout() {
      // The build's, for the deck's own blocks; else keyed by the tick-0 graph, not the parameters: moving a trust or
      // timing slider keeps the layout.
      layout ??=
        shippedLayout(key, NETWORK_SIZE) ??
        LAYOUTS.get(key) ??
        layoutNetwork(model().stateAt(0), { ...NETWORK_SIZE, seed });
      return layout;
    },
  };
}

/**
 * The session for a widget's state: the slide's text overrides (e.g. `model`, never changed by controls) under the
 * state's numbers. The one way from a state to a run, for the widget and for any view that wants its numbers (the
 * reading view's bet outcome asks this, not the model; the cached run is the widget's own).
 */
export function sessionFor(spec: SimSpec, state: Pick<WidgetState, 'preset' | 'overrides' | 'seed'>): SimSession {
  return createSession(state.preset, { ...textOverrides(spec), ...state.overrides }, state.seed);
}
