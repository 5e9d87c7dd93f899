import { cloneTrust, type TrustTable } from './trust.ts';
import type { HelpEvent, Params } from './types.ts';

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
  /** followers[j]: agents that follow j (they see j's posts) */
  followers: number[][];
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
  /** earned follows to re-check for dropping: tick → flat [i, j, i, j, …] */
  unfollowAt: Map<number, number[]>;
  /** help given during the last tick */
  events: HelpEvent[];
}

/** Derived, read-only facts of a run: shared by a state and all its checkpoints. */
export interface Context {
  params: Params;
  seed: number;
  /** pow[k] = (1 − decay)^k, computed per entry with Math.pow so decay is exact */
  pow: Float64Array;
}

export function createContext(params: Params, seed: number): Context {
  const f = 1 - params.decay;
  const pow = new Float64Array(params.ticks + 2);
  for (let k = 0; k < pow.length; k++) pow[k] = f ** k;
  return { params, seed, pow };
}

export function cloneState(s: State): State {
  return {
    tick: s.tick,
    n: s.n,
    nMembers: s.nMembers,
    kind: s.kind,
    followers: s.followers.map((f) => f.slice()),
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
