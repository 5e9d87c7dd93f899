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
 * Decides when a widget paints: never while its box is off screen or hidden (a slide not shown, a speaker-view
 * frame scrolled away, a background tab), which IntersectionObserver tells without any layout work of ours; once
 * when it comes back. `skipped` runs instead of a skipped paint (the widget keeps its controls' text current).
 */
export function createPaintGate(win: Window, target: Element, paint: () => void, skipped?: () => void): PaintGate {
  // Until the observer first reports, assume visible: a widget mounted on the current slide paints at once.
  let visible = true;
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = Number.NEGATIVE_INFINITY;
  const clock = () => win.performance?.now() ?? Date.now();
  const IO = (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  const observer =
    typeof IO === 'function'
      ? new IO((entries) => {
          const entry = entries.at(-1);
          if (!entry) return;
          visible = entry.isIntersecting;
          if (visible && dirty) now();
        })
      : undefined;
  observer?.observe(target);

  function cancel() {
    clearTimeout(timer);
    timer = undefined;
  }
  function now() {
    cancel();
    if (!visible) {
      dirty = true;
      skipped?.();
      return;
    }
    dirty = false;
    last = clock();
    paint();
  }
  return {
    now,
    soon() {
      if (timer !== undefined) return;
      timer = setTimeout(now, Math.max(0, last + FOLLOW_MS - clock()));
    },
    cancel,
    destroy() {
      cancel();
      observer?.disconnect();
    },
  };
}
