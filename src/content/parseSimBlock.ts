import {
  BUILD_BUDGET_MS,
  budgetMessage,
  checkBudget,
  defaultParams,
  type Params,
  paramSchema,
  presetNames,
  presets,
  suggestName,
  validateParams,
} from '../sim/index.ts';
import { clip } from './parseFrontMatter.ts';
import type { SourceLine } from './sourceLines.ts';
import { DeckError, type SimBlock, type SimChart, type SimView } from './types.ts';

const VIEWS: readonly SimView[] = ['network', 'chart', 'both', 'compare'];
const CHARTS: readonly SimChart[] = ['help', 'trust'];
const BLOCK_KEYS = ['preset', 'view', 'seed', 'height', 'tick', 'controls', 'bet', 'choices', 'chart'] as const;
const MAX_SEED = 4294967295;

type Entry = { value: string; line: number };

/**
 * Reads the lines inside a ```sim fence: one `key: value` a line, `#` comments. Block keys (preset, view, chart,
 * seed, height, tick, controls, bet, choices) are checked here; every other key must be a sim parameter and is
 * validated by the sim core on the merged preset + overrides, so the schema stays the one source of ranges.
 * Each error names the line of the offending key and what would have been accepted.
 */
export function parseSimBlock(file: string, fenceLine: number, lines: SourceLine[], id: string): SimBlock {
  const fail = (line: number, detail: string): never => {
    throw new DeckError(file, line, `sim block: ${detail}`);
  };
  const paramNames = paramSchema.map((s) => s.name as string);
  const entries = new Map<string, Entry>();
  for (const { text, line } of lines) {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const colon = trimmed.indexOf(':');
    const key = colon > 0 ? trimmed.slice(0, colon).trim() : '';
    if (!/^[A-Za-z][\w-]*$/.test(key)) fail(line, `expected "key: value", got "${clip(trimmed)}"`);
    if (entries.has(key)) fail(line, `"${key}" is set twice (first on line ${entries.get(key)!.line})`);
    if (!(BLOCK_KEYS as readonly string[]).includes(key) && !paramNames.includes(key)) {
      // Model parameters first: on a tie the earlier candidate wins, and a typo in a sim block is more often a
      // parameter's (`leed` is `lead`, not `seed`).
      const near = suggestName(key, [...paramNames, ...BLOCK_KEYS]);
      fail(line, `"${key}" is not a parameter.${near ? ` Did you mean "${near}"?` : ''}`);
    }
    entries.set(key, { value: trimmed.slice(colon + 1).trim(), line });
  }

  const presetEntry = entries.get('preset') ?? fail(fenceLine, `"preset" is required (one of ${list(presetNames)})`);
  const preset = presetEntry.value;
  if (!Object.hasOwn(presets, preset)) {
    const near = suggestName(preset, presetNames);
    fail(
      presetEntry.line,
      `unknown preset "${clip(preset)}".${near ? ` Did you mean "${near}"?` : ''} Presets: ${list(presetNames)}`,
    );
  }

  const overrides: Record<string, string> = {};
  for (const [key, entry] of entries) if (paramNames.includes(key)) overrides[key] = entry.value;
  const { params, errors } = validateParams({ ...presets[preset], ...overrides });
  for (const issue of errors) {
    const line = entries.get(issue.param)?.line ?? presetEntry.line;
    const near =
      issue.suggestion && !issue.message.includes(issue.suggestion) ? ` Did you mean "${issue.suggestion}"?` : '';
    fail(line, `${issue.message}${near}`);
  }
  // in range is not enough: sizes that are each allowed can together take minutes (the build runs every block)
  const budget = checkBudget({ ...defaultParams, ...params } as Params, BUILD_BUDGET_MS);
  if (!budget.ok) {
    const line = entries.get(budget.largest?.name ?? '')?.line ?? presetEntry.line;
    fail(line, budgetMessage(budget, 'the build'));
  }
  const validOverrides: Record<string, number | string> = {};
  for (const key of Object.keys(overrides)) validOverrides[key] = (params as Record<string, number | string>)[key]!;

  const block: SimBlock = { id, preset, overrides: validOverrides, view: 'both', seed: 1, file, line: fenceLine };
  const view = entries.get('view');
  if (view) {
    if (!(VIEWS as readonly string[]).includes(view.value)) {
      const near = suggestName(view.value, VIEWS);
      fail(
        view.line,
        `view "${clip(view.value)}" is not allowed: use one of ${list(VIEWS)}.${near ? ` Did you mean "${near}"?` : ''}`,
      );
    }
    block.view = view.value as SimView;
  }
  const chart = entries.get('chart');
  if (chart) {
    if (!(CHARTS as readonly string[]).includes(chart.value)) {
      fail(chart.line, `chart "${clip(chart.value)}" is not allowed: use one of ${list(CHARTS)}.`);
    }
    block.chart = chart.value as SimChart;
  }
  const seed = entries.get('seed');
  if (seed) block.seed = integerIn(seed, 'seed', 0, MAX_SEED, fail);
  const height = entries.get('height');
  if (height) block.height = integerIn(height, 'height', 150, 2000, fail);
  const tick = entries.get('tick');
  if (tick) {
    const ticks = Number(params.ticks ?? paramSchema.find((s) => s.name === 'ticks')?.default);
    block.printTick = integerIn(tick, 'tick', 0, ticks, fail);
  }
  const controls = entries.get('controls');
  if (controls) block.controls = parseControls(controls, paramNames, fail);
  const bet = entries.get('bet');
  const choices = entries.get('choices');
  if (choices && !bet) fail(choices.line, '"choices" needs a "bet" question to go with it');
  if (bet) {
    if (bet.value === '') fail(bet.line, '"bet" needs the question text');
    if (!choices) fail(bet.line, '"bet" needs "choices: first | second | …" (at least 2)');
    const options = choices!.value.split('|').map((c) => c.trim());
    if (options.length < 2 || options.some((c) => c === '')) {
      fail(
        choices!.line,
        `"choices" needs at least 2 non-empty choices separated by "|", got "${clip(choices!.value)}"`,
      );
    }
    block.bet = { question: bet.value, choices: options };
  }
  return block;
}

function integerIn(entry: Entry, key: string, min: number, max: number, fail: (l: number, d: string) => never): number {
  const n = /^\d+$/.test(entry.value) ? Number(entry.value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    fail(entry.line, `${key} = "${clip(entry.value)}" is not allowed: use a whole number from ${min} to ${max}.`);
  }
  return n;
}

function parseControls(entry: Entry, names: string[], fail: (l: number, d: string) => never): string[] {
  const controls = entry.value.split(',').map((c) => c.trim());
  if (controls.some((c) => c === '')) fail(entry.line, `"controls" needs a comma-separated list of parameter names`);
  for (const name of controls) {
    if (!names.includes(name)) {
      const near = suggestName(name, names);
      fail(entry.line, `controls: "${clip(name)}" is not a parameter.${near ? ` Did you mean "${near}"?` : ''}`);
    }
  }
  return controls;
}

function list(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}
