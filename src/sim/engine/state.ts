import { detPowInt } from '../detMath.ts';
import { seedHash } from '../rng.ts';
import type { ResolvedParams } from '../types.ts';
import { cloneFollowers, type Followers } from './followers.ts';
import { cloneTrust, type TrustTable } from './trust.ts';

/** Agent kinds as small integers (0 = established member, then the newcomer strategies in STRATEGIES order). */
export const MEMBER = 0;

/**
 * The full mutable state of one PLN run at one tick: plain data, so it can be cloned into checkpoints and
 * hashed. Everything the next tick reads is in here (counter-based randomness needs no generator state).
 */
export interface State {
  tick: number;
  n: number;
  nMembers: number;
  /** 0 member, 1 + index in STRATEGIES for newcomers */
  kind: Uint8Array;
  /** the followers of each agent (they see its posts) */
  followers: Followers;
  trust: TrustTable;
  /** total trust others hold in j, lazily decayed like the pairs: exact at time inLast[j] */
  inVal: Float64Array;
  inLast: Int32Array;
  helpReceived: Int32Array;
  gives: Int32Array;
  asks: Int32Array;
  /** tick of the first give, −1 if never */
  firstGive: Int32Array;
  /** help received inside the moving-day window */
  mdHelp: Int32Array;
  /** earned follows i → j to re-check for dropping: tick → flat [j, index of i in j's trust list, …] */
  unfollowAt: Map<number, number[]>;
  /**
   * help given during the last tick, flat [giver, receiver, giver, receiver, …] (no object per help): a view of the
   * tick's scratch buffer (no allocation per tick; at 100,000 members that is 70,000 numbers a tick), so it is only
   * valid until the next step, and a copy of the state (cloneState) copies it.
   */
  events: Int32Array;
}

/** Derived, read-only facts of a run: shared by a state and all its checkpoints. */
export interface Context {
  params: ResolvedParams;
  seed: number;
  /** seedHash(seed), the seed's part of every draw */
  sh: number;
  /** pow[k] = (1 − decay)^k, computed per entry (not by running products, so decay is exact) with detPowInt: Math.pow differs between engines */
  pow: Float64Array;
  /** per-run scratch buffers for a tick, reused so a tick allocates (almost) nothing; holds nothing between ticks */
  work: Work | null;
}

/** Scratch space of one tick (see tick.ts); sized for n agents, growable lists where the size is not known. */
export interface Work {
  /** helps given so far this tick, per agent (reset after the tick) */
  used: Uint16Array;
  /** askers' sort keys: hash · 2^21 + x, where x is the asker's place in `askers` (id order) */
  order: Float64Array;
  /** this tick's askers in id order */
  askers: Int32Array;
  /** would-be helpers of askers[x] are cand[candAt[x]] up to cand[candAt[x + 1]] (tick.ts) */
  candAt: Int32Array;
  cand: Int32Array;
  /** per agent: its index in the trust list being updated, or −1 (observe.ts); all −1 between events */
  pos: Int32Array;
  /** this tick's hash: draws keyed by (tick, agent, …) start from fold(th, agent) */
  th: number;
  sharers: Int32Array;
  nShare: number;
  events: Int32Array;
  /** this tick's helps grouped by giver (observe.ts), and the counts per group of givers behind it */
  byGiver: Int32Array;
  groups: Int32Array;
  /** follower-list entries that saw one post (observe.ts) */
  seen: Int32Array;
  /** pairs i → j that reached thFollow this tick (observe.ts): flat [index in j's list, i, j, …], nFollows numbers */
  follows: Int32Array;
  nFollows: number;
}

/** `a` with room for `more` entries after the first `at` (doubling, so appends stay amortised O(1)). */
export function room(a: Int32Array, at: number, more: number): Int32Array {
  if (at + more <= a.length) return a;
  const b = new Int32Array(Math.max(2 * a.length, at + more));
  b.set(a);
  return b;
}

export function createContext(params: ResolvedParams, seed: number): Context {
  const f = 1 - params.decay;
  const pow = new Float64Array(params.ticks + 2);
  for (let k = 0; k < pow.length; k++) pow[k] = detPowInt(f, k);
  return { params, seed, sh: seedHash(seed), pow, work: null };
}

export function cloneState(s: State): State {
  return {
    tick: s.tick,
    n: s.n,
    nMembers: s.nMembers,
    kind: s.kind,
    followers: cloneFollowers(s.followers),
    trust: cloneTrust(s.trust),
    inVal: s.inVal.slice(),
    inLast: s.inLast.slice(),
    helpReceived: s.helpReceived.slice(),
    gives: s.gives.slice(),
    asks: s.asks.slice(),
    firstGive: s.firstGive.slice(),
    mdHelp: s.mdHelp.slice(),
    unfollowAt: new Map([...s.unfollowAt].map(([k, v]) => [k, v.slice()])),
    events: s.events.slice(),
  };
}

/** Total trust others hold in j at the state's tick. */
export function trustIn(s: State, ctx: Context, j: number): number {
  return s.inVal[j]! * ctx.pow[s.tick - s.inLast[j]!]!;
}
