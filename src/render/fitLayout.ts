import type { NetworkLayout } from './layoutNetwork.ts';

/** Past this stretch along one axis the rest of the box stays empty: a network squeezed into a strip reads as a line. */
const MAX_STRETCH = 2.5;
// A pure memo per layout and box (same inputs, same output): a frame drawn in the same box reuses the fitted layout,
// so the renderers, which start afresh on a new layout object, update their drawing in place.
const fits = new WeakMap<NetworkLayout, Map<string, NetworkLayout>>();

/**
 * The layout drawn at the shape of its box. The scale is the one a drawing kept at its own shape would get (the
 * smaller of box/drawing along each axis), so member dots and words keep their size on screen; the drawing's other
 * side grows to the box's, and the members spread into it: the span between the outermost positions is stretched,
 * the margins kept. A network alone under a slide's title fills the slide's width instead of a 7:5 patch in its
 * middle. Positions are a pure function of (layout, box): every window with the same box draws the same picture.
 */
export function fitLayout(layout: NetworkLayout, box: { width: number; height: number } | undefined): NetworkLayout {
  if (!box || !(box.width >= 1 && box.height >= 1)) return layout;
  const scale = Math.min(box.width / layout.width, box.height / layout.height);
  const width = Math.round(Math.min(MAX_STRETCH * layout.width, box.width / scale));
  const height = Math.round(Math.min(MAX_STRETCH * layout.height, box.height / scale));
  if (width <= layout.width && height <= layout.height) return layout;
  const key = `${width}x${height}`;
  let memo = fits.get(layout);
  const hit = memo?.get(key);
  if (hit) return hit;
  const xs = stretch(layout, 'x', width - layout.width);
  const ys = stretch(layout, 'y', height - layout.height);
  const pos = new Map<number, { x: number; y: number }>();
  for (const [id, p] of layout.pos) pos.set(id, { x: xs(p.x), y: ys(p.y) });
  const fitted: NetworkLayout = { width, height, pos };
  if (!memo) {
    memo = new Map();
    fits.set(layout, memo);
  }
  memo.set(key, fitted);
  if (memo.size > 4) memo.delete(memo.keys().next().value as string);
  return fitted;
}

/** Maps one axis: the span between the outermost positions grows by `extra`, the margin on either side stays. */
function stretch(layout: NetworkLayout, axis: 'x' | 'y', extra: number): (v: number) => number {
  if (extra <= 0) return (v) => v;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const p of layout.pos.values()) {
    lo = Math.min(lo, p[axis]);
    hi = Math.max(hi, p[axis]);
  }
  if (!(hi > lo)) return (v) => v + extra / 2;
  const k = (hi - lo + extra) / (hi - lo);
  // two decimals: the drawing's markup stays short and the same in every window
  return (v) => Math.round((lo + (v - lo) * k) * 100) / 100;
}
