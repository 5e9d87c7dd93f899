import { resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { makeLayouts } from '../../scripts/builtLayoutsPlugin.ts';
import { loadDeck } from '../../src/content/loadDeck.ts';
import { layoutNetwork } from '../../src/render/layoutNetwork.ts';
import { createResolvedSim } from '../../src/sim/index.ts';
import { initialState } from '../../src/widgets/initialState.ts';
import { NETWORK_SIZE, sessionFor } from '../../src/widgets/simSession.ts';

vi.setConfig({ testTimeout: 60_000 });

const deck = loadDeck(resolve(import.meta.dirname, '../../slides'), 'slides');
const blocks = deck.slides.flatMap((s) => s.sims);
// what the build writes into the bundle, read back as the page reads it
const shipped = vi.hoisted(() => ({ layouts: null as unknown }));
vi.mock('../../src/widgets/builtLayouts.ts', () => ({
  get layouts() {
    return shipped.layouts;
  },
}));

describe('network layouts made at build time (issue 19)', () => {
  const made = makeLayouts(blocks);

  test('one per network of the deck, with every agent placed', () => {
    const networks = blocks.filter(
      (b) => b.view !== 'chart' && sessionFor(b, initialState(b)).params.model !== 'science',
    );
    expect(networks.length).toBeGreaterThan(0);
    expect(Object.keys(made).length).toBeGreaterThan(0);
    expect(Object.keys(made).length).toBeLessThanOrEqual(networks.length);
    for (const [ids, xs, ys] of Object.values(made)) {
      expect(ids.length).toBeGreaterThan(10);
      expect(xs).toHaveLength(ids.length);
      expect(ys).toHaveLength(ids.length);
    }
  });

  test("the session draws the shipped layout, the very numbers the page's force layout makes", () => {
    shipped.layouts = JSON.parse(JSON.stringify(made));
    for (const block of blocks) {
      const session = sessionFor(block, initialState(block));
      if (session.science || block.view === 'chart') continue;
      const computed = layoutNetwork(createResolvedSim(session.params, session.seed).stateAt(0), {
        ...NETWORK_SIZE,
        seed: session.seed,
      });
      const layout = session.layout();
      expect(layout).not.toBe(computed); // the shipped one, not the memo
      expect([...layout.pos.keys()]).toEqual([...computed.pos.keys()]);
      for (const [id, p] of computed.pos) {
        expect(Object.is(layout.pos.get(id)!.x, p.x)).toBe(true);
        expect(Object.is(layout.pos.get(id)!.y, p.y)).toBe(true);
      }
    }
  });

  test('a state the build did not see (another seed) computes its own layout', () => {
    shipped.layouts = JSON.parse(JSON.stringify(made));
    const block = blocks.find((b) => b.view !== 'chart')!;
    const session = sessionFor(block, { ...initialState(block), seed: block.seed + 1 });
    const computed = layoutNetwork(createResolvedSim(session.params, session.seed).stateAt(0), {
      ...NETWORK_SIZE,
      seed: session.seed,
    });
    expect(session.layout()).toBe(computed);
  });
});
