import type { SimBlock } from '../content/types.ts';
import { layoutNetwork } from '../render/layoutNetwork.ts';
import { renderChart } from '../render/renderChart.ts';
import { renderNetwork } from '../render/renderNetwork.ts';
import { renderScienceChart } from '../render/renderScienceChart.ts';
import { simulate } from '../sim/index.ts';
import type { Frame, Run } from '../sim/types.ts';
import { createSession, NETWORK_SIZE, type SimSession } from './simSession.ts';
import { describeFigure } from './summary.ts';
import { DEFAULT_SPEED, type SimWidget, type WidgetState } from './types.ts';

interface Printed {
  run: Run;
  /** the network at the figure's tick and at tick 0 (what the layout is made from); absent for a chart alone */
  frames?: Frame[];
}

// The handout and ?print-pdf may draw one block more than once (card, notes, reprint): replay the model once.
const PRINTED = new Map<string, Printed>();
/** The run for the chart and caption and, when a network is drawn, its frames: all from one pass of the model. */
function printed(s: SimSession, t: number, network: boolean): Printed {
  const key = `${s.key}@${network ? t : 'chart'}`;
  let p = PRINTED.get(key);
  if (!p) {
    if (s.science || !network) p = { run: s.run() };
    else {
      const run = simulate(s.params, s.seed, { framesAt: [t, 0] });
      p = { run, frames: run.frames };
    }
    PRINTED.set(key, p);
    if (PRINTED.size > 16) PRINTED.delete(PRINTED.keys().next().value as string);
  }
  return p;
}

/**
 * A simulation as a printed figure: the network and chart at `tick` (default: the block's printTick, else the
 * end of the run), all SVG, drawn synchronously, with a caption that states the numbers the picture shows.
 * Used by the handout and reveal's ?print-pdf, where canvas and animation would print blank or half-drawn.
 */
export function renderSimSnapshot(container: HTMLElement, block: SimBlock, tick?: number): HTMLElement {
  const doc = container.ownerDocument;
  const perf = doc.defaultView?.performance;
  const started = perf?.now();
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
  const { run, frames } = printed(s, t, block.view !== 'chart');
  if (s.science) {
    renderScienceChart(boxes, run);
    caption.textContent = `Cooperation by generation (seed ${s.seed}); in the last generations ${Math.round((run.cooperation ?? 0) * 100)}% of donations were gifts.`;
  } else {
    if (frames) {
      const net = boxes.appendChild(doc.createElement('div'));
      net.className = 'sim-net';
      // the same layout (and cache entry) as the session's: made from the tick-0 graph with the session's size
      const layout = layoutNetwork(frames[1]!, { ...NETWORK_SIZE, seed: s.seed });
      renderNetwork(net, frames[0]!, layout, { tMax: s.params.Tmax, print: true });
    }
    if (block.view !== 'network') {
      const chart = boxes.appendChild(doc.createElement('div'));
      chart.className = 'sim-chart-box';
      renderChart(chart, run, t);
    }
    caption.textContent = describeFigure(run, t);
  }
  figure.append(caption);
  container.replaceChildren(figure);
  // A user-timing entry per figure, so the bench (and devtools) can see what printing a simulation costs.
  if (started !== undefined) perf?.measure?.(`sim-snapshot ${block.id}`, { start: started });
  return figure;
}

/** A widget that is only a snapshot: what `opts.print` gives (handout, ?print-pdf). */
export function staticSimWidget(container: HTMLElement, block: SimBlock, tick?: number): SimWidget {
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
    getState: () => ({ ...state }),
    destroy: () => container.replaceChildren(),
  };
}
