// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PAGE_BUDGET_MS } from '../../src/sim/index.ts';
import { parseKitQuery } from '../../src/views/shared/kitQuery.ts';
import { checkWidgetState, MAX_SEED } from '../../src/widgets/checkWidgetState.ts';
import { createSimSync } from '../../src/widgets/createSimSync.ts';
import type { WidgetState } from '../../src/widgets/types.ts';
import { simStateFromQuery } from '../../src/widgets/urlState.ts';

/** what a widget gets from its page's address: the kit's one reader, then the widget's reading of its keys */
const simStateFromUrl = (search: string, id: string) => simStateFromQuery(parseKitQuery(search).sims.get(id));

import { block } from './frames.ts';
import { mount, unmountAll } from './harness.ts';

vi.setConfig({ testTimeout: 60_000 });
afterEach(() => unmountAll());

const b = block();
const RUN = 200; // the give-first preset's length (schema default ticks)

describe('one check for every number from the address or another window', () => {
  test.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -5, 2.5, '7', null, undefined, {}])(
    'tick %s is dropped with a note',
    (tick) => {
      const r = checkWidgetState(b, { tick }, 'another window');
      expect(r.state.tick).toBeUndefined();
      expect(r.changed).toBe(true);
      expect(r.warnings.join(' ')).toMatch(/Ignored tick .* from another window/);
    },
  );
  test.each([Number.NaN, Number.POSITIVE_INFINITY, -1, 1e300, MAX_SEED + 1, 0.5])('seed %s is dropped', (seed) => {
    const r = checkWidgetState(b, { seed }, 'the address');
    expect(r.state.seed).toBeUndefined();
    expect(r.warnings).toHaveLength(1);
  });
  test('a tick past the run is shown as the run’s last tick, with a note (not 100,000)', () => {
    const r = checkWidgetState(b, { tick: 100_000 }, 'the address');
    expect(r.state.tick).toBe(RUN);
    expect(r.warnings.join(' ')).toMatch(/past the run's end: showing tick 200/);
    const shorter = checkWidgetState(b, { tick: 100_000, overrides: { ticks: 50 } }, 'the address');
    expect(shorter.state.tick).toBe(50);
  });
  test('any valid state passes unchanged; any number out of range is never kept', () => {
    fc.assert(
      fc.property(
        fc.record({ tick: fc.double(), seed: fc.double(), speed: fc.double() }, { requiredKeys: [] }),
        (input) => {
          const r = checkWidgetState(b, input, 'x');
          const { tick, seed, speed } = r.state;
          if (tick !== undefined) expect(Number.isInteger(tick) && tick >= 0 && tick <= RUN).toBe(true);
          if (seed !== undefined) expect(Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED).toBe(true);
          if (speed !== undefined) expect([5, 10, 20, 40]).toContain(speed);
          const valid =
            (input.tick === undefined || (Number.isInteger(input.tick) && input.tick >= 0 && input.tick <= RUN)) &&
            (input.seed === undefined || (Number.isInteger(input.seed) && input.seed >= 0 && input.seed <= MAX_SEED)) &&
            (input.speed === undefined || [5, 10, 20, 40].includes(input.speed));
          expect(r.changed).toBe(!valid);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });
  test('sizes beyond what a page can hold are refused with a note naming the budget and what fits, not clamped', () => {
    for (const search of ['?sim=t-1&nCommunity=1e9', '?sim=t-1&nCommunity=20000']) {
      const read = simStateFromUrl(search, 't-1');
      const r = checkWidgetState(b, read.state, 'the address');
      expect(r.state.overrides).toBeUndefined();
      const note = r.warnings.join(' ');
      expect(note).toMatch(new RegExp(`this page's budget of ${PAGE_BUDGET_MS / 1000}\\.?0? s`));
      const largest = Number(/largest nCommunity that fits with the other settings is (\d+)/.exec(note)![1]);
      expect(checkWidgetState(b, { overrides: { nCommunity: largest } }, 'x').changed).toBe(false);
      expect(checkWidgetState(b, { overrides: { nCommunity: largest + 1 } }, 'x').changed).toBe(true);
    }
    const busy = '?sim=t-1&pNeed=1&pSee=1&pShareCommunity=1&pShareGiver=1&qAmp=1&f0=50&ticks=2000';
    expect(checkWidgetState(b, simStateFromUrl(busy, 't-1').state, 'the address').state.overrides).toBeUndefined();
  });
});

describe('in a widget', () => {
  test('the address’s refused run shows a visible note and the slide’s own run', () => {
    const { host, widget } = mount({}, { initial: { tick: 100_000, overrides: { nCommunity: 20000 } } });
    widget.activate();
    const note = host.querySelector<HTMLElement>('.sim-note')!;
    expect(note.hidden).toBe(false);
    expect(note.textContent).toMatch(/budget/);
    expect(widget.getState().overrides.nCommunity).toBeUndefined();
    expect(widget.getState().tick).toBe(RUN);
  });

  test('NaN, Infinity and negative ticks and seeds from another window are dropped; a valid state is followed', async () => {
    const sync = createSimSync('hostile-channel');
    const seen: WidgetState[] = [];
    const { host, widget } = mount({}, { sync, onState: (s) => seen.push(s) });
    widget.activate();
    const before = widget.getState();
    const good = { ...before, overrides: {} };
    // another window: a channel of its own on the same name (messages arrive structured-cloned, NaN and all)
    const other = new BroadcastChannel('hostile-channel');
    for (const bad of [
      { tick: Number.NaN },
      { tick: Number.POSITIVE_INFINITY },
      { tick: -5 },
      { tick: 100_000 },
      { seed: Number.NaN },
      { seed: -1 },
      { seed: 1e300 },
      { overrides: { nCommunity: 200000 } },
      { overrides: { pNeed: Number.NaN } },
      { speed: 0 },
      { preset: 'science' },
    ]) {
      other.postMessage({ kind: 'state', from: 'evil', state: { ...good, ...bad } });
    }
    for (const junk of [null, 5, 'x', { kind: 'state', from: 'evil' }, { kind: 'state', from: 1, state: good }])
      other.postMessage(junk);
    other.postMessage({ kind: 'state', from: 'friend', state: { ...good, tick: 42 } });
    // messages arrive in order: once the valid one is shown, every hostile one before it has been handled
    await vi.waitFor(() => expect(widget.getState().tick).toBe(42), { timeout: 10_000 });
    expect(seen.map((s) => s.tick)).toEqual([42]);
    expect(widget.getState()).toEqual({ ...before, tick: 42 });
    expect(host.textContent).not.toMatch(/NaN|Infinity|-5 \//);
    other.close();
    sync.close();
  });

  test('the seed box refuses 1e300 and goes back to the seed in use', () => {
    const { host, widget } = mount();
    widget.activate();
    const box = host.querySelector<HTMLInputElement>('.sim-seed')!;
    for (const typed of ['1e300', '-3', '2.5', String(MAX_SEED + 1)]) {
      box.value = typed;
      box.dispatchEvent(new Event('change'));
      expect(widget.getState().seed).toBe(3);
      expect(box.value).toBe('3');
      expect(box.validationMessage).toMatch(/whole number from 0 to 4294967295/);
    }
    box.value = '12';
    box.dispatchEvent(new Event('change'));
    expect(widget.getState().seed).toBe(12);
  });
});

test('a control asking for a run the page cannot hold is refused with a note; the run on screen stays', () => {
  const { host, widget } = mount();
  widget.activate();
  widget.setState({ overrides: { nCommunity: 200000 } });
  expect(widget.getState().overrides.nCommunity).toBeUndefined();
  // in the page's words: what it would cost, and the largest value of that slider's parameter that fits
  expect(host.querySelector('.sim-note')!.textContent).toMatch(
    /^Not changed: this run would take about [\d.,]+ s of computing, over this page's budget of [\d.,]+ s\. The largest “Community size \(people\)” that fits with the other settings is [\d,.]+\.$/,
  );
  widget.setState({ overrides: { nCommunity: 150 } });
  expect(widget.getState().overrides.nCommunity).toBe(150);
  expect(host.querySelector<HTMLElement>('.sim-note')!.hidden).toBe(true);
});
