/** A follower redraws at most this often while its leader plays: a speaker-view preview needs no more. */
export const FOLLOW_MS = 500;

export interface PaintGate {
  /** paint now, or as soon as the widget is on screen again */
  now(): void;
  /** paint within FOLLOW_MS, coalescing every request made meanwhile into one paint */
  soon(): void;
  cancel(): void;
  destroy(): void;
}

/**
 * Decides when a widget paints: never while its figure is off screen or hidden (a slide not shown, a speaker-view
 * frame scrolled away or showing the next slide, a background tab), which IntersectionObserver tells without any
 * layout work of ours; once when it comes back. `skipped` runs instead of a skipped paint while the rest of the
 * widget (`whole`) is on screen, so controls scrolled into view stay current; with the whole widget off screen, a
 * request sets no timer and runs nothing.
 */
export function createPaintGate(
  win: Window,
  figure: Element,
  whole: Element,
  paint: () => void,
  skipped?: () => void,
): PaintGate {
  // Until the observer first reports, assume visible: a widget mounted on the current slide paints at once.
  const seen = new Map<Element, boolean>([
    [figure, true],
    [whole, true],
  ]);
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = Number.NEGATIVE_INFINITY;
  const clock = () => win.performance?.now() ?? Date.now();
  const shown = (el: Element) => seen.get(el) === true;
  const IO = (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  const observer =
    typeof IO === 'function'
      ? new IO((entries) => {
          for (const entry of entries) seen.set(entry.target, entry.isIntersecting);
          if (dirty && shown(whole)) now();
        })
      : undefined;
  observer?.observe(figure);
  if (whole !== figure) observer?.observe(whole);

  function cancel() {
    clearTimeout(timer);
    timer = undefined;
  }
  function now() {
    cancel();
    if (!shown(figure)) {
      dirty = true;
      if (shown(whole)) skipped?.();
      return;
    }
    dirty = false;
    last = clock();
    paint();
  }
  return {
    now,
    soon() {
      if (!shown(whole)) {
        cancel();
        dirty = true;
      } else if (timer === undefined) timer = setTimeout(now, Math.max(0, last + FOLLOW_MS - clock()));
    },
    cancel,
    destroy() {
      cancel();
      observer?.disconnect();
    },
  };
}
