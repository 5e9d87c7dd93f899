// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { bindIdleControls } from '../../src/widgets/idleControls.ts';

afterEach(() => vi.useRealTimers());

/** A widget with a figure and a controls bar, its idle watch bound; events are dispatched as a pointer would. */
function widget() {
  vi.useFakeTimers();
  document.body.innerHTML =
    '<div class="sim-widget"><div class="fig"></div><div class="ctl"><button></button></div></div>';
  const root = document.querySelector<HTMLElement>('.sim-widget')!;
  const figure = root.querySelector<HTMLElement>('.fig')!;
  const controls = root.querySelector<HTMLElement>('.ctl')!;
  const unbind = bindIdleControls(root, () => controls);
  const at = (el: Element, type: string) => el.dispatchEvent(new Event(type, { bubbles: type !== 'pointerleave' }));
  return { root, figure, controls, unbind, at, awake: () => root.classList.contains('sim-awake') };
}

describe('bindIdleControls', () => {
  test('a move over the figure wakes the controls; two idle seconds put them to sleep', () => {
    const w = widget();
    w.at(w.figure, 'pointermove');
    expect(w.awake()).toBe(true);
    vi.advanceTimersByTime(2100);
    expect(w.awake()).toBe(false);
    w.unbind();
  });

  test('the pointer resting on the controls keeps them awake', () => {
    const w = widget();
    w.at(w.controls.firstElementChild!, 'pointermove');
    vi.advanceTimersByTime(5000);
    expect(w.awake()).toBe(true);
    w.unbind();
  });

  test('leaving after the idle time passed over the controls still puts them to sleep', () => {
    const w = widget();
    w.at(w.controls.firstElementChild!, 'pointermove');
    vi.advanceTimersByTime(2100); // the timer fires while the pointer is over the controls: they stay
    expect(w.awake()).toBe(true);
    w.at(w.root, 'pointerleave');
    vi.advanceTimersByTime(2100);
    expect(w.awake(), 'asleep two seconds after the pointer left').toBe(false);
    w.unbind();
  });
});
