import { axisBottom, axisLeft, line, max, scaleLinear, select } from 'd3';
import type { Run, StrategyName, StrategySeries } from '../sim/types.ts';
import { drawLegend, strategiesOf } from './legend.ts';
import { markerPath } from './networkStyle.ts';
import { STRATEGY_STYLE } from './palette.ts';

export type ChartMetric = keyof StrategySeries;

export interface ChartOptions {
  metric?: ChartMetric;
  width?: number;
  height?: number;
  /** draw only the chosen strategies (default: every strategy in the run) */
  strategies?: StrategyName[];
}

export const METRIC_LABEL: Record<ChartMetric, string> = {
  helpReceived: 'Help received (total)',
  trustIn: 'Trust others hold in them',
  followers: 'Followers',
};

export const CHART_MARGIN = { top: 34, right: 20, bottom: 50, left: 64 };

/**
 * One line per strategy up to `tick` (the future stays blank), on axes that span the whole run so nothing jumps
 * while it plays. Moving day and the stop-giving tick are marked; the current tick is a vertical rule.
 */
export function renderChart(el: Element, run: Run, tick: number, opts: ChartOptions = {}): SVGSVGElement {
  const metric = opts.metric ?? 'helpReceived';
  const width = opts.width ?? 560;
  const height = opts.height ?? 340;
  const m = CHART_MARGIN;
  const ticks = run.params.ticks;
  const t = Math.max(0, Math.min(ticks, Math.round(tick)));
  const names = opts.strategies ?? strategiesOf(run);
  const top = max(names, (s) => max(run.byStrategy[s]?.series[metric] ?? [0])) ?? 0;
  const x = scaleLinear([0, ticks], [m.left, width - m.right]);
  const y = scaleLinear([0, Math.max(1, top)], [height - m.bottom, m.top]).nice();

  const svg = chartSvg(el, width, height, `${METRIC_LABEL[metric]} per strategy, tick ${t} of ${ticks}`);
  svg.selectAll('*').remove();
  svg
    .append('g')
    .attr('class', 'axis x-axis')
    .attr('transform', `translate(0,${height - m.bottom})`)
    .call(axisBottom(x).ticks(5));
  svg.append('g').attr('class', 'axis y-axis').attr('transform', `translate(${m.left},0)`).call(axisLeft(y).ticks(5));
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', (m.left + width - m.right) / 2)
    .attr('y', height - 8)
    .attr('text-anchor', 'middle')
    .text('Tick (days)');
  svg.append('text').attr('class', 'axis-label').attr('x', 8).attr('y', 20).text(METRIC_LABEL[metric]);

  const annotate = (at: number, label: string, cls: string) => {
    if (at < 0 || at > ticks) return;
    const g = svg.append('g').attr('class', `annotation ${cls}`);
    g.append('line')
      .attr('x1', x(at))
      .attr('x2', x(at))
      .attr('y1', m.top)
      .attr('y2', height - m.bottom)
      .attr('stroke-dasharray', '3 3');
    g.append('text')
      .attr('x', x(at))
      .attr('y', m.top - 4)
      .attr('text-anchor', 'middle')
      .text(label);
  };
  annotate(run.params.tShock, 'moving day', 'moving-day');
  if (run.byStrategy.lapsed && run.params.tStop < ticks) annotate(run.params.tStop, 'stop giving', 'stop-giving');

  const lines = svg.append('g').attr('class', 'lines');
  const every = Math.max(1, Math.round(ticks / 8));
  for (const name of names) {
    const series = run.byStrategy[name]?.series[metric];
    if (!series) continue;
    const style = STRATEGY_STYLE[name];
    const shown = series.slice(0, t + 1).map((v, i) => [i, v] as const);
    const g = lines.append('g').attr('class', `series strategy-${name}`);
    g.append('path')
      .attr('class', 'line')
      .attr('fill', 'none')
      .attr('stroke', style.colour)
      .attr('stroke-width', 3)
      .attr('stroke-dasharray', style.dash || null)
      .attr(
        'd',
        line<readonly [number, number]>(
          ([i]) => x(i),
          ([, v]) => y(v),
        )(shown) ?? '',
      );
    // Markers every few ticks (offset per strategy so overlapping lines stay tellable) and at the current end.
    const offset = Math.round((every * names.indexOf(name)) / names.length);
    const marks = shown.filter(([i]) => (i - offset) % every === 0 || i === t);
    g.selectAll('path.marker')
      .data(marks)
      .join('path')
      .attr('class', 'marker')
      .attr('fill', style.colour)
      .attr('d', markerPath(style.marker, 60))
      .attr('transform', ([i, v]) => `translate(${round(x(i))},${round(y(v))})`);
  }
  svg
    .append('line')
    .attr('class', 'tick-marker')
    .attr('x1', x(t))
    .attr('x2', x(t))
    .attr('y1', m.top)
    .attr('y2', height - m.bottom);
  drawLegend(svg, names, m.left + 14, m.top + 10);
  return svg.node()!;
}

/** Reuse (or create) the chart's <svg>: given an <svg> draw into it, else keep one child svg.sim-chart. */
export function chartSvg(el: Element, width: number, height: number, label: string) {
  const doc = el.ownerDocument;
  let node = el.tagName.toLowerCase() === 'svg' ? el : el.querySelector(':scope > svg.sim-chart');
  if (!node) {
    node = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    node.setAttribute('class', 'sim-chart');
    el.appendChild(node);
  }
  return select(node as SVGSVGElement)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', label);
}

const round = (v: number) => Math.round(v * 10) / 10;
