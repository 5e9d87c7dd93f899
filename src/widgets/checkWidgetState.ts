import type { Messages } from '../i18n/index.ts';
import {
  type BudgetCheck,
  budgetMessage,
  checkPageBudget,
  clampTick,
  type Params,
  runLength,
  validateParams,
} from '../sim/index.ts';
import { textOverrides } from './initialState.ts';
import { paramLabel } from './paramLabel.ts';
import { paramsFor } from './paramsFor.ts';
import type { SimSpec } from './simSpec.ts';
import { SPEEDS, type WidgetState } from './types.ts';

/** The largest seed anywhere (a slide block's, the address's, the seed box's): an unsigned 32-bit word. */
export const MAX_SEED = 4294967295;

export interface CheckedState {
  /** the fields that passed, numbers in range (tick within the run's own length) */
  state: Partial<WidgetState>;
  /** one note per field dropped or changed, for the widget's notice */
  warnings: string[];
  /** whether anything was dropped or changed (a message from another window is then dropped whole) */
  changed: boolean;
  /** the parameters were refused as over the page's work budget: the check, for a note in the page's language */
  overBudget?: BudgetCheck;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown): string => (typeof v === 'string' ? `'${v.slice(0, 40)}'` : String(v).slice(0, 40));

/**
 * One check for every number that reaches the model or the screen, whoever sends it: the address (read by
 * simStateFromUrl), another window (createSimLink), a saved state. Each value must be finite and in range; the tick
 * is clamped to the run's own length; the parameters must be valid by the sim's schema and, together with the
 * slide's, fit the page's work budget (src/sim/cost.ts) — a run that would freeze the page is refused with a note,
 * not clamped to another that still freezes it. `from` names the sender in the notes ("the address").
 */
export function checkWidgetState(block: SimSpec, input: unknown, from: string): CheckedState {
  const warnings: string[] = [];
  const state: Partial<WidgetState> = {};
  let overBudget: BudgetCheck | undefined;
  if (!isRecord(input))
    return { state, warnings: [`Ignored a simulation state from ${from}: not an object.`], changed: true };
  const drop = (name: string, value: unknown, why: string) =>
    warnings.push(`Ignored ${name} ${shown(value)} from ${from}: ${why}.`);

  if ('preset' in input && input.preset !== block.preset)
    drop('preset', input.preset, `this slide shows '${block.preset}'`);
  if ('id' in input && input.id !== block.id) drop('id', input.id, `this simulation is '${block.id}'`);

  const blockNumbers = Object.fromEntries(
    Object.entries(block.overrides).filter((e): e is [string, number] => typeof e[1] === 'number'),
  );
  /** the candidate's parameters, resolved to check its budget: kept for the tick's run length if accepted */
  let accepted: Params | undefined;
  if ('overrides' in input) {
    if (!isRecord(input.overrides)) drop('parameters', input.overrides, 'not a list of parameters');
    else {
      const { params, errors } = validateParams(input.overrides);
      for (const e of errors) warnings.push(`Ignored from ${from}: ${e.message}`);
      const numbers = Object.entries(params).filter((e): e is [string, number] => typeof e[1] === 'number');
      for (const [name] of Object.entries(params).filter((e) => typeof e[1] !== 'number')) {
        drop(name, (params as Record<string, unknown>)[name], 'only numbers can be changed there');
      }
      const overrides = Object.fromEntries(numbers);
      const merged = paramsFor(block.preset, { ...textOverrides(block), ...blockNumbers, ...overrides }).params;
      // the run's computing (a worker's) and one frame's stepping and drawing (the page's own thread)
      const budget = checkPageBudget(merged);
      if (budget.ok) {
        state.overrides = overrides;
        accepted = merged;
      } else {
        overBudget = budget;
        warnings.push(`Ignored the parameters from ${from}: ${budgetMessage(budget, 'this page')}`);
      }
    }
  }

  const whole = (name: string, value: unknown, max: number): number | undefined => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return void drop(name, value, 'not a finite number');
    if (value < 0) return void drop(name, value, 'negative');
    if (!Number.isInteger(value)) return void drop(name, value, 'not a whole number');
    if (value > max) return void drop(name, value, `above ${max}`);
    return value;
  };
  if ('tick' in input) {
    // only a tick needs the run's length: a state without one (a slide's own, first shown) resolves nothing here
    const end = runLength(accepted ?? paramsFor(block.preset, { ...textOverrides(block), ...blockNumbers }).params);
    const t = whole('tick', input.tick, Number.MAX_SAFE_INTEGER);
    if (t !== undefined && t > end) warnings.push(`Tick ${t} from ${from} is past the run's end: showing tick ${end}.`);
    if (t !== undefined) state.tick = clampTick(t, end);
  }
  if ('seed' in input) {
    const s = whole('seed', input.seed, MAX_SEED);
    if (s !== undefined) state.seed = s;
  }
  if ('speed' in input) {
    const s = input.speed;
    if ((SPEEDS as readonly unknown[]).includes(s)) state.speed = s as number;
    else drop('speed', s, `use one of ${SPEEDS.join(', ')}`);
  }
  if ('playing' in input) {
    if (typeof input.playing === 'boolean') state.playing = input.playing;
    else drop('playing', input.playing, 'not true or false');
  }
  return { state, warnings, changed: warnings.length > 0, ...(overBudget && { overBudget }) };
}

/** A run the controls asked for that is over the page's budget, in the page's language: what fits instead. */
export function budgetNote(m: Messages, check: BudgetCheck): string {
  const seconds = { estimate: check.estimate / 1000, budget: check.budget / 1000 };
  const param = check.largest && paramLabel(m, { name: check.largest.name });
  if (check.kind === 'frame') {
    const ms = { estimate: Math.round(check.estimate), budget: check.budget };
    return check.largest
      ? m.simRefusedFrameFits({ ...ms, param: param!, value: check.largest.value })
      : m.simRefusedFrameTooBig(ms);
  }
  if (!check.largest) return m.simRefusedTooBig(seconds);
  return m.simRefusedFits({ ...seconds, param: param!, value: check.largest.value });
}
