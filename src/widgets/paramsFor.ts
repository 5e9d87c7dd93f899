import { clampParams, presets, resolveParams } from '../sim/index.ts';
import type { Params, ResolvedParams } from '../sim/types.ts';

/**
 * The one resolve on a parameter's way to the pixels (src/sim/README.md, "A parameter's way"): the preset, under the
 * overrides read forgivingly (clamped, unknown names dropped, each with a note), checked and merged with the defaults
 * by `resolveParams`. What comes out is `ResolvedParams`, which the engine takes as it is.
 */
export function paramsFor(
  preset: string,
  overrides: Record<string, unknown>,
): { params: ResolvedParams; warnings: string[] } {
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
