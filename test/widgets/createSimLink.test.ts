// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FOLLOW_MS } from '../../src/widgets/createPaintGate.ts';
import { LEADER_SILENCE_MS } from '../../src/widgets/createSimLink.ts';
import { createSimSync } from '../../src/widgets/createSimSync.ts';
import type { SyncMessage } from '../../src/widgets/types.ts';
import { mount, picture, unmountAll } from './harness.ts';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  unmountAll();
  vi.useRealTimers();
});

/**
 * Two widgets of one simulation on one channel (as two windows), plus a listener that records what is said.
 * `paneB`: b is a deck inside another page (a speaker-view pane), a the audience's top-level window.
 */
function pair(name: string, paneB = false) {
  vi.useFakeTimers();
  const sync = createSimSync(name);
  const said: SyncMessage[] = [];
  sync.subscribe('t-1', 'listener', (m) => said.push(m));
  const a = mount({}, { sync, pane: false });
  const b = mount({}, { sync, pane: paneB });
  a.widget.activate();
  b.widget.activate();
  /** `n` animation frames of `ms`, with the wall clock moving along */
  const run = (n: number, ms = 100) => {
    for (let i = 0; i < n; i++) {
      vi.advanceTimersByTime(ms);
      a.frames.frame(ms);
      b.frames.frame(ms);
    }
  };
  return { sync, said, a, b, run };
}

/** The audience's window (top level) and a speaker-view pane showing the same simulation. */
function audienceAndPane(name: string) {
  const { a, b, ...rest } = pair(name, true);
  return { main: a, pane: b, ...rest };
}

/** What a widget that was never in sync shows at `tick`. */
function fresh(tick: number) {
  const c = mount({ id: 'fresh' });
  c.widget.activate();
  c.widget.seek(tick);
  c.widget.seek(tick); // a second draw lets dropped follows finish fading
  return picture(c.host);
}

describe('sync between instances', () => {
  test('play pressed in a speaker-view pane: the audience’s window runs the clock, the pane follows', () => {
    const { sync, said, main, pane, run } = audienceAndPane('test-sync-pane');
    pane.widget.play();
    run(12);
    const [tm, tp] = [main.widget.getState().tick, pane.widget.getState().tick];
    expect(tm).toBeGreaterThan(tp); // the pane shows what it last heard, the main window plays on
    expect(main.frames.pending()).toBeGreaterThan(0);
    expect(pane.frames.pending()).toBe(0);
    const last = said.filter((m) => m.kind === 'state').at(-1)!;
    expect(last.kind === 'state' && last.pane).toBeFalsy(); // the last word came from the main window
    pane.widget.pause();
    expect(main.widget.getState()).toEqual(pane.widget.getState());
    sync.close();
  });

  test('two top-level windows: the one that acts keeps the clock', () => {
    const { sync, a, b, run } = pair('test-sync-top');
    b.widget.play();
    run(12);
    expect(b.widget.getState().tick).toBeGreaterThan(a.widget.getState().tick);
    expect(a.frames.pending()).toBe(0);
    sync.close();
  });

  test('the window that acts leads; the other shows exactly the ticks it hears, without a clock of its own', () => {
    const { sync, a, b, run } = pair('test-sync-1');
    a.widget.play();
    const lag = Math.ceil((FOLLOW_MS / 1000) * a.widget.getState().speed) + 1;
    for (let i = 0; i < 4; i++) {
      run(4);
      const [ta, tb] = [a.widget.getState().tick, b.widget.getState().tick];
      expect(b.frames.pending()).toBe(0);
      expect(tb).toBeLessThanOrEqual(ta);
      expect(ta - tb).toBeLessThanOrEqual(lag);
    }
    vi.advanceTimersByTime(FOLLOW_MS); // the follower's preview paints
    expect(picture(b.host)).toEqual(fresh(b.widget.getState().tick));
    a.widget.pause();
    expect(b.widget.getState()).toEqual(a.widget.getState());
    expect(picture(b.host)).toEqual(picture(a.host));
    b.widget.seek(10); // now b leads
    expect(a.widget.getState()).toMatchObject({ tick: 10, playing: false });
    expect(picture(a.host)).toEqual(picture(b.host));
    sync.close();
  });

  test('while playing, the leader speaks at most once per FOLLOW_MS, with the frame of the tick it sends', () => {
    const { sync, said, a, run } = pair('test-sync-2');
    a.widget.play();
    said.length = 0;
    const ms = 3000;
    run(ms / 100);
    const states = said.filter((m) => m.kind === 'state');
    expect(a.widget.getState().tick).toBeGreaterThan(2 * states.length);
    expect(states.length).toBeLessThanOrEqual(ms / FOLLOW_MS + 1);
    expect(states.length).toBeGreaterThanOrEqual(ms / FOLLOW_MS / 2);
    for (const m of states) expect(m.kind === 'state' && m.frame?.tick).toBe(m.kind === 'state' && m.state.tick);
    sync.close();
  });

  test('a follower that acts while the leader plays starts from where the leader has got to', () => {
    const { sync, a, b, run } = pair('test-sync-3');
    a.widget.play();
    run(13);
    const reached = a.widget.getState().tick;
    expect(b.widget.getState().tick).toBeLessThan(reached);
    b.widget.pause();
    expect(Math.abs(a.widget.getState().tick - reached)).toBeLessThanOrEqual(1);
    expect(a.widget.getState()).toEqual(b.widget.getState());
    sync.close();
  });

  test('a follower takes over once the playing leader falls silent, not before', () => {
    const { sync, a, b, run } = pair('test-sync-4');
    a.widget.play();
    run((3 * LEADER_SILENCE_MS) / 100);
    expect(b.frames.pending()).toBe(0);
    const tick = b.widget.getState().tick;
    a.widget.destroy(); // the leader's window closes
    vi.advanceTimersByTime(LEADER_SILENCE_MS);
    expect(b.frames.pending()).toBe(1);
    b.frames.frame(100);
    b.frames.frame(100);
    expect(b.widget.getState().tick).toBeGreaterThan(tick);
    sync.close();
  });

  test('different simulations on one page never clash', () => {
    const sync = createSimSync('test-sync-5');
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
