import type { SimBlock } from '../content/types.ts';
import { renderChart } from '../render/renderChart.ts';
import { renderNetwork } from '../render/renderNetwork.ts';
import { renderScienceChart } from '../render/renderScienceChart.ts';
import { createSession } from './simSession.ts';
import { describeFigure } from './summary.ts';

/**
 * A simulation as a printed figure: the network and chart at `tick` (default: the block's printTick, else the
 * end of the run), all SVG, drawn synchronously, with a caption that states the numbers the picture shows.
 * Used by the handout and reveal's ?print-pdf, where canvas and animation would print blank or half-drawn.
 */
export function renderSimSnapshot(container: HTMLElement, block: SimBlock, tick?: number): HTMLElement {
  const doc = container.ownerDocument;
  const s = createSession(block.preset, block.overrides, block.seed);
  const t = Math.max(0, Math.min(s.params.ticks, Math.round(tick ?? block.printTick ?? s.params.ticks)));
  const figure = doc.createElement('figure');
  figure.className = `sim-snapshot sim-view-${block.view}`;
  figure.dataset.simId = block.id;
  figure.dataset.tick = String(t);
  if (block.height) figure.style.setProperty('--sim-height', `${block.height}px`);
  const boxes = figure.appendChild(doc.createElement('div'));
  boxes.className = 'sim-figure';
  const caption = doc.createElement('figcaption');
  if (s.science) {
    renderScienceChart(boxes, s.run());
    caption.textContent = `Cooperation by generation (seed ${s.seed}); in the last generations ${Math.round((s.run().cooperation ?? 0) * 100)}% of donations were gifts.`;
  } else {
    if (block.view !== 'chart') {
      const net = boxes.appendChild(doc.createElement('div'));
      net.className = 'sim-net';
      renderNetwork(net, s.frameAt(t), s.layout(), { tMax: s.params.Tmax, print: true });
    }
    if (block.view !== 'network') {
      const chart = boxes.appendChild(doc.createElement('div'));
      chart.className = 'sim-chart-box';
      renderChart(chart, s.run(), t);
    }
    caption.textContent = describeFigure(s.run(), t);
  }
  figure.append(caption);
  container.replaceChildren(figure);
  return figure;
}
