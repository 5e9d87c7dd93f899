// @vitest-environment jsdom
import { resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { loadDeck } from '../../src/content/loadDeck.ts';
import { makePrintedRun, makePrintedRuns, packFrame, unpackFrame } from '../../src/widgets/printedRun.ts';
import { renderSimSnapshot } from '../../src/widgets/renderSimSnapshot.ts';
import { createSession } from '../../src/widgets/simSession.ts';

vi.setConfig({ testTimeout: 60_000 });

const deck = loadDeck(resolve(import.meta.dirname, '../../slides'), 'slides');
const blocks = deck.slides.flatMap((s) => s.sims);
const figure = (draw: (el: HTMLElement) => void) => {
  const el = document.createElement('div');
  draw(el);
  return el.innerHTML;
};

describe('printed runs: what the build ships draws the same figure as the model run in the page', () => {
  // as the handout gets them: through the JSON of the build's module
  const shipped = JSON.parse(JSON.stringify(makePrintedRuns(blocks)));

  test('the deck prints networks and charts, and the build made every one', () => {
    expect(blocks.some((b) => b.view !== 'chart')).toBe(true);
    expect(blocks.some((b) => b.view !== 'network')).toBe(true);
    expect(Object.keys(shipped).sort()).toEqual(blocks.map((b) => b.id).sort());
  });

  test.each(blocks.map((b) => [b.id, b] as const))('%s', (_id, block) => {
    const made = shipped[block.id];
    expect(made.tick).toBe(
      Math.round(block.printTick ?? createSession(block.preset, block.overrides, block.seed).params.ticks),
    );
    const fromBuild = figure((el) => renderSimSnapshot(el, block, undefined, made));
    const inPage = figure((el) => renderSimSnapshot(el, block));
    expect(fromBuild).toBe(inPage);
    expect(fromBuild).toContain('<svg');
  });

  test('a copy made for other parameters or another tick is not used', () => {
    const block = blocks.find((b) => b.view !== 'chart')!;
    const other = blocks.find((b) => b.view !== 'chart' && shipped[b.id].key !== shipped[block.id].key)!;
    const own = figure((el) => renderSimSnapshot(el, block, 60));
    expect(figure((el) => renderSimSnapshot(el, block, 60, shipped[other.id]))).toBe(own);
    expect(figure((el) => renderSimSnapshot(el, block, 60, shipped[block.id]))).toBe(own);
    expect(own).not.toBe(figure((el) => renderSimSnapshot(el, other, 60)));
  });
});

test('a packed frame unpacks to the frame, field for field', () => {
  const block = blocks.find((b) => b.view !== 'chart')!;
  const s = createSession(block.preset, block.overrides, block.seed);
  for (const t of [0, 1, 77, s.params.ticks]) {
    const frame = s.frameAt(t);
    expect(unpackFrame(JSON.parse(JSON.stringify(packFrame(frame))))).toEqual(frame);
  }
  expect(makePrintedRun(block, 3).tick).toBe(3);
});
