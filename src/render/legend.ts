import type { Selection } from 'd3';
import { documentLocale, messagesFor } from '../i18n/index.ts';
import { type Run, STRATEGIES, type StrategyName } from '../sim/types.ts';
import { markerPath } from './networkStyle.ts';
import { STRATEGY_STYLE } from './palette.ts';
import { strategyLabel } from './strategyLabel.ts';

/** The strategies a run has newcomers for, in the model's canonical order. */
export function strategiesOf(run: Run): StrategyName[] {
  return STRATEGIES.filter((s) => (run.byStrategy[s]?.count ?? 0) > 0);
}

/** A legend whose every row repeats the line's dash and marker, so it reads in greyscale too. */
export function drawLegend(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  names: StrategyName[],
  x: number,
  y: number,
) {
  const m = messagesFor(documentLocale(svg.node()?.ownerDocument ?? document));
  const g = svg.append('g').attr('class', 'legend').attr('transform', `translate(${x},${y})`);
  names.forEach((name, i) => {
    const style = STRATEGY_STYLE[name];
    const row = g
      .append('g')
      .attr('class', `legend-item strategy-${name}`)
      .attr('transform', `translate(0,${i * 26})`);
    row
      .append('line')
      .attr('x1', 0)
      .attr('x2', 30)
      .attr('y1', 0)
      .attr('y2', 0)
      .attr('stroke', style.colour)
      .attr('stroke-width', 3)
      .attr('stroke-dasharray', style.dash || null);
    row
      .append('path')
      .attr('d', markerPath(style.marker, 60))
      .attr('fill', style.colour)
      .attr('transform', 'translate(15,0)');
    row.append('text').attr('x', 38).attr('y', 5).text(strategyLabel(m, name));
  });
}
