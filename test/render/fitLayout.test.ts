import { describe, expect, test } from 'vitest';
import { fitLayout } from '../../src/render/fitLayout.ts';
import { layoutNetwork, type NetworkLayout } from '../../src/render/layoutNetwork.ts';
import { smallFrame } from './fixtures.ts';

const layout = layoutNetwork(smallFrame({ tick: 0 }), { width: 560, height: 400, seed: 3 });

function extent(l: NetworkLayout) {
  const ps = [...l.pos.values()];
  const xs = ps.map((p) => p.x);
  const ys = ps.map((p) => p.y);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

describe('fitLayout', () => {
  test.each([
    ['a wide box (a network alone under a title)', { width: 1232, height: 430 }, { width: 1146, height: 400 }],
    ['a squarer box (beside a chart)', { width: 600, height: 480 }, { width: 560, height: 448 }],
    ['a box too wide to fill: stretched at most 2.5 times', { width: 3000, height: 400 }, { width: 1400, height: 400 }],
  ])('%s: drawn at the box shape, at the scale the drawing had', (_, box, size) => {
    const fitted = fitLayout(layout, box);
    expect({ width: fitted.width, height: fitted.height }).toEqual(size);
    const before = extent(layout);
    const after = extent(fitted);
    // the margins are kept, the members spread into the rest
    expect(after.left).toBeCloseTo(before.left, 1);
    expect(after.top).toBeCloseTo(before.top, 1);
    expect(fitted.width - after.right).toBeCloseTo(layout.width - before.right, 1);
    expect(fitted.height - after.bottom).toBeCloseTo(layout.height - before.bottom, 1);
  });

  test('a box of the drawing shape, or none yet, keeps the layout itself', () => {
    expect(fitLayout(layout, { width: 1120, height: 800 })).toBe(layout);
    expect(fitLayout(layout, undefined)).toBe(layout);
    expect(fitLayout(layout, { width: 0, height: 0 })).toBe(layout);
  });

  test('the same box gives the same object (renderers update in place) and the same positions anywhere', () => {
    const a = fitLayout(layout, { width: 1232, height: 430 });
    expect(fitLayout(layout, { width: 1232, height: 430 })).toBe(a);
    const again = fitLayout(layoutNetwork(smallFrame({ tick: 0 }), { width: 560, height: 400, seed: 3 }), {
      width: 1232,
      height: 430,
    });
    expect([...again.pos]).toEqual([...a.pos]);
  });
});
