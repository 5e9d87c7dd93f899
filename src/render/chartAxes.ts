import { axisBottom, axisLeft, type ScaleLinear, select } from 'd3';

/** Room around the plot: the y title above it, tick labels left of it, the x title under it. */
export const CHART_MARGIN = { top: 34, right: 20, bottom: 50, left: 64 };

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
    .call(axisBottom(x).ticks(5));
  svg
    .append('g')
    .attr('class', 'axis y-axis')
    .attr('transform', `translate(${m.left},0)`)
    .call(axisLeft(y).ticks(5, yFormat));
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', (m.left + width - m.right) / 2)
    .attr('y', height - 6)
    .attr('text-anchor', 'middle')
    .text(xTitle);
  svg.append('text').attr('class', 'axis-label').attr('x', 4).attr('y', 18).text(yTitle);
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
