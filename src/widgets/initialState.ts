import type { SimSpec } from './simSpec.ts';
import { DEFAULT_SPEED, type WidgetState } from './types.ts';

/** A slide's text overrides (enum parameters such as `model`): fixed by the slide, never changed by controls. */
export function textOverrides(block: SimSpec): Record<string, string> {
  return Object.fromEntries(
    Object.entries(block.overrides).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** The slide's own state, under whatever a URL or another window asked for. */
export function initialState(block: SimSpec, initial: Partial<WidgetState> = {}): WidgetState {
  const numbers = Object.fromEntries(
    Object.entries(block.overrides).filter((e): e is [string, number] => typeof e[1] === 'number'),
  );
  return {
    id: block.id,
    preset: block.preset,
    seed: block.seed,
    tick: 0,
    playing: false,
    speed: DEFAULT_SPEED,
    ...initial,
    overrides: { ...numbers, ...initial.overrides },
  };
}
