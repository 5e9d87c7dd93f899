import { clampParams, paramSchema } from '../sim/index.ts';
import { MAX_SEED } from './checkWidgetState.ts';
import { DEFAULT_SPEED, SPEEDS, type WidgetState } from './types.ts';

const PARAM_NAMES = new Set(paramSchema.map((s) => s.name as string));
const CLOCK_KEYS = ['tick', 'seed', 'speed'] as const;
/** a value as a note shows it: an address can hold megabytes */
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/**
 * A simulation's place in the page address, in one of two forms (see README):
 * `?sim=ID&tick=120&seed=3&lead=25` (one simulation, short), or `?ID.tick=120&ID.lead=25` (several on one page).
 * The address is read once, by views/shared/kitQuery.ts, which hands each simulation its keys (`raw`); their values
 * are read here forgivingly: nonsense is clamped or dropped with a note, never a blank widget. The widget then checks
 * what was read against the slide's run (checkWidgetState: the tick within the run, the page's work budget).
 */
export function simStateFromQuery(raw: ReadonlyMap<string, string> = new Map()): {
  state: Partial<WidgetState>;
  warnings: string[];
} {
  const state: Partial<WidgetState> = {};
  const warnings: string[] = [];
  const whole = (name: string, value: string, max: number): number | undefined => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) {
      warnings.push(`Ignored ${name} '${shown(value)}' from the address: not a number.`);
      return undefined;
    }
    const v = Math.min(max, Math.max(0, Math.round(n)));
    if (v !== n) warnings.push(`${name} '${shown(value)}' from the address was read as ${v}.`);
    return v;
  };
  const overrides: [string, string][] = [];
  for (const [key, value] of raw) {
    if (key === 'tick') {
      const t = whole('tick', value, Number.MAX_SAFE_INTEGER);
      if (t !== undefined) state.tick = t;
    } else if (key === 'seed') {
      const s = whole('seed', value, MAX_SEED);
      if (s !== undefined) state.seed = s;
    } else if (key === 'speed') {
      const s = whole('speed', value, 1000);
      if (s !== undefined) state.speed = nearestSpeed(s);
      if (s !== undefined && state.speed !== s)
        warnings.push(`speed ${s} from the address was read as ${state.speed}.`);
    } else if (key.length > 40) {
      // not a parameter's name (the longest is 15 letters); too long to look for a near one
      warnings.push(`Ignored '${shown(key)}' from the address: no parameter has that name.`);
    } else overrides.push([key, value]);
  }
  // own properties, also for '__proto__' and 'constructor' (unknown names, reported by clampParams)
  const clamped = clampParams(Object.fromEntries(overrides));
  warnings.push(...clamped.warnings.map((w) => `From the address: ${w}`));
  const numeric = Object.entries(clamped.params).filter((e): e is [string, number] => typeof e[1] === 'number');
  for (const [name] of Object.entries(clamped.params).filter((e) => typeof e[1] !== 'number')) {
    warnings.push(`Ignored ${name} from the address: only numbers can be changed there.`);
  }
  if (numeric.length > 0) state.overrides = Object.fromEntries(numeric);
  return { state, warnings };
}

/** Writes `state` into `search` in the scoped form (other simulations' and the page's keys are kept). */
export function simStateToUrl(state: WidgetState, search = ''): string {
  const query = new URLSearchParams(search);
  for (const key of [...query.keys()]) if (key.startsWith(`${state.id}.`)) query.delete(key);
  if (query.get('sim') === state.id) {
    query.delete('sim');
    for (const key of [...query.keys()])
      if (PARAM_NAMES.has(key) || (CLOCK_KEYS as readonly string[]).includes(key)) query.delete(key);
  }
  query.set(`${state.id}.tick`, String(state.tick));
  query.set(`${state.id}.seed`, String(state.seed));
  if (state.speed !== DEFAULT_SPEED) query.set(`${state.id}.speed`, String(state.speed));
  for (const [name, value] of Object.entries(state.overrides)) query.set(`${state.id}.${name}`, String(value));
  return `?${query.toString()}`;
}

function nearestSpeed(s: number): number {
  return SPEEDS.reduce((best, v) => (Math.abs(v - s) < Math.abs(best - s) ? v : best), SPEEDS[0] as number);
}
