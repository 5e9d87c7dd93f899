// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createPaintGate, FOLLOW_MS } from '../../src/widgets/createPaintGate.ts';

afterEach(() => vi.useRealTimers());

/** jsdom has no IntersectionObserver: a window whose observer reports what the test says is on screen. */
function windowWithViewport() {
  let observer: { cb: IntersectionObserverCallback; targets: Element[] } | undefined;
  class Observer {
    constructor(cb: IntersectionObserverCallback) {
      observer = { cb, targets: [] };
    }
    observe(el: Element) {
      observer!.targets.push(el);
    }
    disconnect() {}
  }
  const win = { IntersectionObserver: Observer, performance } as unknown as Window;
  /** reports each target as on screen or not */
  const show = (on: Map<Element, boolean>) =>
    observer!.cb(
      observer!.targets.map((target) => ({ target, isIntersecting: on.get(target) ?? false })) as never,
      observer as never,
    );
  return { win, show };
}

function gate() {
  vi.useFakeTimers();
  const whole = document.createElement('div');
  const figure = whole.appendChild(document.createElement('div'));
  const { win, show } = windowWithViewport();
  const calls = { paint: 0, skipped: 0 };
  const g = createPaintGate(
    win,
    figure,
    whole,
    () => calls.paint++,
    () => calls.skipped++,
  );
  const view = (fig: boolean, all: boolean) =>
    show(
      new Map([
        [figure, fig],
        [whole, all],
      ]),
    );
  return { g, calls, view };
}

describe('createPaintGate', () => {
  test('paints at once on screen; soon() coalesces requests into one paint per FOLLOW_MS', () => {
    const { g, calls, view } = gate();
    view(true, true);
    g.now();
    expect(calls.paint).toBe(1);
    for (let i = 0; i < 10; i++) g.soon();
    vi.advanceTimersByTime(FOLLOW_MS);
    expect(calls.paint).toBe(2);
  });

  test('a widget wholly off screen (the next slide in the speaker view) sets no timer and runs nothing', () => {
    const { g, calls, view } = gate();
    view(false, false);
    for (let i = 0; i < 10; i++) g.soon();
    g.now();
    expect(vi.getTimerCount()).toBe(0);
    expect(calls).toEqual({ paint: 0, skipped: 0 });
    view(true, true); // back on screen: one paint of what was missed
    expect(calls).toEqual({ paint: 1, skipped: 0 });
  });

  test('controls on screen with the figure scrolled away: kept current without painting the figure', () => {
    const { g, calls, view } = gate();
    view(false, true);
    g.now();
    expect(calls).toEqual({ paint: 0, skipped: 1 });
    view(true, true);
    expect(calls.paint).toBe(1);
  });
});
