import { axisBottom, axisLeft, type ScaleLinear, select } from 'd3';

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
  svg
    .append('g')
    .attr('class', 'axis x-axis')
    .attr('transform', `translate(0,${height - m.bottom})`)
    .call(axisBottom(x).ticks(Math.max(2, Math.min(5, Math.floor((width - m.left - m.right) / 90)))));
  svg
    .append('g')
    .attr('class', 'axis y-axis')
    .attr('transform', `translate(${m.left},0)`)
    // as many ticks as fit without their labels touching (a short, wide chart has room for two or three)
    .call(axisLeft(y).ticks(Math.max(2, Math.min(5, Math.floor((height - m.top - m.bottom) / 32))), yFormat));
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', (m.left + width - m.right) / 2)
    .attr('y', height - 6)
    .attr('text-anchor', 'middle')
    .text(xTitle);
  svg.append('text').attr('class', 'axis-label').attr('x', 4).attr('y', 22).text(yTitle);
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
