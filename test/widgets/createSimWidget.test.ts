// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createSimSync } from '../../src/widgets/createSimSync.ts';
import { createSimWidget } from '../../src/widgets/createSimWidget.ts';
import type { SimWidget } from '../../src/widgets/types.ts';
import { block, manualFrames } from './frames.ts';

// jsdom draws thousands of SVG elements per frame and this machine is shared: be generous.
vi.setConfig({ testTimeout: 30_000 });

const made: SimWidget[] = [];
function mount(over = {}, opts = {}) {
  const host = document.body.appendChild(document.createElement('div'));
  const frames = manualFrames();
  const widget = createSimWidget(host, block(over), { scheduler: frames.scheduler, reducedMotion: true, ...opts });
  made.push(widget);
  return { host, frames, widget };
}
afterEach(() => {
  for (const w of made.splice(0)) w.destroy();
  document.body.replaceChildren();
  vi.useRealTimers();
});

/** What the network shows, independent of fades: every follow's ends and brightness, every node's look. */
function picture(host: HTMLElement) {
  const bands = [...host.querySelectorAll('.sim-net path.edge-band')].flatMap((p) =>
    (p.getAttribute('d') ?? '')
      .split('M')
      .filter(Boolean)
      .map((d) => `${d},${p.getAttribute('stroke')},${p.getAttribute('stroke-opacity')}`),
  );
  const lines = [...host.querySelectorAll('.sim-net line.edge')].map((l) =>
    ['x1', 'y1', 'x2', 'y2', 'stroke', 'stroke-opacity'].map((a) => l.getAttribute(a)).join(','),
  );
  const nodes = [...host.querySelectorAll('.sim-net circle, .sim-net path:not(.edge-band)')].map((n) =>
    ['cx', 'cy', 'r', 'fill', 'd', 'transform'].map((a) => n.getAttribute(a)).join(','),
  );
  return { edges: [...bands, ...lines].sort(), nodes, chart: host.querySelector('.sim-chart .lines')?.innerHTML };
}

const click = (host: HTMLElement, sel: string) => host.querySelector<HTMLElement>(sel)!.click();

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

describe('sync between instances', () => {
  test('the window that acts leads; the other follows without a clock of its own', () => {
    const sync = createSimSync('test-sync-1');
    const a = mount({}, { sync });
    const b = mount({}, { sync });
    a.widget.activate();
    b.widget.activate();
    a.widget.play();
    for (let i = 0; i < 5; i++) a.frames.frame(100);
    expect(a.widget.getState().tick).toBe(4);
    expect(b.widget.getState()).toEqual(a.widget.getState());
    expect(b.frames.pending()).toBe(0);
    b.widget.seek(10); // now b leads
    expect(a.widget.getState().tick).toBe(10);
    expect(a.widget.getState().playing).toBe(false);
    expect(picture(a.host)).toEqual(picture(b.host));
    sync.close();
  });

  test('different simulations on one page never clash', () => {
    const sync = createSimSync('test-sync-2');
    const a = mount({ id: 'a-1' }, { sync });
    const b = mount({ id: 'b-1' }, { sync });
    a.widget.activate();
    b.widget.activate();
    a.widget.seek(30);
    expect(b.widget.getState().tick).toBe(0);
    expect(new Set([...document.querySelectorAll('[id]')].map((e) => e.id)).size).toBe(
      document.querySelectorAll('[id]').length,
    );
    sync.close();
  });
});
