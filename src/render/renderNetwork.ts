import type { Selection } from 'd3';
import type { Frame } from '../sim/types.ts';
import type { NetworkLayout } from './layoutNetwork.ts';
import type { NetworkOptions } from './networkStyle.ts';
import { EDGE_CLASS, renderNetworkCanvas } from './renderNetworkCanvas.ts';
import { renderNetworkSvg } from './renderNetworkSvg.ts';

export interface RenderNetworkOptions extends NetworkOptions {
  /** force a drawing surface; default: SVG up to CANVAS_ABOVE agents, canvas above (print always SVG) */
  surface?: 'svg' | 'canvas' | 'auto';
  /** a static picture: no pulses or fades (handout, ?print-pdf) */
  print?: boolean;
  /** playing: a canvas may repaint its thousands of follows less often than every frame */
  live?: boolean;
}

/** Above this many agents SVG cannot redraw at 30 fps; canvas can. */
const CANVAS_ABOVE = 400;

type Target = Element | Selection<Element, unknown, null, undefined>;

/**
 * Draw one frame of the network. Given an <svg> or <canvas>, draws into it; given any other element, keeps one
 * child surface of the right kind. Newcomers are shapes with a word beside them; members grow and turn amber with
 * the trust they hold in newcomers; follow edges brighten with trust; each help given this tick pulses once.
 */
export function renderNetwork(target: Target, frame: Frame, layout: NetworkLayout, opts: RenderNetworkOptions = {}) {
  const el = 'node' in target ? (target.node() as Element) : target;
  const tag = el.tagName.toLowerCase();
  const wantCanvas =
    !opts.print &&
    (opts.surface === 'canvas' || (opts.surface !== 'svg' && frame.agents.length > CANVAS_ABOVE) || tag === 'canvas');
  let surface = el;
  if (tag !== 'svg' && tag !== 'canvas') {
    const kind = wantCanvas ? 'canvas' : 'svg';
    surface = el.querySelector(`:scope > ${kind}.sim-network`) ?? createSurface(el, kind);
    for (const old of el.querySelectorAll(`:scope > .sim-network:not(${kind})`)) old.remove();
    if (kind === 'svg') for (const old of el.querySelectorAll(`:scope > .${EDGE_CLASS}`)) old.remove();
  }
  if (surface.tagName.toLowerCase() === 'canvas') {
    renderNetworkCanvas(surface as HTMLCanvasElement, frame, layout, opts);
  } else {
    renderNetworkSvg(surface as SVGSVGElement, frame, layout, {
      ...opts,
      reducedMotion: opts.reducedMotion || opts.print,
      still: opts.print,
    });
  }
  return surface;
}

function createSurface(parent: Element, kind: 'svg' | 'canvas'): Element {
  const doc = parent.ownerDocument;
  const node = kind === 'svg' ? doc.createElementNS('http://www.w3.org/2000/svg', 'svg') : doc.createElement('canvas');
  node.setAttribute('class', 'sim-network');
  parent.appendChild(node);
  return node;
}
