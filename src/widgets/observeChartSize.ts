/** The charts' narrowest drawing width; their height follows the box. */
const CHART_WIDTH = 560;
/** A wide box (a chart alone across a slide) gets a wider drawing, up to this, so its plot is not a thin strip. */
const MAX_WIDTH = 900;
const MIN_HEIGHT = 180;
const MAX_HEIGHT = 420;

/**
 * Reports the chart height (in drawing units, at CHART_WIDTH wide) that matches the box's shape. A chart squeezed
 * into a short, wide box by a fixed 560×340 drawing would shrink its text to unreadable; matching the shape keeps
 * axis labels at their CSS size. Calls back only when the height changes; nothing without ResizeObserver (jsdom).
 */
export function observeChartSize(
  win: Window,
  box: Element,
  onSize: (height: number, width: number) => void,
): () => void {
  const RO = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
  if (typeof RO !== 'function') return () => {};
  let last = 0;
  const observer = new RO((entries) => {
    const r = entries.at(-1)?.contentRect;
    if (!r || r.width < 1 || r.height < 1) return;
    const w = Math.round(Math.max(CHART_WIDTH, Math.min(MAX_WIDTH, r.width)) / 20) * 20;
    const h = Math.round(Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, (w * r.height) / r.width)) / 10) * 10;
    if (h * 10_000 + w === last) return;
    last = h * 10_000 + w;
    onSize(h, w);
  });
  observer.observe(box);
  return () => observer.disconnect();
}
