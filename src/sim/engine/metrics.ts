import { STRATEGIES, type StrategyName, type StrategyResult } from '../types.ts';
import { listLen } from './pool.ts';
import { type Context, type State, trustIn } from './state.ts';

/**
 * Per-strategy averages over the focal newcomers, recorded tick by tick: what the charts and the tests read.
 * Only newcomers are tracked, so recording costs O(newcomers) per tick whatever the community size.
 */
export interface Recorder {
  groups: { name: StrategyName; ids: number[] }[];
  help: number[][];
  trust: number[][];
  followers: number[][];
}

export function createRecorder(s: State): Recorder {
  const groups = STRATEGIES.map((name, k) => ({
    name,
    ids: Array.from(s.kind.keys()).filter((a) => s.kind[a] === k + 1),
  })).filter((g) => g.ids.length > 0);
  return { groups, help: groups.map(() => []), trust: groups.map(() => []), followers: groups.map(() => []) };
}

const mean = (ids: number[], f: (a: number) => number): number => ids.reduce((sum, a) => sum + f(a), 0) / ids.length;

/** Every tick: plain loops (the same sums in the same order as `mean`), as this runs 200 times a run. */
export function record(rec: Recorder, s: State, ctx: Context): void {
  for (let g = 0; g < rec.groups.length; g++) {
    const ids = rec.groups[g]!.ids;
    let help = 0;
    let trust = 0;
    let followers = 0;
    for (const a of ids) {
      help += s.helpReceived[a]!;
      trust += trustIn(s, ctx, a);
      followers += listLen(s.followers, a);
    }
    rec.help[g]!.push(help / ids.length);
    rec.trust[g]!.push(trust / ids.length);
    rec.followers[g]!.push(followers / ids.length);
  }
}

/** Whether newcomer a's moving-day need was met (H helps inside the window). */
function metMovingDay(s: State, ctx: Context, a: number): boolean {
  const p = ctx.params;
  return p.movingDay !== 'off' && p.tShock + p.W <= p.ticks + 1 && s.mdHelp[a]! >= p.H;
}

export function results(rec: Recorder, s: State, ctx: Context): Partial<Record<StrategyName, StrategyResult>> {
  const { b, c } = ctx.params;
  const out: Partial<Record<StrategyName, StrategyResult>> = {};
  rec.groups.forEach(({ name, ids }, g) => {
    out[name] = {
      count: ids.length,
      helpReceived: mean(ids, (a) => s.helpReceived[a]!),
      gives: mean(ids, (a) => s.gives[a]!),
      payoff: mean(ids, (a) => b * s.helpReceived[a]! - c * s.gives[a]!),
      movingDayMet: mean(ids, (a) => (metMovingDay(s, ctx, a) ? 1 : 0)),
      series: { helpReceived: rec.help[g]!, trustIn: rec.trust[g]!, followers: rec.followers[g]! },
    };
  });
  return out;
}
