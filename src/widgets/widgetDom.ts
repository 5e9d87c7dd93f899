import { documentLocale, messagesFor } from '../i18n/index.ts';
import type { SimSpec } from './simSpec.ts';

export interface WidgetDom {
  root: HTMLElement;
  figure: HTMLElement;
  network?: HTMLElement;
  chart?: HTMLElement;
  note: HTMLElement;
  /** "Computing this run…" and its Stop button, shown while a big run is made off the main thread */
  computing: HTMLElement;
  stop: HTMLButtonElement;
  /** the slim line that shows how far the run is, when the controls are hidden on a slide */
  progress: HTMLElement;
  summary: HTMLElement;
  details: HTMLDetailsElement;
  table: HTMLElement;
}

/** The widget's boxes, by view: network, chart, both or compare (both, with the strategy selector). */
export function buildWidgetDom(container: HTMLElement, block: SimSpec): WidgetDom {
  const doc = container.ownerDocument;
  const div = (cls: string) => {
    const d = doc.createElement('div');
    d.className = cls;
    return d;
  };
  const root = div(`sim-widget sim-view-${block.view}`);
  root.dataset.simId = block.id;
  if (block.height) root.style.setProperty('--sim-height', `${block.height}px`);
  const figure = root.appendChild(div('sim-figure'));
  // Clicking the picture focuses the widget, so Space then plays it instead of turning the slide (bindWidgetKeys).
  figure.tabIndex = -1;
  const network = block.view === 'chart' ? undefined : figure.appendChild(div('sim-net'));
  // Its own compositor layer: the pulses and fades repaint the network every frame while playing, and without one
  // each frame re-records and re-commits the whole page with it (with the speaker view's frames, three decks).
  // Set here, not in sim.css: only the live widget animates; printed figures share the class and stay flat.
  if (network) network.style.willChange = 'transform';
  const chart = block.view === 'network' ? undefined : figure.appendChild(div('sim-chart-box'));
  const track = root.appendChild(div('sim-progress'));
  track.setAttribute('aria-hidden', 'true');
  const progress = track.appendChild(div('sim-progress-bar'));
  const computing = doc.createElement('p');
  computing.className = 'sim-computing';
  computing.setAttribute('role', 'status');
  computing.hidden = true;
  const m = messagesFor(documentLocale(doc));
  computing.append(`${m.simComputing()} `);
  const stop = computing.appendChild(doc.createElement('button'));
  stop.type = 'button';
  stop.className = 'sim-stop';
  stop.textContent = m.simStop();
  const note = root.appendChild(doc.createElement('p'));
  note.className = 'sim-note';
  note.setAttribute('role', 'note');
  note.hidden = true;
  const summary = doc.createElement('p');
  summary.className = 'sim-summary';
  summary.setAttribute('aria-live', 'polite');
  const details = doc.createElement('details');
  details.className = 'sim-data';
  const label = details.appendChild(doc.createElement('summary'));
  label.textContent = m.simTableToggle();
  const table = details.appendChild(div('sim-table-box'));
  container.appendChild(root);
  // Controls are inserted before the summary by the widget, so the reading order is picture, controls, words.
  root.append(summary, details);
  // last: on a slide it floats over the figure; in the reading view it sits under the widget, after its controls
  root.append(computing);
  return { root, figure, network, chart, note, computing, stop, progress, summary, details, table };
}
