import fc from 'fast-check';
import { expect, test, vi } from 'vitest';
import { createResolvedSim, type Frame, type Params, presets, resolveParams, runLength } from '../../src/sim/index.ts';
import { step } from '../../src/sim/model/pln.ts';
import { createPopulation, generation, populationFrame } from '../../src/sim/model/science.ts';
import { createWorld, frameOf } from '../../src/sim/model/world.ts';

vi.setConfig({ testTimeout: 120_000 });

/**
 * The readable model (src/sim/model/) is the oracle: the fast engine must give the same frames, bit for bit, at every
 * tick, over many seeds and parameter sets (fast-check with a fixed seed, so a failure names a case that can be rerun).
 */

/**
 * The engine's frames at ticks 0..end against the model's; the first tick that differs fails with both frames.
 * Returns the ticks compared and the helps seen (a comparison of runs where nobody helps would prove little).
 */
function sameRun(partial: Partial<Params>, seed: number): { ticks: number; helps: number } {
  const p = resolveParams(partial);
  const sim = createResolvedSim(p, seed);
  let model: { step(): void; frame(): Frame };
  if (p.model === 'science') {
    const pop = createPopulation(p, seed);
    model = { step: () => generation(pop), frame: () => populationFrame(pop) };
  } else {
    const world = createWorld(p, seed);
    model = { step: () => step(world), frame: () => frameOf(world) };
  }
  const end = runLength(p);
  let compared = 0;
  let helps = 0;
  for (let t = 0; t <= end; t++) {
    if (t > 0) model.step();
    const engine = t === 0 ? sim.frame() : sim.step();
    const oracle = model.frame();
    // JSON writes a number as the shortest decimal that reads back as the same double: equal text, equal bits (and
    // faster than a deep comparison); on a difference, the deep comparison (numbers by Object.is) shows where
    if (JSON.stringify(engine) !== JSON.stringify(oracle))
      expect({ tick: t, frame: engine }).toEqual({ tick: t, frame: oracle });
    compared++;
    helps += engine.events.length;
  }
  return { ticks: compared, helps };
}

/** A number in [min, max] on a grid of 1000 steps: fc.double favours extremes (5e-324 is a typical pNeed). */
const num = (min: number, max: number) => fc.integer({ min: 0, max: 1000 }).map((k) => min + ((max - min) * k) / 1000);

const small = fc.record(
  {
    nCommunity: fc.integer({ min: 10, max: 50 }),
    kRing: fc.integer({ min: 2, max: 12 }),
    rewire: num(0, 1),
    T0community: num(0, 6),
    nGiveFirst: fc.integer({ min: 0, max: 4 }),
    nTaker: fc.integer({ min: 0, max: 4 }),
    nLurker: fc.integer({ min: 0, max: 4 }),
    nLapsed: fc.integer({ min: 0, max: 4 }),
    nLate: fc.integer({ min: 0, max: 4 }),
    mFollowNew: fc.integer({ min: 0, max: 8 }),
    f0: fc.integer({ min: 0, max: 5 }),
    pNeed: num(0, 0.6),
    pSee: num(0, 1),
    h0: num(0, 0.5),
    hMax: num(0.3, 1),
    thHelp: num(0, 5),
    sHelp: num(0.05, 2),
    capacity: fc.integer({ min: 0, max: 4 }),
    gAnswer: num(0, 1),
    pShareCommunity: num(0, 0.5),
    pShareGiver: num(0, 0.8),
    dDirect: fc.constantFrom(0, 0.5, 1, 2.5),
    dObserve: fc.constantFrom(0, 0.25, 0.5, 1.5),
    qGiverFollowers: num(0, 1),
    qAmp: num(0, 1),
    decay: fc.constantFrom(0, 0.005, 0.02, 0.1, 0.3),
    Tmax: num(0.5, 8),
    thFollow: num(0.1, 4),
    thUnfollow: num(0, 3),
    ticks: fc.integer({ min: 1, max: 80 }),
    tStop: fc.integer({ min: 0, max: 120 }),
    movingDay: fc.constantFrom('on' as const, 'off' as const),
    tShock: fc.integer({ min: 0, max: 120 }),
    H: fc.integer({ min: 0, max: 8 }),
    W: fc.integer({ min: 1, max: 10 }),
    lead: fc.integer({ min: 0, max: 120 }),
  },
  { requiredKeys: [] },
);

test('PLN model: the engine gives the readable model’s frames over random parameter sets and seeds', () => {
  let withHelp = 0;
  fc.assert(
    fc.property(small, fc.integer({ min: 0, max: 2 ** 31 }), (params, seed) => {
      if (sameRun(params, seed).helps > 0) withHelp++;
    }),
    { seed: 17, numRuns: 40 },
  );
  expect(withHelp).toBeGreaterThan(20);
});

test.each<[string, Partial<Params>]>([
  ['default', {}],
  ['compare', presets.compare!],
  ['moving-day, lead 50', { ...presets['moving-day'], lead: 50 }],
  ['lapsed', presets.lapsed!],
  ['no moving day', { ...presets.compare, movingDay: 'off' as const }],
])('PLN model, %s, full length: the same frames for several seeds', (_name, params) => {
  for (const seed of [1, 2]) expect(sameRun(params, seed).ticks).toBe(resolveParams(params).ticks + 1);
});

test('science mode: the engine gives the readable model’s frames over random parameter sets and seeds', () => {
  const science = fc.record({
    popSize: fc.integer({ min: 10, max: 80 }),
    generations: fc.integer({ min: 1, max: 25 }),
    roundsPerGen: fc.integer({ min: 1, max: 12 }),
    q: num(0, 1),
    b: num(0.1, 4),
    c: num(0, 2),
    mutation: num(0, 0.5),
  });
  fc.assert(
    fc.property(science, fc.integer({ min: 0, max: 2 ** 31 }), (params, seed) => {
      sameRun({ ...presets.science, ...params }, seed);
    }),
    { seed: 17, numRuns: 40 },
  );
  for (const seed of [1, 2])
    expect(sameRun(presets.science!, seed).ticks).toBe(resolveParams(presets.science).generations + 1);
});
