import type { SimWidgetOptions } from '../../src/widgets/createSimWidget.ts';
import { createSimWidget } from '../../src/widgets/createSimWidget.ts';
import type { SimWidget } from '../../src/widgets/types.ts';
import { block, manualFrames } from './frames.ts';

const made: SimWidget[] = [];

/** A widget in a fresh box of the document, with hand-driven animation frames; `unmountAll` in afterEach. */
export function mount(over = {}, opts: SimWidgetOptions = {}) {
  const host = document.body.appendChild(document.createElement('div'));
  const frames = manualFrames();
  const widget = createSimWidget(host, block(over), { scheduler: frames.scheduler, reducedMotion: true, ...opts });
  made.push(widget);
  return { host, frames, widget };
}

export function unmountAll() {
  for (const w of made.splice(0)) w.destroy();
  document.body.replaceChildren();
}

/** What the network shows, independent of fades: every follow's ends and brightness, every node's look. */
export function picture(host: HTMLElement) {
  const bands = [...host.querySelectorAll('.sim-net path.edge-band')].flatMap((p) =>
    (p.getAttribute('d') ?? '')
      .split('M')
      .filter(Boolean)
      .map((d) => `${d},${p.getAttribute('stroke')},${p.getAttribute('stroke-opacity')}`),
  );
  const lines = [...host.querySelectorAll('.sim-net line.edge')].map((l) =>
    ['x1', 'y1', 'x2', 'y2', 'stroke', 'stroke-opacity'].map((a) => l.getAttribute(a)).join(','),
  );
  const nodes = [...host.querySelectorAll('.sim-net circle, .sim-net path:not(.edge-band)')].map((n) =>
    ['cx', 'cy', 'r', 'fill', 'd', 'transform'].map((a) => n.getAttribute(a)).join(','),
  );
  return { edges: [...bands, ...lines].sort(), nodes, chart: host.querySelector('.sim-chart .lines')?.innerHTML };
}

export const click = (host: HTMLElement, sel: string) => host.querySelector<HTMLElement>(sel)!.click();
