import type { Frame, Params, Run, StrategyResult } from '../../src/sim/types.ts';

/** A hand-made frame: 6 members in a ring, a give-first newcomer (id 6) and a taker (id 7). */
export function smallFrame(over: Partial<Frame> = {}): Frame {
  const members = [0, 1, 2, 3, 4, 5].map((id) => ({
    id,
    kind: 'member' as const,
    trustIn: 3,
    followers: 2,
    helpReceived: 0,
    gives: 0,
  }));
  return {
    tick: 10,
    agents: [
      ...members,
      { id: 6, kind: 'giveFirst', trustIn: 4, followers: 3, helpReceived: 2, gives: 5 },
      { id: 7, kind: 'taker', trustIn: 0, followers: 1, helpReceived: 0, gives: 0 },
    ],
    edges: [
      ...members.map((m) => ({ from: m.id, to: (m.id + 1) % 6, earned: false, trust: 3 })),
      { from: 0, to: 6, earned: true, trust: 4.5 },
      { from: 1, to: 6, earned: false, trust: 0.5 },
      { from: 2, to: 7, earned: false, trust: 0 },
    ],
    events: [{ giver: 6, receiver: 3 }],
    tShock: 150,
    tStop: 75,
    ...over,
  };
}

/** A run whose series are simple formulas, so expected pixels can be worked out by hand. */
export function linearRun(params: Partial<Params> = {}): Run {
  const ticks = params.ticks ?? 100;
  const series = (slope: number): StrategyResult => ({
    count: 5,
    helpReceived: slope * ticks,
    gives: 0,
    payoff: 0,
    movingDayMet: slope > 0.5 ? 1 : 0,
    series: {
      helpReceived: Array.from({ length: ticks + 1 }, (_, i) => slope * i),
      trustIn: Array.from({ length: ticks + 1 }, (_, i) => (slope * i) / 10),
      followers: Array.from({ length: ticks + 1 }, () => 2),
    },
  });
  return {
    params: { ticks, tShock: 60, tStop: 30, W: 5, q: 0.5, b: 1, c: 0.2, Tmax: 5, ...params } as Params,
    seed: 1,
    byStrategy: { giveFirst: series(1), taker: series(0.1), lapsed: series(0.4) },
  };
}
