import { expect, test } from 'vitest';
import {
  createResolvedSim,
  createSim,
  presets,
  resolveParams,
  simulate,
  simulateResolved,
} from '../../src/sim/index.ts';
import { createSession } from '../../src/widgets/simSession.ts';

/**
 * A parameter is resolved once (src/sim/README.md, "A parameter's way"). `resolveParams` makes a new object each time,
 * so a set that reaches the run as the very object the session resolved was not resolved again on the way.
 */
test('the engine takes a resolved set as it is: the very object comes back in the sim and the run', () => {
  const p = resolveParams({ ...presets['moving-day'], lead: 25, ticks: 40 });
  expect(resolveParams({ lead: 25 })).not.toBe(resolveParams({ lead: 25 }));
  expect(createResolvedSim(p, 3).params).toBe(p);
  expect(simulateResolved(p, 3).params).toBe(p);
  expect(simulateResolved(p, 3, { frameAt: 10 }).params).toBe(p);
});

test("a session's run and model use the set the session resolved, and give the raw API's frames", () => {
  const s = createSession('moving-day', { lead: 25, ticks: 40 }, 3);
  expect(s.params.lead).toBe(25);
  expect(s.run().params).toBe(s.params);
  const raw = createSim({ ...presets['moving-day'], lead: 25, ticks: 40 }, 3);
  expect(s.frameAt(30)).toEqual(raw.stateAt(30));
  expect(s.run().byStrategy).toEqual(simulate({ ...presets['moving-day'], lead: 25, ticks: 40 }, 3).byStrategy);
});

test('the raw API refuses a resolved set at compile time (it would resolve it twice)', () => {
  const p = resolveParams({ ticks: 5 });
  // never called: the point is the compiler's error, which `tsc --noEmit` (npm test) checks
  const twice = () => [
    // @ts-expect-error RawParams refuses ResolvedParams
    simulate(p, 1),
    // @ts-expect-error RawParams refuses ResolvedParams
    createSim(p, 1),
  ];
  expect(typeof twice).toBe('function');
});
