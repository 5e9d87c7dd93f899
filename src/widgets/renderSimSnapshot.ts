import { documentLocale } from '../i18n/index.ts';
import { renderChart } from '../render/renderChart.ts';
import { renderNetwork } from '../render/renderNetwork.ts';
import { renderScienceChart } from '../render/renderScienceChart.ts';
import { makePrintedRun, type PrintedRun, printedTick } from './printedRun.ts';
import { remember } from './remember.ts';
import { createSession } from './simSession.ts';
import type { SimSpec } from './simSpec.ts';
import { describeFigure, describeScienceFigure } from './summary.ts';
import { DEFAULT_SPEED, type SimWidget, type WidgetState } from './types.ts';

// The handout and ?print-pdf may draw one block more than once (card, notes, reprint): replay the model once.
const PRINTED = new Map<string, PrintedRun>();
function printed(block: SimSpec, key: string, t: number): PrintedRun {
  return remember(PRINTED, `${key}@${block.view === 'chart' ? 'chart' : t}`, () => makePrintedRun(block, t));
}

/**
 * A simulation as a printed figure: the network and chart at `tick` (default: the block's printTick, else the
 * end of the run), all SVG, drawn synchronously, with a caption that states the numbers the picture shows.
 * Used by the handout (at build time, as markup: scripts/builtFiguresPlugin.ts) and reveal's ?print-pdf, where
 * canvas and animation would print blank or half-drawn.
 */
export function renderSimSnapshot(container: HTMLElement, block: SimSpec, tick?: number): HTMLElement {
  const doc = container.ownerDocument;
  const perf = doc.defaultView?.performance;
  const started = perf?.now();
  const { key, params } = createSession(block.preset, block.overrides, block.seed);
  const t = printedTick(params.ticks, block, tick);
  const figure = doc.createElement('figure');
  figure.className = `sim-snapshot sim-view-${block.view}`;
  figure.dataset.simId = block.id;
  figure.dataset.tick = String(t);
  if (block.height) figure.style.setProperty('--sim-height', `${block.height}px`);
  const boxes = figure.appendChild(doc.createElement('div'));
  boxes.className = 'sim-figure';
  const caption = doc.createElement('figcaption');
  const p = printed(block, key, t);
  const { run } = p;
  if (params.model === 'science') {
    renderScienceChart(boxes, run);
    caption.textContent = describeScienceFigure(run, documentLocale(doc));
  } else {
    if (p.frame && p.layout) {
      const net = boxes.appendChild(doc.createElement('div'));
      net.className = 'sim-net';
      renderNetwork(net, p.frame, p.layout, { tMax: params.Tmax, print: true });
    }
    if (block.view !== 'network') {
      const chart = boxes.appendChild(doc.createElement('div'));
      chart.className = 'sim-chart-box';
      renderChart(chart, run, t, { metric: block.chart === 'trust' ? 'trustIn' : 'helpReceived' });
    }
    caption.textContent = describeFigure(run, t, documentLocale(doc));
  }
  figure.append(caption);
  container.replaceChildren(figure);
  // A user-timing entry per figure, so the bench (and devtools) can see what printing a simulation costs.
  if (started !== undefined) perf?.measure?.(`sim-snapshot ${block.id}`, { start: started });
  return figure;
}

/** A widget that is only a snapshot: what `opts.print` gives (handout, ?print-pdf). */
export function staticSimWidget(container: HTMLElement, block: SimSpec, tick?: number): SimWidget {
  renderSimSnapshot(container, block, tick);
  const state: WidgetState = {
    id: block.id,
    preset: block.preset,
    overrides: {},
    seed: block.seed,
    tick: tick ?? 0,
    playing: false,
    speed: DEFAULT_SPEED,
  };
  const noop = () => {};
  return {
    activate: noop,
    deactivate: noop,
    play: noop,
    pause: noop,
    seek: noop,
    setState: noop,
    prime: async () => {},
    getState: () => ({ ...state }),
    destroy: () => container.replaceChildren(),
  };
}
