import { line, type ScaleLinear, scaleLinear, select } from 'd3';
import { documentLocale, type Messages, messagesFor } from '../i18n/index.ts';
import { clampTick } from '../sim/runLength.ts';
import type { Run, StrategyName, StrategySeries } from '../sim/types.ts';
import { CHART_MARGIN, chartSvg, drawAxes, hideChartParts, type Svg } from './chartAxes.ts';
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

/** A metric's axis title in the page's language. */
function metricLabel(m: Messages, metric: ChartMetric): string {
  return { helpReceived: m.chartHelpReceived, trustIn: m.chartTrustIn, followers: m.chartFollowers }[metric]();
}

export { CHART_MARGIN } from './chartAxes.ts';

interface Skeleton {
  key: string;
  run: Run;
  series: { name: StrategyName; values: number[]; path: SVGPathElement; g: SVGGElement; offset: number }[];
  marker: SVGLineElement;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

// Axes, labels, annotations and legend depend on the run, not the tick: built once, then a tick moves only the
// lines' ends, their markers and the tick rule.
const skeletons = new WeakMap<SVGSVGElement, Skeleton>();

/**
 * One line per strategy up to `tick` (the future stays blank), on axes that span the whole run so nothing jumps
 * while it plays. Moving day and the stop-giving tick are marked; the current tick is a vertical rule.
 */
export function renderChart(el: Element, run: Run, tick: number, opts: ChartOptions = {}): SVGSVGElement {
  const metric = opts.metric ?? 'helpReceived';
  const width = opts.width ?? 560;
  const height = opts.height ?? 340;
  const ticks = run.params.ticks;
  const t = clampTick(tick, ticks);
  const names = opts.strategies ?? strategiesOf(run);
  const msg = messagesFor(documentLocale(el.ownerDocument));
  const svg = chartSvg(el, width, height, msg.chartLabel({ metric: metricLabel(msg, metric), tick: t, length: ticks }));
  // The y axis spans what has been shown so far, not the whole run: before Play the chart must not tell the outcome
  // (a bet slide). It grows in nice steps, so the skeleton is rebuilt a few times a run, not every tick.
  const top = shownMax(run, names, metric, t);
  const key = JSON.stringify([width, height, metric, names, top]);
  let sk = skeletons.get(svg.node()!);
  if (sk?.run !== run || sk.key !== key) {
    sk = buildSkeleton(svg, run, names, metric, width, height, key, top);
    skeletons.set(svg.node()!, sk);
  }
  const { x, y } = sk;
  const every = Math.max(1, Math.round(ticks / 8));
  for (const s of sk.series) {
    const shown = s.values.slice(0, t + 1).map((v, i) => [i, v] as const);
    s.path.setAttribute(
      'd',
      line<readonly [number, number]>(
        ([i]) => x(i),
        ([, v]) => y(v),
      )(shown) ?? '',
    );
    // Markers every few ticks (offset per strategy so overlapping lines stay tellable) and at the current end.
    const marks = shown.filter(([i]) => (i - s.offset) % every === 0 || i === t);
    select(s.g)
      .selectAll('path.marker')
      .data(marks)
      .join((enter) =>
        enter
          .append('path')
          .attr('class', 'marker')
          .attr('fill', STRATEGY_STYLE[s.name].colour)
          .attr('d', markerPath(STRATEGY_STYLE[s.name].marker, 60)),
      )
      .attr('transform', ([i, v]) => `translate(${round(x(i))},${round(y(v))})`);
  }
  sk.marker.setAttribute('x1', String(x(t)));
  sk.marker.setAttribute('x2', String(x(t)));
  return svg.node()!;
}

function buildSkeleton(
  svg: Svg,
  run: Run,
  names: StrategyName[],
  metric: ChartMetric,
  width: number,
  height: number,
  key: string,
  top: number,
): Skeleton {
  const m = CHART_MARGIN;
  const ticks = run.params.ticks;
  const x = scaleLinear([0, ticks], [m.left, width - m.right]);
  const y = scaleLinear([0, top], [height - m.bottom, m.top]);
  svg.selectAll('*').remove();
  const msg = messagesFor(documentLocale(svg.node()!.ownerDocument));
  drawAxes(svg, x, y, width, height, msg.chartDay(), metricLabel(msg, metric));
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
      .attr('y', m.top - 8)
      .attr('text-anchor', 'middle')
      .text(label);
  };
  // a run without moving day (a slide before the deck teaches it) shows no trace of it
  if (run.params.movingDay !== 'off') annotate(run.params.tShock, msg.chartMovingDay(), 'moving-day');
  if (run.byStrategy.lapsed && run.params.tStop < ticks)
    annotate(run.params.tStop, msg.chartStopGiving(), 'stop-giving');

  const lines = svg.append('g').attr('class', 'lines');
  const every = Math.max(1, Math.round(ticks / 8));
  const series: Skeleton['series'] = [];
  for (const name of names) {
    const values = run.byStrategy[name]?.series[metric];
    if (!values) continue;
    const style = STRATEGY_STYLE[name];
    const g = lines.append('g').attr('class', `series strategy-${name}`);
    const path = g
      .append('path')
      .attr('class', 'line')
      .attr('fill', 'none')
      .attr('stroke', style.colour)
      .attr('stroke-width', 3)
      .attr('stroke-dasharray', style.dash || null);
    const offset = Math.round((every * names.indexOf(name)) / names.length);
    series.push({ name, values, path: path.node()!, g: g.node()!, offset });
  }
  const marker = svg
    .append('line')
    .attr('class', 'tick-marker')
    .attr('y1', m.top)
    .attr('y2', height - m.bottom);
  drawLegend(svg, names, m.left + 14, m.top + 20);
  hideChartParts(svg);
  return { key, run, series, marker: marker.node()!, x, y };
}

/** The y axis's top: the largest value shown up to `t`, rounded up to a nice number (at least 1). */
function shownMax(run: Run, names: StrategyName[], metric: ChartMetric, t: number): number {
  let top = 0;
  for (const name of names) {
    const values = run.byStrategy[name]?.series[metric] ?? [];
    for (let i = 0; i <= t && i < values.length; i++) if (values[i]! > top) top = values[i]!;
  }
  return scaleLinear([0, Math.max(1, top)], [0, 1])
    .nice()
    .domain()[1]!;
}

const round = (v: number) => Math.round(v * 10) / 10;
