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
    const tick = widget.getState().tick;
    widget.activate();
    expect(widget.getState().tick).toBe(tick);
    expect(frames.pending()).toBe(1);
  });

  test('keys inside the widget do not reach the deck; k plays', () => {
    const { host, widget } = mount();
    widget.activate();
    const seen: string[] = [];
    const listener = (e: KeyboardEvent) => seen.push(e.key);
    document.addEventListener('keydown', listener);
    const timeline = host.querySelector<HTMLInputElement>('.sim-timeline')!;
    timeline.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    timeline.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
    timeline.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.removeEventListener('keydown', listener);
    expect(seen).toEqual(['Escape']);
    expect(widget.getState().playing).toBe(true);
  });

  test('notes from the address are shown as text, never as markup', () => {
    const { host, widget } = mount({}, { warnings: ['<img src=x onerror=alert(1)> bad tick'] });
    widget.activate();
    const note = host.querySelector('.sim-note')!;
    expect(note.textContent).toContain('<img');
    expect(note.querySelector('img')).toBeNull();
  });
});
