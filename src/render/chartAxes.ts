import { axisBottom, axisLeft, precisionFixed, type ScaleLinear, select } from 'd3';
import { documentLocale, formatNumber, formatPercent, type UiLocale } from '../i18n/index.ts';

/** Room around the plot: the y title above it (and under that a row for annotations), tick labels left of it, the x title under it. */
export const CHART_MARGIN = { top: 58, right: 24, bottom: 58, left: 70 };

export type Svg = ReturnType<typeof chartSvg>;

/** Both axes with their titles: the y title above the plot, the x title under it. */
export function drawAxes(
  svg: Svg,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  width: number,
  height: number,
  xTitle: string,
  yTitle: string,
  yFormat?: string,
  m: typeof CHART_MARGIN = CHART_MARGIN,
) {
  const locale = documentLocale(svg.node()!.ownerDocument);
  const xCount = Math.max(2, Math.min(5, Math.floor((width - m.left - m.right) / 90)));
  // as many ticks as fit without their labels touching (a short, wide chart has room for two or three)
  const yCount = Math.max(2, Math.min(5, Math.floor((height - m.top - m.bottom) / 32)));
  svg
    .append('g')
    .attr('class', 'axis x-axis')
    .attr('transform', `translate(0,${height - m.bottom})`)
    .call(
      axisBottom(x)
        .ticks(xCount)
        .tickFormat(tickFormat(locale, x, xCount)),
    );
  svg
    .append('g')
    .attr('class', 'axis y-axis')
    .attr('transform', `translate(${m.left},0)`)
    .call(
      axisLeft(y)
        .ticks(yCount)
        .tickFormat(tickFormat(locale, y, yCount, yFormat === '%')),
    );
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', (m.left + width - m.right) / 2)
    .attr('y', height - 6)
    .attr('text-anchor', 'middle')
    .text(xTitle);
  svg.append('text').attr('class', 'axis-label').attr('x', 4).attr('y', 22).text(yTitle);
}

/**
 * A tick's label in the page's language (Intl: "0,5" and "20 %" in Spanish), with as many decimals as the ticks'
 * step needs, the same for every tick (d3's own labels are English-only).
 */
function tickFormat(locale: UiLocale, scale: ScaleLinear<number, number>, count: number, percent = false) {
  const ticks = scale.ticks(count);
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  if (percent) {
    const digits = precisionFixed(step * 100);
    return (v: { valueOf(): number }) => formatPercent(locale, v.valueOf(), digits);
  }
  const digits = precisionFixed(step);
  return (v: { valueOf(): number }) => formatNumber(locale, v.valueOf(), digits, digits);
}

/**
 * Marks what was drawn inside a chart's <svg> as hidden from assistive technology, which changes nothing for it: the
 * svg is an image with a label (role img), whose parts are presentational anyway. It spares reveal.js's walk of a new
 * slide for its screen-reader status (a getComputedStyle per element, skipping aria-hidden ones): profiled at ~20% of
 * the task arriving on a simulation slide on a CPU 4× slower (issue 19).
 */
export function hideChartParts(svg: Svg): void {
  svg.selectChildren().attr('aria-hidden', 'true');
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
