import { CH, hash32 } from '../rng.ts';
import { addFollower, compactFollowers, createFollowers, type Followers } from './followers.ts';
import type { Context, State } from './state.ts';
import {
  compactTrust,
  createTrust,
  ensureSlot,
  FOLLOW,
  findSlot,
  setFlags,
  type TrustTable,
  writeSlot,
} from './trust.ts';

/** Newcomer counts in STRATEGIES order. */
function newcomerCounts(p: Context['params']): number[] {
  return [p.nGiveFirst, p.nTaker, p.nLurker, p.nLapsed, p.nLate];
}

function addFollow(t: TrustTable, followers: Followers, i: number, j: number, trust: number): boolean {
  if (i === j || findSlot(t, i, j) >= 0) return false;
  const s = ensureSlot(t, i, j, 0);
  writeSlot(t, s, trust, 0);
  setFlags(t, s, FOLLOW);
  addFollower(followers, j, i, s - t.at[2 * j]!);
  return true;
}

/** A random agent in [0, m) other than `self`, not yet followed by/following per `taken`; −1 after 32 tries. */
function pick(ctx: Context, m: number, a: number, b: number, ch: number, taken: (x: number) => boolean): number {
  for (let attempt = 1; attempt <= 32; attempt++) {
    const x = Math.floor((hash32(ctx.seed, 0, a, b, ch, attempt) / 4294967296) * m);
    if (!taken(x)) return x;
  }
  return -1;
}

/**
 * The start (sim-model.md, "Start"): a ring lattice of degree kRing among members, follows both ways, each tie
 * rewired with probability `rewire` (Watts–Strogatz); structural trust T0community along member ties.
 * Each newcomer follows mFollowNew random members and f0 random members follow it back, all at zero trust.
 */
export function createState(ctx: Context): State {
  const p = ctx.params;
  const m = p.nCommunity;
  const counts = newcomerCounts(p);
  const n = m + counts.reduce((a, b) => a + b, 0);
  const half = Math.max(1, Math.min(Math.floor(p.kRing / 2), Math.floor((m - 1) / 2)));
  const kind = new Uint8Array(n);
  let id = m;
  counts.forEach((c, k) => {
    for (let x = 0; x < c; x++) kind[id++] = k + 1;
  });
  // room for the ring's ties both ways plus a few shortcuts and newcomers' follows, so lists rarely move while built
  const perAgent = 2 * half + 4;
  const followers = createFollowers(n, perAgent);
  const trust = createTrust(n, perAgent);
  const inVal = new Float64Array(n);
  const t0 = Math.min(p.T0community, p.Tmax);
  for (let i = 0; i < m; i++) {
    for (let d = 1; d <= half; d++) {
      let j = (i + d) % m;
      if (hash32(ctx.seed, 0, i, d, CH.rewire) / 4294967296 < p.rewire) {
        const r = pick(ctx, m, i, d, CH.rewireTarget, (x) => x === i || findSlot(trust, i, x) >= 0);
        if (r >= 0) j = r;
      }
      if (addFollow(trust, followers, i, j, t0)) inVal[j]! += t0;
      if (addFollow(trust, followers, j, i, t0)) inVal[i]! += t0;
    }
  }
  for (let a = m; a < n; a++) {
    for (let k = 0; k < Math.min(p.mFollowNew, m); k++) {
      const j = pick(ctx, m, a, k, CH.followNew, (x) => findSlot(trust, a, x) >= 0);
      if (j >= 0) addFollow(trust, followers, a, j, 0);
    }
    for (let k = 0; k < Math.min(p.f0, m); k++) {
      const i = pick(ctx, m, a, k, CH.followBack, (x) => findSlot(trust, x, a) >= 0);
      if (i >= 0) addFollow(trust, followers, i, a, 0);
    }
  }
  compactFollowers(followers);
  compactTrust(trust);
  return {
    tick: 0,
    n,
    nMembers: m,
    kind,
    followers,
    trust,
    inVal,
    inLast: new Int32Array(n),
    helpReceived: new Int32Array(n),
    gives: new Int32Array(n),
    asks: new Int32Array(n),
    firstGive: new Int32Array(n).fill(-1),
    mdHelp: new Int32Array(n),
    unfollowAt: new Map(),
    events: new Int32Array(0),
  };
}
