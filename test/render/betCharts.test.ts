// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { renderChart } from '../../src/render/renderChart.ts';
import { renderScienceChart } from '../../src/render/renderScienceChart.ts';
import { renderTable } from '../../src/render/renderTable.ts';
import { presets, simulate } from '../../src/sim/index.ts';
import type { Params, Run } from '../../src/sim/types.ts';
import { describeRun } from '../../src/views/read/readOutcome.ts';
import { buildControls } from '../../src/widgets/buildControls.ts';

const run = (preset: keyof typeof presets, over: Partial<Params>, seed: number): Run =>
  simulate({ ...(presets[preset] as Partial<Params>), ...over }, seed);
const SEEDS = [1, 7, 42];
const box = () => document.createElement('div');

/** The y value of every vertex of a path made of M/L commands. */
const ys = (d: string) => [...d.matchAll(/[ML][^,]+,([-\d.e]+)/g)].map((m) => Number(m[1]));

describe('chart: trust', () => {
  test.each(SEEDS)('the lines follow series.trustIn, not help received (seed %i)', (seed) => {
    const r = run('give-first', { ticks: 60 }, seed);
    const t = 40;
    const svg = renderChart(box(), r, t, { metric: 'trustIn' });
    expect(svg.textContent).toContain('Trust');
    for (const name of ['giveFirst', 'taker'] as const) {
      const d = svg.querySelector(`.strategy-${name} path.line`)!.getAttribute('d')!;
      const drawn = ys(d);
      const values = r.byStrategy[name]!.series.trustIn.slice(0, t + 1);
      expect(drawn).toHaveLength(values.length);
      // y is linear in the value: drawn y's are an affine image of trustIn (same order of differences)
      const [y0, v0] = [drawn[0]!, values[0]!];
      const k = (drawn.at(-1)! - y0) / (values.at(-1)! - v0 || 1);
      for (let i = 0; i < values.length; i++) expect(drawn[i]!).toBeCloseTo(y0 + k * (values[i]! - v0), 0);
      if (values.at(-1) !== v0) expect(k).toBeLessThan(0); // up is more trust
    }
  });
});

describe('the bet comes before the answer', () => {
  test.each(SEEDS)('at day 0 the chart draws no curve and its axis does not hint at the outcome (seed %i)', (seed) => {
    const r = run('give-first', {}, seed);
    const at0 = renderChart(box(), r, 0);
    const atEnd = renderChart(box(), r, r.params.ticks);
    const top = (svg: SVGSVGElement) =>
      Math.max(...[...svg.querySelectorAll('.y-axis .tick text')].map((t) => Number(t.textContent)));
    expect(top(at0)).toBeLessThanOrEqual(1);
    expect(top(atEnd)).toBeGreaterThan(1);
    for (const p of at0.querySelectorAll('path.line'))
      expect(ys(p.getAttribute('d') ?? '').length).toBeLessThanOrEqual(1);
  });

  test.each([0.1, 0.5, 0.9])('the science chart fills by generation; the verdict only at the end (q = %f)', (q) => {
    const r = run('science', { q, generations: 40 }, 3);
    const el = box();
    const line = () => el.querySelector('path.cooperation')!.getAttribute('d') ?? '';
    renderScienceChart(el, r, { generation: 0 });
    expect(line()).toBe('');
    expect(el.textContent).not.toMatch(/sustain|collapse/);
    renderScienceChart(el, r, { generation: 20 });
    expect(ys(line())).toHaveLength(20);
    expect(el.textContent).not.toMatch(/sustain|collapse/);
    renderScienceChart(el, r, { generation: 40 });
    expect(ys(line())).toHaveLength(40);
    expect(el.textContent).toMatch(/sustain|collapse/);
  });
});

describe('movingDay: off leaves no trace of moving day', () => {
  test.each(SEEDS)('chart, table, controls and the reader result (seed %i)', (seed) => {
    for (const movingDay of ['on', 'off'] as const) {
      const r = run('moving-day', { movingDay }, seed);
      const on = movingDay === 'on';
      const svg = renderChart(box(), r, r.params.ticks);
      expect(svg.querySelector('.moving-day') !== null).toBe(on);
      const table = renderTable(box(), r, r.params.ticks);
      expect(/moving day/i.test(table.textContent ?? '')).toBe(on);
      expect(/moving day/i.test(describeRun(r))).toBe(on);
      const controls = buildControls(
        document,
        { params: r.params, sliders: [], strategies: [], strategy: 'all', science: false },
        {
          togglePlay() {},
          step() {},
          seek() {},
          reset() {},
          speed() {},
          param() {},
          strategy() {},
          movingDayNow() {},
          stopGiving() {},
          seed() {},
        },
      );
      expect(controls.element.querySelector('.sim-moving-day') !== null).toBe(on);
    }
  });
});
