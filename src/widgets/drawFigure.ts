import { fitLayout } from '../render/fitLayout.ts';
import { type ChartMetric, renderChart } from '../render/renderChart.ts';
import { renderNetwork } from '../render/renderNetwork.ts';
import { renderScienceChart } from '../render/renderScienceChart.ts';
import { renderTable } from '../render/renderTable.ts';
import type { Frame } from '../sim/types.ts';
import type { SimSession } from './simSession.ts';
import type { WidgetDom } from './widgetDom.ts';

export interface FigureOptions {
  /** a frame another window already drew for this tick (a follower draws it instead of running the model) */
  sent?: Frame;
  /** no pulses or fades: reduced motion, or a speaker-view preview whose CSS animations would repaint every frame */
  still: boolean;
  /** playing: the canvas may repaint follows less often */
  live: boolean;
  chartHeight?: number;
  chartWidth?: number;
  /** the network box's size: the network is drawn at its shape (fitLayout) */
  networkBox?: { width: number; height: number };
  /** what the chart plots (the block's `chart: help | trust`) */
  metric: ChartMetric;
}

/** What was drawn, so the widget can send the frame on. */
export interface Drawn {
  frame?: Frame;
}

/** The widget's picture at `tick`: network, chart and (when open) the data table. Only draws. */
export function drawFigure(dom: WidgetDom, s: SimSession, tick: number, o: FigureOptions): Drawn {
  if (s.science) {
    // the chart fills generation by generation as the run plays (a bet slide shows nothing of the outcome first)
    if (dom.chart)
      renderScienceChart(dom.chart, s.run(), { height: o.chartHeight, width: o.chartWidth, generation: tick });
    return {};
  }
  let frame: Frame | undefined;
  if (dom.network) {
    frame = o.sent ?? s.frameAt(tick);
    renderNetwork(dom.network, frame, fitLayout(s.layout(), o.networkBox), {
      tMax: s.params.Tmax,
      reducedMotion: o.still,
      live: o.live,
    });
  }
  if (dom.chart)
    renderChart(dom.chart, s.run(), tick, { height: o.chartHeight, width: o.chartWidth, metric: o.metric });
  if (dom.details.open) renderTable(dom.table, s.run(), tick);
  return { frame };
}
