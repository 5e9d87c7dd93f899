import { line, scaleLinear } from 'd3';
import type { Run } from '../sim/types.ts';
import { CHART_MARGIN, chartSvg, drawAxes } from './renderChart.ts';

/**
 * Science mode (image scoring): the share of donations that were gifts, generation by generation, with the
 * theory's threshold stated: reputation-based helping should last when q > c/b (Nowak 2006).
 */
export function renderScienceChart(el: Element, run: Run, opts: { width?: number; height?: number } = {}) {
  const width = opts.width ?? 560;
  const height = opts.height ?? 340;
  // A second line above the plot for the q-versus-c/b note, so it never runs into the axis title.
  const m = { ...CHART_MARGIN, top: CHART_MARGIN.top + 24 };
  const coop = run.cooperationByGeneration ?? [];
  const { q, c, b } = run.params;
  const ratio = b > 0 ? c / b : Number.POSITIVE_INFINITY;
  const x = scaleLinear([0, Math.max(1, coop.length - 1)], [m.left, width - m.right]);
  const y = scaleLinear([0, 1], [height - m.bottom, m.top]);
  const svg = chartSvg(el, width, height, `Cooperation by generation; q = ${q}, c/b = ${fmt(ratio)}`);
  svg.selectAll('*').remove();
  drawAxes(svg, x, y, width, height, 'Generation', 'Share of donations that were gifts', '%', m);
  svg
    .append('path')
    .attr('class', 'line cooperation')
    .attr('fill', 'none')
    .attr('stroke', '#2b8fd6')
    .attr('stroke-width', 3)
    .attr(
      'd',
      line<number>(
        (_, i) => x(i),
        (v) => y(v),
      )(coop) ?? '',
    );
  const verdict = q > ratio ? 'q > c/b: reputation can sustain giving' : 'q ≤ c/b: giving should collapse';
  svg
    .append('text')
    .attr('class', 'annotation science-rule')
    .attr('x', width - m.right)
    .attr('y', m.top - 10)
    .attr('text-anchor', 'end')
    .text(`q = ${fmt(q)}, c/b = ${fmt(ratio)} (${verdict})`);
  return svg.node()!;
}

const fmt = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 100) / 100) : '∞');
