import { layoutNetwork, type NetworkLayout } from '../render/layoutNetwork.ts';
import { clampParams, createSim, presetInfo, presets, resolveParams, simulate } from '../sim/index.ts';
import type { Frame, Params, Run, Sim, StrategyName } from '../sim/types.ts';
import { remember } from './remember.ts';

/** Internal drawing size of the network; the SVG/canvas scales to its box, so every window lays out the same. */
export const NETWORK_SIZE = { width: 560, height: 400 } as const;

/** One (preset, overrides, seed): the model, its full run for the charts and its layout, each made once on demand. */
export interface SimSession {
  readonly key: string;
  readonly params: Params;
  readonly seed: number;
  /** notes for the reader: clamped or ignored values, unknown preset */
  readonly warnings: string[];
  readonly science: boolean;
  /** the run's length on its clock: days for the network model, generations for science (what the counter counts) */
  readonly length: number;
  frameAt(tick: number): Frame;
  run(): Run;
  layout(): NetworkLayout;
}

const RUNS = new Map<string, Run>();

export function paramsFor(preset: string, overrides: Record<string, unknown>): { params: Params; warnings: string[] } {
  const warnings: string[] = [];
  const base = (presets as Record<string, Partial<Params>>)[preset];
  if (!base) warnings.push(`Unknown preset '${preset}': showing the default model.`);
  const clamped = clampParams(overrides);
  warnings.push(...clamped.warnings);
  try {
    return { params: resolveParams({ ...base, ...clamped.params }), warnings };
  } catch (e) {
    // A combination the model refuses must still draw something: fall back to the preset alone.
    warnings.push(`${(e as Error).message.split('\n').slice(1).join(' ')} Using the preset's values.`);
    return { params: resolveParams({ ...base }), warnings };
  }
}

export function createSession(preset: string, overrides: Record<string, unknown>, seed: number): SimSession {
  const { params, warnings } = paramsFor(preset, overrides);
  const key = `${JSON.stringify(params)}#${seed}`;
  const science = params.model === 'science';
  let sim: Sim | undefined;
  let layout: NetworkLayout | undefined;
  const model = () => {
    sim ??= createSim(params, seed);
    return sim;
  };
  return {
    key,
    params,
    seed,
    warnings,
    science,
    length: science ? params.generations : params.ticks,
    frameAt(tick) {
      const s = model();
      const t = Math.max(0, Math.min(params.ticks, Math.round(tick)));
      if (t === s.tick) return s.frame();
      if (t === s.tick + 1) return s.step();
      return s.stateAt(t);
    },
    run: () => remember(RUNS, key, () => simulate(params, seed)),
    layout() {
      // Keyed by the tick-0 graph, not the parameters: moving a trust or timing slider keeps the layout.
      layout ??= layoutNetwork(model().stateAt(0), { ...NETWORK_SIZE, seed });
      return layout;
    },
  };
}

export interface PresetInfo {
  title: string;
  controls: string[];
  strategies: StrategyName[];
}

/** The preset's declared controls and strategies; an unknown preset offers none (it still draws). */
export function presetInfoOf(preset: string): PresetInfo {
  const info = (presetInfo as Record<string, Partial<PresetInfo> | undefined>)[preset];
  return {
    title: info?.title ?? preset,
    controls: [...(info?.controls ?? [])],
    strategies: [...(info?.strategies ?? [])],
  };
}
