import type { Frame } from '../sim/types.ts';
import type { NetworkLayout } from './layoutNetwork.ts';
import { markerPath, type NetworkOptions, networkLook } from './networkStyle.ts';
import { PULSE_COLOUR } from './palette.ts';

/**
 * The same picture as the SVG network, on a canvas: a thousand members and their follows redraw in a few
 * milliseconds, where SVG would rebuild thousands of elements. Edges are batched into a few opacity bands
 * so a frame is a handful of strokes, not one per edge.
 */
export function renderNetworkCanvas(
  canvas: HTMLCanvasElement,
  frame: Frame,
  layout: NetworkLayout,
  opts: NetworkOptions,
) {
  const ratio = canvas.ownerDocument.defaultView?.devicePixelRatio ?? 1;
  const w = Math.round(layout.width * ratio);
  const h = Math.round(layout.height * ratio);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `Network at tick ${frame.tick}: ${frame.agents.length} people`);
  const ctx = canvas.getContext('2d');
  if (!ctx) return; // jsdom without a canvas backend: nothing to paint
  const look = networkLook(frame, opts);
  const at = (id: number) => layout.pos.get(id) ?? { x: layout.width / 2, y: layout.height / 2 };
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, layout.width, layout.height);

  const BANDS = 5;
  const batches = new Map<string, Path2D>();
  for (const e of frame.edges) {
    const band = Math.min(BANDS - 1, Math.floor(((look.edgeOpacity(e) - 0.1) / 0.8) * BANDS));
    const key = `${look.edgeColour(e)}|${band}`;
    let path = batches.get(key);
    if (!path) {
      path = new Path2D();
      batches.set(key, path);
    }
    const a = at(e.from);
    const b = at(e.to);
    path.moveTo(a.x, a.y);
    path.lineTo(b.x, b.y);
  }
  for (const [key, path] of batches) {
    const [colour, band] = key.split('|');
    ctx.strokeStyle = colour ?? '#999';
    ctx.globalAlpha = 0.1 + (0.8 * (Number(band) + 0.5)) / BANDS;
    ctx.lineWidth = 0.6 + Number(band) * 0.35;
    ctx.stroke(path);
  }
  ctx.globalAlpha = 1;

  if (!opts.reducedMotion && frame.events.length > 0) {
    ctx.strokeStyle = PULSE_COLOUR;
    ctx.lineWidth = 2;
    ctx.beginPath();
    for (const e of frame.events) {
      const r = at(e.receiver);
      ctx.moveTo(r.x + 9, r.y);
      ctx.arc(r.x, r.y, 9, 0, 2 * Math.PI);
    }
    ctx.stroke();
  }

  const textColour = canvas.ownerDocument.defaultView?.getComputedStyle(canvas).color || '#222';
  ctx.font = '12px system-ui, sans-serif';
  ctx.textAlign = 'center';
  for (const a of frame.agents) {
    const p = at(a.id);
    if (a.kind === 'member') {
      ctx.fillStyle = look.memberFill(a);
      ctx.beginPath();
      ctx.arc(p.x, p.y, look.memberRadius(a) * 0.6, 0, 2 * Math.PI);
      ctx.fill();
      continue;
    }
    const style = look.styleOf(a);
    ctx.save();
    ctx.translate(p.x, p.y);
    ctx.fillStyle = style.colour;
    ctx.fill(new Path2D(markerPath(style.marker, look.newcomerSize(a))));
    ctx.restore();
    ctx.fillStyle = textColour;
    ctx.fillText(style.short, p.x, p.y - Math.sqrt(look.newcomerSize(a)) / 2 - 4);
  }
}
