// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { click, mount, picture, unmountAll } from './harness.ts';

// jsdom draws thousands of SVG elements per frame and this machine is shared: be generous.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  unmountAll();
  vi.useRealTimers();
});

describe('createSimWidget', () => {
  test('builds labelled native controls and draws network and chart', () => {
    const { host, widget } = mount();
    widget.activate();
    expect(host.querySelector('button.sim-play')!.textContent).toBe('Play');
    expect(host.querySelector('.sim-net svg, .sim-net canvas')).not.toBeNull();
    expect(host.querySelectorAll('.sim-chart path.line').length).toBeGreaterThan(0);
    for (const input of host.querySelectorAll('input, select')) {
      const labelled =
        input.closest('label') ?? host.querySelector(`label[for="${input.id}"]`) ?? input.getAttribute('aria-label');
      expect(labelled, input.outerHTML).toBeTruthy();
    }
    expect(host.querySelector('[aria-live="polite"]')).not.toBeNull();
    expect(host.querySelector('details .sim-table-box')).not.toBeNull();
  });

  test('step advances one tick; play advances with the frames and stops at the end', () => {
    const { host, frames, widget } = mount();
    widget.activate();
    click(host, 'button.sim-step');
    expect(widget.getState().tick).toBe(1);
    click(host, 'button.sim-play');
    expect(widget.getState().playing).toBe(true);
    for (let i = 0; i < 6; i++) frames.frame(100); // first frame starts the clock; then one tick per 100 ms at 10/s
    expect(widget.getState().tick).toBe(6);
    expect(host.querySelector('.sim-tick')!.textContent).toMatch(/^6 \//);
  });

  test('scrubbing back shows exactly what a fresh run shows at that tick', () => {
    const a = mount();
    a.widget.activate();
    a.widget.seek(120);
    a.widget.seek(40);
    a.widget.seek(40); // a second draw lets dropped follows finish fading
    const b = mount();
    b.widget.activate();
    b.widget.seek(39);
    click(b.host, 'button.sim-step'); // a fresh widget that walked forward to 40
    b.widget.seek(40);
    expect(picture(a.host)).toEqual(picture(b.host));
    expect(picture(a.host).edges.length).toBeGreaterThan(0);
  }, 20_000);

  test('a slider change re-runs the model', () => {
    const { host, widget } = mount();
    widget.activate();
    widget.seek(150);
    const slider = host.querySelector<HTMLInputElement>('.sim-params input[type="range"]');
    expect(slider, 'the preset offers at least one slider').not.toBeNull();
    const before = picture(host).chart;
    slider!.value = String(Number(slider!.min));
    slider!.dispatchEvent(new Event('change'));
    expect(widget.getState().overrides[slider!.dataset.param!]).toBe(Number(slider!.min));
    expect(picture(host).chart).not.toEqual(before);
  });

  test('moving day now sets tShock to the current tick', () => {
    const { host, widget } = mount();
    widget.activate();
    widget.seek(60);
    click(host, 'button.sim-moving-day');
    expect(widget.getState().overrides.tShock).toBe(60);
    expect(host.querySelector('.moving-day line')!.getAttribute('x1')).toBe(
      host.querySelector('.tick-marker')!.getAttribute('x1'),
    );
  });

  test('a deactivated widget does no work: no frame pending, no timer', () => {
    vi.useFakeTimers();
    const { frames, widget } = mount();
    widget.activate();
    widget.play();
    frames.frame(100);
    frames.frame(100);
    expect(frames.pending()).toBe(1);
    widget.deactivate();
    expect(frames.pending()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    // leaving pauses: coming back finds it paused where it was
    const tick = widget.getState().tick;
    expect(tick).toBeGreaterThan(0);
    expect(widget.getState().playing).toBe(false);
    widget.activate();
    expect(widget.getState()).toMatchObject({ tick, playing: false });
    expect(frames.pending()).toBe(0);
    widget.play();
    expect(frames.pending()).toBe(1);
  });

  test('the clicker is never trapped: a slider keeps its arrows, the deck gets its keys, Space plays', () => {
    const handed: string[] = [];
    const { host, widget } = mount({}, { deckKey: (e) => handed.push(e.key) });
    widget.activate();
    const seen: string[] = [];
    const listener = (e: KeyboardEvent) => seen.push(e.key);
    document.addEventListener('keydown', listener);
    const press = (el: Element, key: string) => {
      const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      el.dispatchEvent(e);
      return e.defaultPrevented;
    };
    const timeline = host.querySelector<HTMLInputElement>('.sim-timeline')!;
    press(timeline, 'ArrowRight'); // the slider's own
    press(timeline, 'k');
    expect(widget.getState().playing).toBe(true);
    // reveal ignores keys while an <input> has focus: the widget hands the deck's keys over itself
    for (const key of ['PageDown', 'PageUp', 's', 'b', 'f', 'o', 'Escape']) expect(press(timeline, key)).toBe(true);
    expect(handed).toEqual(['PageDown', 'PageUp', 's', 'b', 'f', 'o', 'Escape']);
    expect(seen).toEqual([]);
    // on a button or the figure the deck hears every key itself, arrows included; Space plays and pauses
    const play = host.querySelector('button.sim-play')!;
    const figure = host.querySelector('.sim-figure')!;
    for (const el of [play, figure]) for (const key of ['PageDown', 'ArrowRight', 'ArrowLeft', 's']) press(el, key);
    expect(press(figure, ' ')).toBe(true);
    expect(widget.getState().playing).toBe(false);
    document.removeEventListener('keydown', listener);
    expect(seen).toEqual(['PageDown', 'ArrowRight', 'ArrowLeft', 's', 'PageDown', 'ArrowRight', 'ArrowLeft', 's']);
    expect(handed).toHaveLength(7);
  });

  test('notes from the address are shown as text, never as markup', () => {
    const { host, widget } = mount({}, { warnings: ['<img src=x onerror=alert(1)> bad tick'] });
    widget.activate();
    const note = host.querySelector('.sim-note')!;
    expect(note.textContent).toContain('<img');
    expect(note.querySelector('img')).toBeNull();
  });
});
