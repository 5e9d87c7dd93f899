import { detPowInt } from '../detMath.ts';
import { CH, fold, seedHash } from '../rng.ts';
import { type AgentKind, type Frame, type HelpEvent, type Params, type ResolvedParams, STRATEGIES } from '../types.ts';

/**
 * The readable model's world (pln.ts has its rules, one tick at a time): people with their follower lists and a `Map`
 * of the trust others hold in each, the seeded draws and fading trust that the rules read, the start (members in a
 * rewired ring, newcomers with follows but no trust) and the frame a renderer draws.
 */

/** A trust that fades: `value` was exact at tick `at`; at tick t it is value · (1 − decay)^(t − at). */
interface Fading {
  value: number;
  at: number;
}

/** i's private trust in j, and whether i follows j (sees j's posts); `earned` follows came from trust. */
interface Trust extends Fading {
  follows: boolean;
  earned: boolean;
}

interface Person {
  kind: AgentKind;
  /** who follows me, in the order they started; a dropped follower's place is taken by the last one */
  followers: number[];
  /** others' trust in me, by who trusts */
  trustedBy: Map<number, Trust>;
  /**
   * the sum of others' trust in me, kept as a running sum that fades like each of them (the engine's arithmetic: adding
   * up the faded pairs afresh would round differently)
   */
  trustIn: Fading;
  helpReceived: number;
  gives: number;
  movingDayHelp: number;
}

export interface World {
  p: Params;
  tick: number;
  /** the seed's part of every draw */
  seedHash: number;
  people: Person[];
  /** the helps of the last tick, in the order they were given */
  helps: HelpEvent[];
  /** earned follows to look at again at the end of a tick: tick → [follower, followed] */
  checks: Map<number, [number, number][]>;
}

/**
 * A uniform draw in [0, 1) keyed by the tick (0 for the start) and the keys: the same keys give the same draw, in
 * whatever order the draws are made, so this model and the engine may walk through the agents differently.
 */
export const draw = (w: World, t: number, ...keys: number[]): number =>
  (keys.reduce(fold, fold(w.seedHash, t)) >>> 0) / 4294967296;

/** Fade: what is left after k ticks of trust (1 − decay)^k. */
export const fade = (w: World, k: number): number => detPowInt(1 - w.p.decay, k);
export const faded = (w: World, f: Fading, t: number): number => f.value * fade(w, t - f.at);

/** i starts following j with trust `trust` (false if i is j or already follows j). */
function follow(w: World, i: number, j: number, trust: number): boolean {
  const them = w.people[j]!;
  if (i === j || them.trustedBy.has(i)) return false;
  them.trustedBy.set(i, { value: trust, at: 0, follows: true, earned: false });
  them.followers.push(i);
  return true;
}

/** A random member other than those `taken`, keyed by (a, b, why, attempt); −1 after 32 attempts. */
function pick(w: World, a: number, b: number, why: number, taken: (x: number) => boolean): number {
  for (let attempt = 1; attempt <= 32; attempt++) {
    const x = Math.floor(draw(w, 0, a, b, why, attempt) * w.p.nCommunity);
    if (!taken(x)) return x;
  }
  return -1;
}

/** The start: members in a rewired ring who trust each other T0community; newcomers with follows but no trust. */
export function createWorld(p: ResolvedParams, seed: number): World {
  const m = p.nCommunity;
  const counts = [p.nGiveFirst, p.nTaker, p.nLurker, p.nLapsed, p.nLate];
  const kinds: AgentKind[] = Array.from({ length: m }, () => 'member');
  for (const [k, s] of STRATEGIES.entries()) for (let x = 0; x < counts[k]!; x++) kinds.push(s);
  const people = kinds.map((kind) => ({
    kind,
    followers: [],
    trustedBy: new Map(),
    trustIn: { value: 0, at: 0 },
    helpReceived: 0,
    gives: 0,
    movingDayHelp: 0,
  }));
  const w: World = { p, tick: 0, seedHash: seedHash(seed), people, helps: [], checks: new Map() };
  const follows = (i: number, j: number) => people[j]!.trustedBy.has(i);
  const t0 = Math.min(p.T0community, p.Tmax);
  const half = Math.max(1, Math.min(Math.floor(p.kRing / 2), Math.floor((m - 1) / 2)));
  for (let i = 0; i < m; i++) {
    for (let d = 1; d <= half; d++) {
      let j = (i + d) % m;
      if (draw(w, 0, i, d, CH.rewire) < p.rewire) {
        const r = pick(w, i, d, CH.rewireTarget, (x) => x === i || follows(i, x));
        if (r >= 0) j = r;
      }
      if (follow(w, i, j, t0)) people[j]!.trustIn.value += t0;
      if (follow(w, j, i, t0)) people[i]!.trustIn.value += t0;
    }
  }
  for (let a = m; a < people.length; a++) {
    for (let k = 0; k < Math.min(p.mFollowNew, m); k++) {
      const j = pick(w, a, k, CH.followNew, (x) => follows(a, x));
      if (j >= 0) follow(w, a, j, 0);
    }
    for (let k = 0; k < Math.min(p.f0, m); k++) {
      const i = pick(w, a, k, CH.followBack, (x) => follows(x, a));
      if (i >= 0) follow(w, i, a, 0);
    }
  }
  return w;
}

/** What a renderer draws: the same Frame the engine builds. */
export function frameOf(w: World): Frame {
  const t = w.tick;
  const agents = w.people.map((a, id) => ({
    id,
    kind: a.kind,
    trustIn: faded(w, a.trustIn, t),
    followers: a.followers.length,
    helpReceived: a.helpReceived,
    gives: a.gives,
  }));
  const edges = w.people.flatMap((a, to) =>
    [...a.trustedBy]
      .filter(([, pair]) => pair.follows)
      .map(([from, pair]) => ({ from, to, earned: pair.earned, trust: faded(w, pair, t) })),
  );
  edges.sort((e, f) => e.from - f.from || e.to - f.to);
  return { tick: t, agents, edges, events: [...w.helps], tShock: w.p.tShock, tStop: w.p.tStop };
}
