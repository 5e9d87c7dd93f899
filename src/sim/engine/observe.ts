import { CH, fold, hit, U32 } from '../rng.ts';
import { bump, bumpAt, mapTrusters } from './bump.ts';
import { type Context, room, type State, type Work } from './state.ts';

/**
 * Step 3 of a tick (primitive 2): private trust rises in whoever was seen giving; refusals are neither seen nor
 * punished. Every change is trust *in the giver*, so it lands in the giver's trust list (trust.ts); pairs that are
 * follow edges carry their list index with them (followers.ts), the rest are searched for.
 */

/*
 * The onlookers of help g → r: g's followers see it; r's followers see the "thanks @helper". Each onlooker's draw is
 * keyed (tick, g, channel, r + 1, o) with o last, so the event's words are mixed once and each onlooker costs one
 * more round. These loops are most of a tick: who sees is listed first (`seeing`, small enough for V8 to inline
 * everything it calls), and raised afterwards.
 */

/**
 * Entries y of g's follower list whose follower sees the draw keyed by h (chance thr / 2^32), except follower `not`:
 * listed in w.seen, returns how many. Branch-free (rng.ts, `hit`).
 */
function seeing(s: State, w: Work, g: number, h: number, thr: number, not: number): number {
  const fat = s.followers.at;
  const fl = s.followers.cols[0];
  w.seen = room(w.seen, 0, fat[2 * g + 1]!);
  const seen = w.seen;
  let n = 0;
  for (let y = fat[2 * g]!, end = y + fat[2 * g + 1]!; y < end; y++) {
    const o = fl[2 * y]!;
    seen[n] = y;
    n += hit(fold(h, o), thr) & +(o !== not);
  }
  return n;
}

/** g's followers who see g help r have their trust in g raised (their pair is a follow edge: its index is known). */
function giverOnlookers(s: State, ctx: Context, w: Work, g: number, r: number): void {
  const fl = s.followers.cols[0]; // [follower, index of its trust in the followed agent's list] per entry
  const h = fold(fold(fold(w.th, g), CH.obsGiver), r + 1);
  for (let x = 0, n = seeing(s, w, g, h, ctx.params.qGiverFollowers * U32, r); x < n; x++) {
    const y = w.seen[x]!;
    bumpAt(s, ctx, w, fl[2 * y]!, g, fl[2 * y + 1]!, false, s.tick);
  }
}

/** r's followers who see r thank g have their trust in g raised (a pair that may not exist yet: found or made). */
function ampOnlookers(s: State, ctx: Context, w: Work, g: number, r: number, mapped: boolean): void {
  const fl = s.followers.cols[0];
  const h = fold(fold(fold(w.th, g), CH.obsAmp), r + 1);
  for (let k = 0, n = seeing(s, w, r, h, ctx.params.qAmp * U32, g); k < n; k++)
    bump(s, ctx, w, fl[2 * w.seen[k]!]!, g, false, s.tick, mapped);
}

/** Givers are grouped 2^GROUP agents at a time (see byGiver). */
const GROUP = 4;

/**
 * The order in which observe() goes through this tick's helps: grouped by giver id (16 neighbouring ids a group),
 * in event order within a group. All that a help changes is the giver's (trust in the giver, the giver's total,
 * follows of the giver), and helps by the same giver keep their order, so this gives the same result, bit for bit,
 * as event order; but it reaches the givers' lists mostly in memory order instead of at random, which in a community
 * too big for the cache saves a miss per list (100,000 members: 15 → 12 s). A counting sort: two passes.
 */
export function byGiver(w: Work, n: number, nEv: number): Int32Array {
  const events = w.events;
  const count = w.groups.fill(0);
  for (let e = 0; e < nEv; e++) count[(events[2 * e]! >> GROUP) + 1]!++;
  for (let b = 1; b <= n >> GROUP; b++) count[b + 1]! += count[b]!;
  w.byGiver = room(w.byGiver, 0, nEv);
  const order = w.byGiver;
  for (let e = 0; e < nEv; e++) order[count[events[2 * e]! >> GROUP]!++] = e;
  return order;
}

/**
 * Who saw this tick's nEv helps (w.events) and w.nShare shares (w.sharers). Draws are keyed (tick, giver, …), with
 * fold(tick hash, giver) recomputed where needed: one hash round is cheaper than a per-agent table's cache miss.
 */
export function observe(s: State, ctx: Context, w: Work, nEv: number): void {
  const p = ctx.params;
  const now = s.tick;
  const { events, sharers } = w;
  const fat = s.followers.at;
  const fl = s.followers.cols[0]; // [follower, index of its trust in the followed agent's list] per entry
  const { dDirect, dObserve } = p;
  const seeT = p.pSee * U32;
  w.nFollows = 0;
  const order = byGiver(w, s.n, nEv);
  for (let x = 0; x < nEv; x++) {
    const e = order[x]!;
    const g = events[2 * e]!;
    const r = events[2 * e + 1]!;
    // map g's trusters when the expected searches (direct + amplified) cost more than two passes over them: a
    // speed choice only, the result is the same
    const mapped = dObserve > 0 && 1 + fat[2 * r + 1]! * p.qAmp > 6 && s.trust.at[2 * g + 1]! > 16;
    // at most one new attention entry per onlooker and one for the helped person
    w.follows = room(w.follows, w.nFollows, 3 * (1 + fat[2 * g + 1]! + fat[2 * r + 1]!));
    if (mapped) mapTrusters(s, w, g, true);
    if (dDirect > 0) bump(s, ctx, w, r, g, true, now, mapped);
    if (dObserve > 0) {
      giverOnlookers(s, ctx, w, g, r);
      ampOnlookers(s, ctx, w, g, r, mapped);
    }
    if (mapped) mapTrusters(s, w, g, false);
  }
  for (let x = 0; x < w.nShare && dObserve > 0; x++) {
    const g = sharers[x]!;
    w.follows = room(w.follows, w.nFollows, 3 * fat[2 * g + 1]!);
    const h = fold(fold(w.th, g), CH.shareSee); // keyed (tick, g, channel, o)
    for (let k = 0, n = seeing(s, w, g, h, seeT, -1); k < n; k++) {
      const y = w.seen[k]!;
      bumpAt(s, ctx, w, fl[2 * y]!, g, fl[2 * y + 1]!, false, now);
    }
  }
}
