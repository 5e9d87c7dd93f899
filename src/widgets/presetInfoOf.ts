import { presetInfo } from '../sim/index.ts';
import type { StrategyName } from '../sim/types.ts';

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
