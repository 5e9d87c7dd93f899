import { setText } from '../dom/setText.ts';
import { documentLocale, messagesFor } from '../i18n/index.ts';
import type { AgentView, EdgeView, Frame } from '../sim/types.ts';
import { drawMemberGroups } from './drawMemberGroups.ts';
import { type Keyed, keyed, setAttrs, svgChild } from './keyedJoin.ts';
import type { NetworkLayout } from './layoutNetwork.ts';
import {
  bandOpacity,
  bandWidth,
  markerPath,
  type NetworkLook,
  type NetworkOptions,
  networkLook,
  shortWords,
} from './networkStyle.ts';
import { PULSE_COLOUR } from './palette.ts';
import { pickLabels } from './pickLabels.ts';

interface SvgState {
  layout: NetworkLayout;
  /** one path per (colour, trust band) */
  bands: Keyed<string>;
  /** follows shown as single lines for one frame: the new ones fading in, dropped earned ones fading out */
  fading: Keyed<EdgeView>;
  /** last frame's follows, by key, to tell which are new and which were dropped */
  shown: Map<string, EdgeView>;
  pulses: SVGElement;
  members: Keyed<AgentView>;
  /** a still picture's members: three paths per (radius, fill), see drawMemberGroups */
  groups: Keyed<string>;
  newcomers: Keyed<AgentView>;
  labels: Keyed<AgentView>;
  drawn: boolean;
  tick: number;
  look?: NetworkLook;
}

const edgeKey = (e: EdgeView) => `${e.from}>${e.to}`;

const states = new WeakMap<SVGSVGElement, SvgState>();

/** The layers of one svg for one layout; a new layout (other graph or size) starts from an empty svg. */
function stateOf(svg: SVGSVGElement, layout: NetworkLayout): SvgState {
  const old = states.get(svg);
  if (old?.layout === layout) return old;
  svg.replaceChildren();
  // aria-hidden parts of an image (role img): no change for assistive technology, and reveal.js's status walk of a new
  // slide skips them (see hideChartParts)
  const layer = (name: string) => {
    const g = svgChild(svg, 'g', name);
    g.setAttribute('aria-hidden', 'true');
    return g;
  };
  const [edges, pulses, nodes, labels] = ['edges', 'pulses', 'nodes', 'labels'].map(layer) as SVGElement[];
  const state: SvgState = {
    layout,
    bands: keyed(svgChild(edges!, 'g', 'bands'), 'path', (k: string) => k),
    fading: keyed(svgChild(edges!, 'g', 'fades'), 'line', edgeKey),
    shown: new Map(),
    pulses: pulses!,
    members: keyed(nodes!, 'circle', (a: AgentView) => a.id),
    groups: keyed(nodes!, 'path', (k: string) => `members ${k}`),
    newcomers: keyed(nodes!, 'path', (a: AgentView) => a.id),
    labels: keyed(labels!, 'text', (a: AgentView) => a.id),
    drawn: false,
    tick: -1,
  };
  states.set(svg, state);
  return state;
}

/** Drawing options of the SVG network alone. */
export interface SvgNetworkOptions extends NetworkOptions {
  /**
   * A picture that is drawn once and never updated (print): members of the same size and colour are drawn together
   * as dots (see drawMemberGroups), so the ~600 circles of a printed handout become a few dozen elements to lay out
   * and a PDF half the size. Live figures keep one circle per member, which a tick updates in place.
   */
  still?: boolean;
}

/**
 * The network as SVG, updated in place: members, newcomers and their labels keep their elements from frame to
 * frame and only attributes that changed are written. Follows are one path per colour and trust band (a few dozen
 * elements instead of ~900 to restyle and lay out each tick); a new follow is its own line for one frame, fading in,
 * and a dropped earned follow fades out the same way.
 */
