import { line, scaleLinear } from 'd3';
import { documentLocale, formatNumber, messagesFor } from '../i18n/index.ts';
import { clampTick } from '../sim/runLength.ts';
import type { Run } from '../sim/types.ts';
import { CHART_MARGIN, chartSvg, drawAxes, hideChartParts } from './chartAxes.ts';

interface Skeleton {
  key: string;
  run: Run;
  path: SVGPathElement;
  rule: SVGTextElement;
  x: (i: number) => number;
  y: (v: number) => number;
}
const skeletons = new WeakMap<SVGSVGElement, Skeleton>();

/**
 * Science mode (image scoring): the share of donations that were gifts, generation by generation, up to
 * `generation` (default: the whole run), with the theory's threshold stated: reputation-based helping should last
 * when q > c/b (Nowak 2006). The verdict is only written once the run is over: before that it would answer the bet.
 */
export function renderScienceChart(
  el: Element,
  run: Run,
  opts: { width?: number; height?: number; generation?: number } = {},
) {
  const width = opts.width ?? 560;
  const height = opts.height ?? 340;
  const coop = run.cooperationByGeneration ?? [];
  const n = coop.length;
  const g = clampTick(opts.generation ?? n, n);
  const { q, c, b } = run.params;
  const ratio = b > 0 ? c / b : Number.POSITIVE_INFINITY;
  const locale = documentLocale(el.ownerDocument);
  const msg = messagesFor(locale);
  const fmt = (v: number) => formatNumber(locale, v, 2);
  const svg = chartSvg(el, width, height, msg.scienceLabel({ generation: g, length: n, q: fmt(q), ratio: fmt(ratio) }));
  const key = JSON.stringify([width, height]);
  let sk = skeletons.get(svg.node()!);
  if (sk?.run !== run || sk.key !== key) {
    // A second line above the plot for the q-versus-c/b note, so it never runs into the axis title.
    const m = { ...CHART_MARGIN, top: CHART_MARGIN.top + 24 };
    const x = scaleLinear([0, Math.max(1, n)], [m.left, width - m.right]);
    const y = scaleLinear([0, 1], [height - m.bottom, m.top]);
    svg.selectAll('*').remove();
    drawAxes(svg, x, y, width, height, msg.chartGeneration(), msg.scienceShare(), '%', m);
    const path = svg
      .append('path')
      .attr('class', 'line cooperation')
      .attr('fill', 'none')
      .attr('stroke', '#2b8fd6')
      .attr('stroke-width', 3);
    const rule = svg
      .append('text')
      .attr('class', 'annotation science-rule')
      .attr('x', width - m.right)
      .attr('y', m.top - 10)
      .attr('text-anchor', 'end');
    hideChartParts(svg);
    sk = { key, run, path: path.node()!, rule: rule.node()!, x, y };
    skeletons.set(svg.node()!, sk);
  }
  const { x, y } = sk;
  // generation i's share is known once generation i has run: point i sits at i + 1 on the axis
  sk.path.setAttribute(
    'd',
    line<number>(
      (_, i) => x(i + 1),
      (v) => y(v),
    )(coop.slice(0, g)) ?? '',
  );
  const verdict = q > ratio ? msg.scienceSustains() : msg.scienceCollapses();
  const rule = g >= n ? msg.scienceRuleVerdict({ q, ratio, verdict }) : msg.scienceRule({ q, ratio });
  if (sk.rule.textContent !== rule) sk.rule.textContent = rule;
  return svg.node()!;
}
