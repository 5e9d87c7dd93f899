import { describe, expect, test, vi } from 'vitest';
import { presets, simulate } from '../../src/sim/index.ts';
import { seeds } from './helpers.ts';

vi.setConfig({ testTimeout: 120_000 });

// Nowak 2006 (Science 314:1560): helping by reputation is stable iff q > c/b. "Well above" = 2.5 × c/b (capped at
// 1), "well below" = 0.5 × c/b. Every seed must agree, at every c/b in [0.05, 0.5] tried.
describe.each([0.05, 0.1, 0.2, 0.35, 0.5])('c/b = %f', (cb) => {
  const coop = (q: number) =>
    seeds(4).map((seed) => simulate({ ...presets.science, b: 1, c: cb, q }, seed).cooperation!);
  test('cooperation survives well above q = c/b', () => {
    for (const c of coop(Math.min(1, 2.5 * cb))) expect(c).toBeGreaterThan(0.8);
  });
  test('cooperation collapses well below q = c/b', () => {
    for (const c of coop(0.5 * cb)) expect(c).toBeLessThan(0.1);
  });
});

test('cooperationByGeneration has one share per generation, all in [0, 1]', () => {
  const run = simulate({ ...presets.science, generations: 30 }, 1);
  expect(run.cooperationByGeneration).toHaveLength(30);
  for (const c of run.cooperationByGeneration!) expect(c >= 0 && c <= 1).toBe(true);
});