export function renderNetworkSvg(svg: SVGSVGElement, frame: Frame, layout: NetworkLayout, opts: SvgNetworkOptions) {
  const look = networkLook(frame, opts);
  const st = stateOf(svg, layout);
  const m = messagesFor(documentLocale(svg.ownerDocument));
  const short = shortWords(m);
  setAttrs(svg, {
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    role: 'img',
    'aria-label': m.networkLabel({ tick: frame.tick, people: frame.agents.length, follows: frame.edges.length }),
  });
  const at = (id: number) => layout.pos.get(id) ?? { x: layout.width / 2, y: layout.height / 2 };
  // Fades belong to playing forward; a seek or a first frame just shows the state.
  const fade = st.drawn && !opts.reducedMotion && frame.tick === st.tick + 1;
  st.tick = frame.tick;

  const shown = new Map(frame.edges.map((e) => [edgeKey(e), e]));
  const fresh = fade ? frame.edges.filter((e) => !st.shown.has(edgeKey(e))) : [];
  const dropped = fade ? [...st.shown].filter(([k, e]) => e.earned && !shown.has(k)).map(([, e]) => e) : [];
  const isFresh = new Set(fresh);
  const prevLook = st.look;
  st.shown = shown;
  st.look = look;
  const paths = new Map<string, string[]>();
  for (const e of frame.edges) {
    if (isFresh.has(e)) continue;
    const k = `${look.edgeColour(e)}|${look.edgeBand(e)}`;
    const a = at(e.from);
    const b = at(e.to);
    let d = paths.get(k);
    if (!d) {
      d = [];
      paths.set(k, d);
    }
    d.push(`M${a.x} ${a.y}L${b.x} ${b.y}`);
  }
  const keys = [...paths.keys()].sort();
  const bands = st.bands.update(keys);
  bands.els.forEach((el, i) => {
    const [colour, band] = keys[i]!.split('|');
    const b = Number(band);
    setAttrs(el, {
      class: `edge-band band-${b}`,
      fill: 'none',
      stroke: colour!,
      'stroke-opacity': bandOpacity(b),
      'stroke-width': bandWidth(b),
      d: paths.get(keys[i]!)!.join(''),
    });
  });
  for (const el of bands.exited) el.remove();
  // Keep the bands in key order, so the same frame is the same markup whatever came before it.
  if (bands.entered.size > 0) for (const el of bands.els) el.parentNode?.appendChild(el);
  const fading = [...fresh, ...dropped];
  const lines = st.fading.update(fading);
  lines.els.forEach((el, i) => {
    const e = fading[i]!;
    const style = i < fresh.length ? look : (prevLook ?? look);
    const a = at(e.from);
    const b = at(e.to);
    setAttrs(el, {
      class: i < fresh.length ? 'edge edge-new' : 'edge-dropped',
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      stroke: style.edgeColour(e),
      'stroke-opacity': style.edgeOpacity(e),
      'stroke-width': style.edgeWidth(e),
    });
  });
  for (const el of lines.exited) el.remove();

  const events = opts.reducedMotion ? [] : frame.events;
  // One fresh path for all of this frame's helps: the CSS pulse animation restarts, on one element instead of dozens.
  st.pulses.replaceChildren();
  if (events.length > 0) {
    const d = events.map((e) => {
      const a = at(e.giver);
      const b = at(e.receiver);
      return `M${a.x} ${a.y}L${b.x} ${b.y}`;
    });
    setAttrs(svgChild(st.pulses, 'path', 'pulse'), { fill: 'none', stroke: PULSE_COLOUR, d: d.join('') });
  }

  const members = frame.agents.filter((a) => a.kind === 'member');
  const newcomers = frame.agents.filter((a) => a.kind !== 'member');
  const drawn = st.members.update(opts.still ? [] : members);
  drawn.els.forEach((el, i) => {
    const a = members[i]!;
    const p = at(a.id);
    setAttrs(el, { class: 'member', cx: p.x, cy: p.y, r: look.memberRadius(a), fill: look.memberFill(a) });
  });
  if (opts.still) drawMemberGroups(st.groups, members, look, at);
  const shapes = st.newcomers.update(newcomers);
  shapes.els.forEach((el, i) => {
    const a = newcomers[i]!;
    const p = at(a.id);
    const style = look.styleOf(a);
    setAttrs(el, {
      class: `newcomer strategy-${a.kind}`,
      d: markerPath(style.marker, look.newcomerSize(a)),
      transform: `translate(${p.x},${p.y})`,
      fill: style.colour,
    });
  });
  const lift = (a: AgentView) => Math.sqrt(look.newcomerSize(a)) / 2 + 4;
  const named = pickLabels(newcomers, at, (a) => short(a), lift);
  const labelled = newcomers.filter((a) => named.has(a.id));
  const words = st.labels.update(labelled);
  words.els.forEach((el, i) => {
    const a = labelled[i]!;
    const p = at(a.id);
    const y = p.y - lift(a);
    setAttrs(el, { class: 'newcomer-label', x: p.x, y: Math.round(y * 10) / 10, 'text-anchor': 'middle' });
    setText(el, short(a));
  });
  for (const el of [...drawn.exited, ...shapes.exited, ...words.exited]) el.remove();
  st.drawn = true;
}
