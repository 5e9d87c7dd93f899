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

const spec = (preset: string, view: SimView, seed: number): SimSpec => ({
  id: `t-${preset}-${view}-${seed}`,
  preset,
  overrides: {},
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
      const session = m.sessionFor(block, { preset, overrides: {}, seed });
      const frame = createResolvedSim(session.params, seed).stateAt(0);
      expect(m.hasLayout(frame, { ...m.NETWORK_SIZE, seed }), `${preset} seed ${seed} ${view}`).toBe(view !== 'chart');
    }
  }
});

test('a big run made off the page lays out its network only when the figure has one', async () => {
  for (const network of [false, true]) {
    const m = await fresh();
    const s = m.createSession('give-first', { nCommunity: 400 }, 5);
    expect(s.big).toBe(true);
    let runs = 0;
    await s.prepare(
      async (params, seed) => {
        runs++;
        return simulateResolved(params, seed);
      },
      undefined,
      network,
    );
    expect(runs).toBe(1);
    expect(s.ready()).toBe(true);
    const frame = createResolvedSim(s.params, 5).stateAt(0);
    expect(m.hasLayout(frame, { ...m.NETWORK_SIZE, seed: 5 })).toBe(network);
  }
});
