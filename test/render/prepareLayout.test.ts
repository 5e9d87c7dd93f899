import { describe, expect, test, vi } from 'vitest';
import { createSim, presets } from '../../src/sim/index.ts';
import type { Frame } from '../../src/sim/types.ts';

type LayoutModule = typeof import('../../src/render/layoutNetwork.ts');
// a fresh module each time: an empty memo, so every layout below is really computed
const freshModule = async (): Promise<LayoutModule> => {
  vi.resetModules();
  return import('../../src/render/layoutNetwork.ts');
};

const frames = (): { frame: Frame; seed: number }[] =>
  [1, 7, 42, 1234].flatMap((seed) =>
    Object.values(presets).map((preset) => ({
      frame: createSim({ ...(preset as object) }, seed).stateAt(0),
      seed,
    })),
  );

describe('prepareLayout: the layout made in slices ahead of need', () => {
  test('gives the very positions layoutNetwork computes, for every preset and several seeds', async () => {
    const cases = frames().filter(({ frame }) => frame.agents.length > 0);
    expect(cases.length).toBeGreaterThan(4);
    for (const { frame, seed } of cases) {
      const opts = { width: 560, height: 400, seed };
      const sliced = await (await freshModule()).prepareLayout(frame, opts, async () => {});
      const whole = (await freshModule()).layoutNetwork(frame, opts);
      expect([...sliced.pos]).toEqual([...whole.pos]);
    }
  });

  test('pauses between slices, and the widget then finds the layout made (no second computation)', async () => {
    const mod = await freshModule();
    const { frame, seed } = frames()[0]!;
    const opts = { width: 560, height: 400, seed };
    let pauses = 0;
    expect(mod.hasLayout(frame, opts)).toBe(false);
    const made = await mod.prepareLayout(frame, opts, async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThan(3);
    expect(mod.hasLayout(frame, opts)).toBe(true);
    expect(mod.layoutNetwork(frame, opts)).toBe(made);
  });
});

test('a big community (a tick a slice) gets the very positions too, over 39 pauses', async () => {
  const frame = createSim({ nCommunity: 600 }, 3).stateAt(0);
  const opts = { width: 560, height: 400, seed: 3 };
  let pauses = 0;
  const sliced = await (await freshModule()).prepareLayout(frame, opts, async () => {
    pauses++;
  });
  const whole = (await freshModule()).layoutNetwork(frame, opts);
  expect([...sliced.pos]).toEqual([...whole.pos]);
  expect(pauses).toBe(39);
});
