import { documentLocale, messagesFor } from '../i18n/index.ts';
import type { AgentView, Frame } from '../sim/types.ts';
import type { NetworkLayout } from './layoutNetwork.ts';
import { bandOpacity, EDGE_BANDS, markerPath, type NetworkOptions, networkLook, shortWords } from './networkStyle.ts';
import { PULSE_COLOUR } from './palette.ts';
import { LABEL_FONT, pickLabels } from './pickLabels.ts';

/** While playing, the (thousands of) follows are repainted at most this often; nodes and pulses every frame. */
const EDGES_EVERY_MS = 250;

interface CanvasState {
  layout: NetworkLayout;
  /** a canvas of its own under the nodes (CSS-stacked): frames that keep the follows do not touch it at all */
  edges: HTMLCanvasElement;
  edgesTick: number;
  edgesAt: number;
  lastTick: number;
  textColour: string;
  /** the words last written, as published on the canvas (see `labels` below) */
  labels: string;
}
const states = new WeakMap<HTMLCanvasElement, CanvasState>();

/**
 * The same picture as the SVG network, on a canvas, for a thousand members and their ~8,000 follows. Follows are
 * stroked as a few hairline batches (one per colour and trust band: widths under 1 px take the rasteriser's fast
 * path, wider strokes cost ten times more) into a layer of their own, which is repainted on a seek, when paused,
 * and at most every EDGES_EVERY_MS while playing; members are batched by fill.
 */
