import { expect, test, vi } from 'vitest';
import { createResolvedSim, presets, simulateResolved } from '../../src/sim/index.ts';
import type { SimSpec, SimView } from '../../src/widgets/simSpec.ts';

// fresh modules: an empty layout memo and run cache, so what prepare made is what these tests see
async function fresh() {
  vi.resetModules();
  const [layouts, prepared, sessions] = await Promise.all([
    import('../../src/render/layoutNetwork.ts'),
    import('../../src/widgets/prepareSimulation.ts'),
    import('../../src/widgets/simSession.ts'),
  ]);
  return { ...layouts, ...prepared, ...sessions };
}

// small enough to be made on the page (not `big`): its layout is prepared here, in slices
const SMALL = { nCommunity: 30, ticks: 60 };
const spec = (preset: string, view: SimView, seed: number): SimSpec => ({
  id: `t-${preset}-${view}-${seed}`,
  preset,
  overrides: SMALL,
  view,
  seed,
});

// the build's shipped layouts are not there in tests (the stand-in is null): every layout here would be computed
const networkPresets = Object.keys(presets).filter((p) => p !== 'science');
const cases = [3, 11, 97].flatMap((seed) => networkPresets.map((preset) => ({ preset, seed })));

test('preparing a chart-only simulation makes its run and no network layout; a network view gets its layout', async () => {
  expect(cases.length).toBeGreaterThan(6);
  for (const { preset, seed } of cases) {
    for (const view of ['chart', 'both'] as const) {
      const m = await fresh();
      const block = spec(preset, view, seed);
      await m.prepareSimulation(block, {}, async () => {});
      const session = m.sessionFor(block, { preset, overrides: SMALL, seed });
      expect(session.big, `${preset} seed ${seed}`).toBe(false);
      const frame = createResolvedSim(session.params, seed).stateAt(0);
      expect(m.hasLayout(frame, { ...m.NETWORK_SIZE, seed }), `${preset} seed ${seed} ${view}`).toBe(view !== 'chart');
    }
  }
});

test('a big run made off the page asks the worker for a layout only when the figure has a network', async () => {
  for (const network of [false, true]) {
    const m = await fresh();
    const s = m.createSession('give-first', { nCommunity: 400 }, 5);
    expect(s.big).toBe(true);
    expect(s.ready(0, network)).toBe(false);
    const asked: boolean[] = [];
    await s.prepare(
      async (params, seed, _signal, layout) => {
        asked.push(layout !== undefined);
        return { run: simulateResolved(params, seed) };
      },
      undefined,
      0,
      network,
    );
    // one run, and the worker asked for a layout only for a figure that draws a network
    expect(asked).toEqual([network]);
    // a chart alone draws the run: ready at any tick with no model on the page; a network's model is stepped to 0
    expect(s.ready(0, network)).toBe(true);
    expect(s.ready(s.length, network)).toBe(!network);
  }
});
