// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest';
import { renderChart } from '../../src/render/renderChart.ts';
import { renderScienceChart } from '../../src/render/renderScienceChart.ts';
import { presets, simulate } from '../../src/sim/index.ts';
import type { Params } from '../../src/sim/types.ts';

const run = (preset: keyof typeof presets, over: Partial<Params> = {}) =>
  simulate({ ...(presets[preset] as Partial<Params>), ...over }, 1);
const ticks = (svg: Element, axis: string) =>
  [...svg.querySelectorAll(`.${axis} .tick text`)].map((t) => t.textContent ?? '');

afterEach(() => {
  document.documentElement.lang = '';
});

test('axis labels are formatted for the page language: decimal comma and "20 %" in Spanish', () => {
  const early = run('give-first');
  document.documentElement.lang = 'en';
  // day 0: the y axis spans 0–1, in steps of 0.2 (decimals on every tick, as d3 writes them)
  expect(ticks(renderChart(document.createElement('div'), early, 0), 'y-axis')).toEqual([
    '0.0',
    '0.2',
    '0.4',
    '0.6',
    '0.8',
    '1.0',
  ]);
  document.documentElement.lang = 'es';
  expect(ticks(renderChart(document.createElement('div'), early, 0), 'y-axis')).toEqual([
    '0,0',
    '0,2',
    '0,4',
    '0,6',
    '0,8',
    '1,0',
  ]);
  const science = document.createElement('div');
  renderScienceChart(science, run('science', { generations: 40 }));
  expect(ticks(science, 'y-axis')).toContain('20\u00a0%');
  expect(science.textContent).toMatch(/q = 0,\d+; c\/b = 0,2/);
});