export function renderNetworkCanvas(
  canvas: HTMLCanvasElement,
  frame: Frame,
  layout: NetworkLayout,
  opts: NetworkOptions & { live?: boolean },
) {
  const win = canvas.ownerDocument.defaultView;
  const ratio = win?.devicePixelRatio ?? 1;
  const w = Math.round(layout.width * ratio);
  const h = Math.round(layout.height * ratio);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  canvas.setAttribute('role', 'img');
  const m = messagesFor(documentLocale(canvas.ownerDocument));
  const short = shortWords(m);
  canvas.setAttribute('aria-label', m.networkLabelLive({ tick: frame.tick, people: frame.agents.length }));
  const ctx = canvas.getContext('2d');
  if (!ctx) return; // jsdom without a canvas backend: nothing to paint
  let st = states.get(canvas);
  if (st?.layout !== layout || st.edges.width !== w || st.edges.nextElementSibling !== canvas) {
    const edges = edgeCanvas(canvas);
    edges.width = w;
    edges.height = h;
    // computed once per layout: reading it every frame would force a style recalculation each time
    const textColour = win?.getComputedStyle(canvas).color || '#222';
    st = { layout, edges, edgesTick: -1, edgesAt: 0, lastTick: -1, textColour, labels: '' };
    states.set(canvas, st);
  }
  const look = networkLook(frame, opts);
  const at = (id: number) => layout.pos.get(id) ?? { x: layout.width / 2, y: layout.height / 2 };
  const now = win?.performance.now() ?? Date.now();
  const stale = !opts.live || frame.tick !== st.lastTick + 1 || now - st.edgesAt >= EDGES_EVERY_MS;
  st.lastTick = frame.tick;
  if (stale && st.edgesTick !== frame.tick) {
    paintEdges(st.edges, frame, look, at, ratio, layout);
    st.edgesTick = frame.tick;
    st.edgesAt = now;
  }
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, layout.width, layout.height);

  if (!opts.reducedMotion && frame.events.length > 0) {
    ctx.strokeStyle = PULSE_COLOUR;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (const e of frame.events) {
      const r = at(e.receiver);
      ctx.moveTo(r.x + 6, r.y);
      ctx.arc(r.x, r.y, 6, 0, 2 * Math.PI);
    }
    ctx.stroke();
  }

  const byFill = new Map<string, Path2D>();
  for (const a of frame.agents) {
    if (a.kind !== 'member') continue;
    const fill = look.memberFill(a);
    let path = byFill.get(fill);
    if (!path) {
      path = new Path2D();
      byFill.set(fill, path);
    }
    const p = at(a.id);
    const r = look.memberRadius(a) * 0.6;
    path.moveTo(p.x + r, p.y);
    path.arc(p.x, p.y, r, 0, 2 * Math.PI);
  }
  for (const [fill, path] of byFill) {
    ctx.fillStyle = fill;
    ctx.fill(path);
  }

  ctx.font = `600 ${LABEL_FONT}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  const newcomers = frame.agents.filter((a) => a.kind !== 'member');
  const lift = (a: AgentView) => Math.sqrt(look.newcomerSize(a)) / 2 + 4;
  const named = pickLabels(newcomers, at, (a) => short(a), lift);
  const words: [string, number, number][] = [];
  for (const a of newcomers) {
    const p = at(a.id);
    const style = look.styleOf(a);
    ctx.save();
    ctx.translate(p.x, p.y);
    ctx.fillStyle = style.colour;
    ctx.fill(new Path2D(markerPath(style.marker, look.newcomerSize(a))));
    ctx.restore();
    ctx.fillStyle = st.textColour;
    if (named.has(a.id)) {
      ctx.fillText(short(a), p.x, p.y - lift(a));
      words.push([short(a), p.x, Math.round((p.y - lift(a)) * 10) / 10]);
    }
  }
  // A canvas's words are pixels, not elements: what was written where (drawing units, centred on x, baseline y), so a
  // check of the projected slide can size them and find them among the pixels, as it reads an SVG's text boxes.
  const labels = JSON.stringify({ width: layout.width, height: layout.height, font: LABEL_FONT, words });
  if (labels !== st.labels) {
    st.labels = labels;
    canvas.dataset.labels = labels;
  }
}

/** The follows' canvas: the sibling just before the nodes' canvas, made on first use. */
function edgeCanvas(canvas: HTMLCanvasElement): HTMLCanvasElement {
  const prev = canvas.previousElementSibling;
  if (prev instanceof canvas.ownerDocument.defaultView!.HTMLCanvasElement && prev.classList.contains(EDGE_CLASS)) {
    return prev;
  }
  const edges = canvas.ownerDocument.createElement('canvas');
  edges.className = EDGE_CLASS;
  edges.setAttribute('aria-hidden', 'true');
  canvas.before(edges);
  return edges;
}

/** Class of the follows' canvas under a canvas network (renderNetwork removes it with the canvas). */
export const EDGE_CLASS = 'sim-network-edges';

function paintEdges(
  layer: HTMLCanvasElement,
  frame: Frame,
  look: ReturnType<typeof networkLook>,
  at: (id: number) => { x: number; y: number },
  ratio: number,
  layout: NetworkLayout,
) {
  const ctx = layer.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, layout.width, layout.height);
  // One path per (colour, band), indexed by number: no string keys for ~8,000 follows a repaint.
  const colours: string[] = [];
  const colourIndex = new Map<string, number>();
  const paths: Path2D[] = [];
  for (const e of frame.edges) {
    const colour = look.edgeColour(e);
    let c = colourIndex.get(colour);
    if (c === undefined) {
      c = colours.push(colour) - 1;
      colourIndex.set(colour, c);
    }
    const i = c * EDGE_BANDS + look.edgeBand(e);
    let path = paths[i];
    if (!path) {
      path = new Path2D();
      paths[i] = path;
    }
    const a = at(e.from);
    const b = at(e.to);
    path.moveTo(a.x, a.y);
    path.lineTo(b.x, b.y);
  }
  paths.forEach((path, i) => {
    const band = i % EDGE_BANDS;
    ctx.strokeStyle = colours[Math.floor(i / EDGE_BANDS)] ?? '#999';
    ctx.globalAlpha = bandOpacity(band);
    // under one device pixel: the rasteriser's fast hairline path (see above)
    ctx.lineWidth = (0.5 + (0.5 * band) / (EDGE_BANDS - 1)) / ratio;
    ctx.stroke(path);
  });
}
