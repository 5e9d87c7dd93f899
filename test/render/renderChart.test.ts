// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { BACKGROUNDS, contrastRatio, STRATEGY_STYLE } from '../../src/render/palette.ts';
import { CHART_MARGIN, renderChart } from '../../src/render/renderChart.ts';
import { renderScienceChart } from '../../src/render/renderScienceChart.ts';
import { renderTable } from '../../src/render/renderTable.ts';
import type { Params, Run } from '../../src/sim/types.ts';
import { linearRun } from './fixtures.ts';

const chart = (run: Run, tick: number, opts = {}) => renderChart(document.createElement('div'), run, tick, opts);

describe('renderChart', () => {
  test('one line per strategy, each with its own dash and marker, and a legend row each', () => {
    const svg = chart(linearRun(), 50);
    const lines = [...svg.querySelectorAll('path.line')];
    expect(lines).toHaveLength(3);
    expect(new Set(lines.map((l) => l.getAttribute('stroke-dasharray'))).size).toBe(3);
    expect([...svg.querySelectorAll('.legend-item text')].map((t) => t.textContent)).toEqual([
      'give first',
      'taker',
      'stopped giving',
    ]);
  });

  test.each([0, 25, 100])('the tick marker sits at x(tick) for tick %i', (tick) => {
    const width = 560;
    const svg = chart(linearRun(), tick, { width });
    const x = CHART_MARGIN.left + ((width - CHART_MARGIN.left - CHART_MARGIN.right) * tick) / 100;
    expect(Number(svg.querySelector('.tick-marker')!.getAttribute('x1'))).toBeCloseTo(x, 6);
  });

  test('lines stop at the current tick', () => {
    const segments = (tick: number) =>
      (chart(linearRun(), tick).querySelector('.strategy-giveFirst path.line')!.getAttribute('d') ?? '').split('L')
        .length;
    expect(segments(10)).toBe(11);
    expect(segments(80)).toBe(81);
  });

  test.each<[Partial<Params>, string[]]>([
    [{ tShock: 60, tStop: 30 }, ['moving day', 'stop giving']],
    [{ tShock: 500, tStop: 30 }, ['stop giving']],
    [{ tShock: 60, tStop: 100 }, ['moving day']],
  ])('annotations appear only when in range: %o', (params, labels) => {
    const svg = chart(linearRun(params), 50);
    expect([...svg.querySelectorAll('.annotation text')].map((t) => t.textContent)).toEqual(labels);
  });

  test('redrawing reuses the same svg', () => {
    const host = document.createElement('div');
    renderChart(host, linearRun(), 10);
    renderChart(host, linearRun(), 20, { metric: 'followers' });
    expect(host.querySelectorAll('svg')).toHaveLength(1);
    expect(host.querySelectorAll('path.line')).toHaveLength(3);
  });
});

describe('palette', () => {
  test.each(Object.entries(STRATEGY_STYLE))(
    '%s reaches 3:1 on every background a simulation is drawn on',
    (_, style) => {
      for (const bg of Object.values(BACKGROUNDS)) expect(contrastRatio(style.colour, bg)).toBeGreaterThanOrEqual(3);
    },
  );
  test('no two strategies share a colour, dash or marker', () => {
    const styles = Object.values(STRATEGY_STYLE);
    for (const k of ['colour', 'dash', 'marker', 'short'] as const) {
      expect(new Set(styles.map((s) => s[k])).size).toBe(styles.length);
    }
  });
});

describe('renderTable', () => {
  test('a row per strategy with the values at the tick; moving day only after its window', () => {
    const host = document.createElement('div');
    const table = renderTable(host, linearRun(), 40);
    expect(table.querySelectorAll('th[scope="col"]')).toHaveLength(6);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['give first', '5', '40', '4', '2', 'not yet'],
      ['taker', '5', '4', '0.4', '2', 'not yet'],
      ['stopped giving', '5', '16', '1.6', '2', 'not yet'],
    ]);
    renderTable(host, linearRun(), 70);
    expect(host.querySelectorAll('table')).toHaveLength(1);
    expect(host.querySelector('tbody tr td:last-child')!.textContent).toBe('100%');
  });
});

describe('renderScienceChart', () => {
  test.each([
    [0.9, 'q > c/b'],
    [0.1, 'q ≤ c/b'],
  ])('q = %f is annotated against c/b (%s)', (q, verdict) => {
    const run: Run = { ...linearRun({ q }), cooperationByGeneration: [0.5, 0.6, 0.7] };
    const svg = renderScienceChart(document.createElement('div'), run);
    expect(svg.querySelector('.science-rule')!.textContent).toContain(verdict);
    expect(svg.querySelector('path.cooperation')!.getAttribute('d')!.split('L')).toHaveLength(3);
  });
});
