import { describe, expect, test, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });

import { presets, simulate } from '../../src/sim/index.ts';
import { help, mean, only, seeds, successRate } from './helpers.ts';

// sim-model.md, "Properties that must hold": 1, 5 and 6 (statistical, across seed ranges, margins stated).

describe('1. give so you can get', () => {
  test.each(seeds(25))('seed %i: giveFirst receives ≥ 5× max(taker, lurker)', (seed) => {
    const run = simulate(only({ giveFirst: 5, taker: 5, lurker: 5 }), seed);
    expect(help(run, 'giveFirst')).toBeGreaterThanOrEqual(5 * Math.max(help(run, 'taker'), help(run, 'lurker')));
    expect(help(run, 'giveFirst')).toBeGreaterThan(15);
  });
});

describe('5. moving day', () => {
  const ss = seeds(30);
  const runs = ss.map((seed) => simulate(presets['moving-day']!, seed));
  const rate = (s: 'giveFirst' | 'taker' | 'lurker' | 'late') => mean(runs.map((r) => r.byStrategy[s]!.movingDayMet));
  test('giveFirst meets it in ≥ 90% of runs', () => expect(rate('giveFirst')).toBeGreaterThanOrEqual(0.9));
  test.each(['taker', 'lurker', 'late'] as const)('%s (lead 0) meets it in ≤ 5% of runs', (s) => {
    expect(rate(s)).toBeLessThanOrEqual(0.05);
  });
});

// Reference (prototype, 50 seeds): lead 0 → 0.00, 25 → 0.12, 50 → 0.76, 100 → 1.0; gap 0 → 1.0, 25 → 0.88,
// 50 → 0.04, 75 → 0. Monotone "within noise" = no step down by more than 0.1 over 20 seeds.
describe('6. lead-time and lapse-gap curves', () => {
  const ss = seeds(20);
  test('success rises with the head start of a late giver, from ~0 to ~1', () => {
    const curve = [0, 25, 50, 100].map((lead) => successRate({ ...only({ late: 5 }), lead }, 'late', ss));
    for (let k = 1; k < curve.length; k++) expect(curve[k]!).toBeGreaterThanOrEqual(curve[k - 1]! - 0.1);
    expect(curve[0]).toBeLessThanOrEqual(0.05);
    expect(curve[2]).toBeGreaterThan(0.4);
    expect(curve[3]).toBeGreaterThanOrEqual(0.9);
  });
  test('success falls with the ticks since a lapsed giver stopped, from ~1 to ~0', () => {
    const curve = [0, 25, 50, 75].map((gap) => successRate({ ...only({ lapsed: 5 }), tStop: 150 - gap }, 'lapsed', ss));
    for (let k = 1; k < curve.length; k++) expect(curve[k]!).toBeLessThanOrEqual(curve[k - 1]! + 0.1);
    expect(curve[0]).toBeGreaterThanOrEqual(0.9);
    expect(curve[1]).toBeGreaterThan(0.5);
    expect(curve[2]).toBeLessThan(0.3);
    expect(curve[3]).toBeLessThanOrEqual(0.05);
  });
});
