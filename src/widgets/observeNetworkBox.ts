/** A box's size in CSS pixels (untransformed: a slide scaled by reveal reports its own 1280×720 layout's sizes). */
export interface BoxSize {
  width: number;
  height: number;
}

/**
 * Reports the network box's size in whole CSS pixels whenever it changes, so the network is drawn at the box's shape
 * (render/fitLayout.ts). Only a box whose height the page sets (sim.css marks it `--sim-fit: box`: a slide's figure)
 * is fitted: a box as tall as its drawing (the reading view, a phone) would keep whatever shape it was first given.
 * Reports undefined for those; nothing without ResizeObserver (jsdom): the drawing then keeps its own shape.
 */
export function observeNetworkBox(
  win: Window,
  box: HTMLElement,
  onSize: (size: BoxSize | undefined) => void,
): () => void {
  const RO = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
  if (typeof RO !== 'function') return () => {};
  let last = '';
  const observer = new RO((entries) => {
    const r = entries.at(-1)?.contentRect;
    if (!r || r.width < 1 || r.height < 1) return;
    const size = fits(box) ? { width: Math.round(r.width), height: Math.round(r.height) } : undefined;
    const key = size ? `${size.width}x${size.height}` : 'none';
    if (key === last) return;
    last = key;
    onSize(size);
  });
  observer.observe(box);
  return () => observer.disconnect();
}

/** The box's size now, for a first frame drawn before the observer has reported (undefined while not laid out). */
export function measureBox(box: HTMLElement): BoxSize | undefined {
  if (!fits(box)) return undefined;
  const width = box.clientWidth;
  const height = box.clientHeight;
  return width >= 1 && height >= 1 ? { width, height } : undefined;
}

const fits = (box: HTMLElement) =>
  box.ownerDocument.defaultView?.getComputedStyle(box).getPropertyValue('--sim-fit').trim() === 'box';
