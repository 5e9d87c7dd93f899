import { type Selection, select } from 'd3';
import type { AgentView, EdgeView, Frame } from '../sim/types.ts';
import type { NetworkLayout } from './layoutNetwork.ts';
import { markerPath, type NetworkOptions, networkLook } from './networkStyle.ts';
import { PULSE_COLOUR } from './palette.ts';
import { renderNetworkCanvas } from './renderNetworkCanvas.ts';

export interface RenderNetworkOptions extends NetworkOptions {
  /** force a drawing surface; default: SVG up to CANVAS_ABOVE agents, canvas above (print always SVG) */
  surface?: 'svg' | 'canvas' | 'auto';
  /** a static picture: no pulses or fades (handout, ?print-pdf) */
  print?: boolean;
}

/** Above this many agents SVG cannot redraw at 30 fps; canvas can. */
export const CANVAS_ABOVE = 400;

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
  }
  if (surface.tagName.toLowerCase() === 'canvas') {
    renderNetworkCanvas(surface as HTMLCanvasElement, frame, layout, opts);
  } else {
    renderNetworkSvg(surface as SVGSVGElement, frame, layout, {
      ...opts,
      reducedMotion: opts.reducedMotion || opts.print,
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

function renderNetworkSvg(svgEl: SVGSVGElement, frame: Frame, layout: NetworkLayout, opts: NetworkOptions) {
  const look = networkLook(frame, opts);
  const svg = select(svgEl)
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
    .attr('role', 'img')
    .attr('aria-label', `Network at tick ${frame.tick}: ${frame.agents.length} people, ${frame.edges.length} follows`);
  const layer = (name: string) =>
    svg.selectAll<SVGGElement, string>(`g.${name}`).data([name]).join('g').attr('class', name);
  const edges = layer('edges');
  const pulses = layer('pulses');
  const nodes = layer('nodes');
  const labels = layer('labels');
  const at = (id: number) => layout.pos.get(id) ?? { x: layout.width / 2, y: layout.height / 2 };
  const first = edges.node()?.querySelector('line') == null;

  // Dropped follows fade for one tick (CSS), then go; new follows fade in.
  edges.selectAll('line.edge-dropped').remove();
  edges
    .selectAll<SVGLineElement, EdgeView>('line.edge')
    .data(frame.edges, (e) => `${e.from}>${e.to}`)
    .join(
      (enter) => enter.append('line').classed('edge-new', !first && !opts.reducedMotion),
      (update) => update.classed('edge-new', false),
      (exit) => {
        if (opts.reducedMotion) exit.remove();
        else exit.filter((e) => !e.earned).remove();
        exit
          .filter((e) => e.earned)
          .classed('edge-dropped', true)
          .classed('edge', false);
      },
    )
    .classed('edge', true)
    .classed('earned', (e) => e.earned)
    .attr('x1', (e) => at(e.from).x)
    .attr('y1', (e) => at(e.from).y)
    .attr('x2', (e) => at(e.to).x)
    .attr('y2', (e) => at(e.to).y)
    .attr('stroke', look.edgeColour)
    .attr('stroke-opacity', look.edgeOpacity)
    .attr('stroke-width', look.edgeWidth);

  const events = opts.reducedMotion ? [] : frame.events;
  pulses
    .selectAll('line.pulse')
    .data(events)
    .join('line')
    .attr('class', 'pulse')
    .attr('stroke', PULSE_COLOUR)
    .attr('x1', (e) => at(e.giver).x)
    .attr('y1', (e) => at(e.giver).y)
    .attr('x2', (e) => at(e.receiver).x)
    .attr('y2', (e) => at(e.receiver).y);

  const members = frame.agents.filter((a) => a.kind === 'member');
  const newcomers = frame.agents.filter((a) => a.kind !== 'member');
  nodes
    .selectAll<SVGCircleElement, AgentView>('circle.member')
    .data(members, (a) => a.id)
    .join('circle')
    .attr('class', 'member')
    .attr('cx', (a) => at(a.id).x)
    .attr('cy', (a) => at(a.id).y)
    .attr('r', look.memberRadius)
    .attr('fill', look.memberFill);
  nodes
    .selectAll<SVGPathElement, AgentView>('path.newcomer')
    .data(newcomers, (a) => a.id)
    .join('path')
    .attr('class', (a) => `newcomer strategy-${a.kind}`)
    .attr('d', (a) => markerPath(look.styleOf(a).marker, look.newcomerSize(a)))
    .attr('transform', (a) => `translate(${at(a.id).x},${at(a.id).y})`)
    .attr('fill', (a) => look.styleOf(a).colour);
  labels
    .selectAll<SVGTextElement, AgentView>('text')
    .data(newcomers, (a) => a.id)
    .join('text')
    .attr('class', 'newcomer-label')
    .attr('x', (a) => at(a.id).x)
    .attr('y', (a) => at(a.id).y - Math.sqrt(look.newcomerSize(a)) / 2 - 4)
    .attr('text-anchor', 'middle')
    .text((a) => look.styleOf(a).short);
}
