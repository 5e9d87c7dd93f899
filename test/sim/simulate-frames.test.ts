import { expect, test, vi } from 'vitest';
import { createSim, presets, simulate } from '../../src/sim/index.ts';

vi.setConfig({ testTimeout: 60_000 });

// One pass for a printed figure: the frames simulate() picks up on the way are exactly the frames a steppable run
// reaches, and asking for them changes nothing else about the run.

const cases = [
  { preset: 'give-first', seed: 1, ticks: [0, 1, 57, 200] },
  { preset: 'compare', seed: 7, ticks: [200, 0, 150, 149] },
  { preset: 'moving-day', seed: 3, ticks: [151, 10, 0] },
  { preset: 'lapsed', seed: 12, ticks: [75, 200, 76] },
  { preset: 'science', seed: 2, ticks: [0, 40, 150] },
];

test.each(cases)('$preset seed $seed: frame at $ticks equals createSim().stateAt', ({ preset, seed, ticks }) => {
  const params = presets[preset]!;
  const plain = simulate(params, seed);
  for (const t of ticks) {
    const run = simulate(params, seed, { frameAt: t });
    expect(run.frame).toEqual(createSim(params, seed).stateAt(t));
    expect(run.frame!.tick).toBe(t);
    expect(run.byStrategy).toEqual(plain.byStrategy);
    expect(run.cooperationByGeneration).toEqual(plain.cooperationByGeneration);
  }
  const many = simulate(params, seed, { framesAt: ticks, frameAt: ticks[0] });
  const sim = createSim(params, seed);
  expect(many.frames).toEqual(ticks.map((t) => sim.stateAt(t)));
  expect(many.frame).toEqual(many.frames![0]);
});

test.each([
  [-5, 0],
  [1e9, 30],
  [Number.NaN, 0],
  [12.4, 12],
])('frameAt %d is clamped like stateAt (tick %d)', (asked, tick) => {
  const run = simulate({ ticks: 30 }, 4, { frameAt: asked });
  expect(run.frame!.tick).toBe(tick);
  expect(run.frame).toEqual(createSim({ ticks: 30 }, 4).stateAt(asked));
});

test('without options there are no frames', () => {
  const run = simulate({ ticks: 5 }, 1, {});
  expect(run.frame).toBeUndefined();
  expect(run.frames).toBeUndefined();
});
