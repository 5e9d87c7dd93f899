import { resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { loadDeck } from '../../src/content/loadDeck.ts';
import { makePrintedRun } from '../../src/widgets/printedRun.ts';
import { createSession } from '../../src/widgets/simSession.ts';

vi.setConfig({ testTimeout: 60_000 });

const deck = loadDeck(resolve(import.meta.dirname, '../../slides'), 'slides');
const blocks = deck.slides.flatMap((s) => s.sims);

// Whether the handout's build-time markup draws what the page would is test/views/printedFigures.test.ts.
describe('a printed run: what a printed figure draws', () => {
  test.each(blocks.map((b) => [b.id, b] as const))(
    '%s: at its printed tick, with a layout for the network',
    (_id, block) => {
      const s = createSession(block.preset, block.overrides, block.seed);
      const made = makePrintedRun(block);
      expect(made.tick).toBe(Math.round(block.printTick ?? s.params.ticks));
      if (s.science || block.view === 'chart') {
        expect(made.frame).toBeUndefined();
        return;
      }
      expect(made.frame!.tick).toBe(made.tick);
      expect(made.frame).toEqual(s.frameAt(made.tick));
      for (const a of made.frame!.agents) expect(made.layout!.pos.has(a.id)).toBe(true);
    },
  );

  test('a tick asked for is kept, within the run', () => {
    const block = blocks.find((b) => b.view !== 'chart')!;
    expect(makePrintedRun(block, 3).tick).toBe(3);
    expect(makePrintedRun(block, -5).tick).toBe(0);
    expect(makePrintedRun(block, 1e9).tick).toBe(createSession(block.preset, block.overrides, block.seed).params.ticks);
  });
});
