import { applyAttention } from './attention.ts';
import { observe } from './observe.ts';
import { below, CH, fold, hit, tickHash, U32 } from './rng.ts';
import { type Context, MEMBER, room, type State, type Work } from './state.ts';
import { helpChance, inMovingDay, isGiving, KIND } from './strategies.ts';
import { readSlot } from './trust.ts';

/** Askers (≤ 200,000 members + 250 newcomers) fit in 21 bits, so (order hash, place in id order) packs exactly into a double. */
const ID = 2097152;

function work(ctx: Context, n: number): Work {
  ctx.work ??= {
    used: new Uint16Array(n),
    order: new Float64Array(n),
    askers: new Int32Array(n),
    candAt: new Int32Array(n + 1),
    cand: new Int32Array(1024),
    th: 0,
    pos: new Int32Array(n).fill(-1),
    sharers: new Int32Array(n),
    nShare: 0,
    events: new Int32Array(256),
    amp: new Int32Array(64),
    seen: new Int32Array(64),
    byGiver: new Int32Array(256),
    groups: new Int32Array((n >> 4) + 2),
    follows: new Int32Array(768),
    nFollows: 0,
  };
  return ctx.work;
}

function recordGive(s: State, g: number, t: number): void {
  s.gives[g]!++;
  if (s.firstGive[g]! < 0) s.firstGive[g] = t;
}

/**
 * Who among r's followers would help r this tick, in the order of r's list, appended to w.cand from `at` on; returns
 * the new end. A follower would help if it sees the question and its draw falls below its chance to help (trust of
 * the tick's start, or gAnswer for an active giver). Whether it still has capacity depends on the asking order and
 * is left to helping(). `hr` = fold(tick hash, r).
 */
function candidates(s: State, ctx: Context, w: Work, r: number, hr: number, at: number, giving: boolean[]): number {
  const p = ctx.params;
  const tr = s.trust;
  const kind = s.kind;
  const fat = s.followers.at;
  const fl = s.followers.cols[0]; // [follower, index of its trust in r's list] per entry
  const seeT = p.pSee * U32;
  const hSee = fold(hr, CH.see);
  const hHelp = fold(hr, CH.help);
  w.cand = room(w.cand, at, fat[2 * r + 1]!);
  w.seen = room(w.seen, 0, fat[2 * r + 1]!);
  const { cand, seen } = w;
  // who sees the question, then who of them helps: each list made branch-free (rng.ts, `hit`)
  let m = 0;
  for (let y = fat[2 * r]!, end = y + fat[2 * r + 1]!; y < end; y++) {
    seen[m] = y;
    m += hit(fold(hSee, fl[2 * y]!), seeT);
  }
  let n = at;
  for (let x = 0; x < m; x++) {
    const y = seen[x]!;
    const i = fl[2 * y]!;
    let chance = 0; // a newcomer who is not giving never helps
    if (kind[i] === MEMBER) chance = helpChance(readSlot(tr, tr.at[2 * r]! + fl[2 * y + 1]!, s.tick, ctx.pow), p);
    else if (giving[kind[i]!]) chance = p.gAnswer;
    cand[n] = i;
    n += hit(fold(hHelp, i), chance * U32);
  }
  return n;
}

/**
 * Steps 0 and 2 in one pass over everyone, in id order: who asks (returned: the number of askers; w.askers, their
 * sort keys in w.order, and who would help each in w.cand from w.candAt[x] on) and who shares (w.sharers). Listing
 * the would-be helpers here rather than while going through the askers in their shuffled order changes no draw (a
 * draw is a hash of its keys, and trust is read as of the tick's start), but reads each asker's followers and trust
 * list in memory order: in a big community, the shuffled order paid a cache miss for nearly every one of them.
 */
function needsAndShares(s: State, ctx: Context, w: Work, th: number, giving: boolean[]): number {
  const p = ctx.params;
  const t = s.tick + 1;
  const moving = inMovingDay(t, p);
  const { kind, mdHelp } = s;
  const { order, sharers, askers, candAt } = w;
  const shareT = giving.map((g, k) => (k === MEMBER ? p.pShareCommunity : g ? p.pShareGiver : 0) * U32);
  const needT = p.pNeed * U32;
  let nAsk = 0;
  let nShare = 0;
  let nCand = 0;
  for (let a = 0; a < s.n; a++) {
    const k = kind[a]!;
    const tha = fold(th, a);
    const ta0 = fold(tha, 0);
    const ask = k !== MEMBER && moving ? p.H - mdHelp[a]! > 0 : k !== KIND.lurker && below(fold(ta0, CH.need), needT);
    // asking order: a keyed shuffle of the askers only, sorted as packed doubles (hash, then id: x grows with a)
    if (ask) {
      s.asks[a]!++;
      order[nAsk] = (fold(ta0, CH.order) >>> 0) * ID + nAsk;
      askers[nAsk] = a;
      candAt[nAsk++] = nCand;
      nCand = candidates(s, ctx, w, a, tha, nCand, giving);
    }
    sharers[nShare] = a;
    nShare += hit(fold(ta0, CH.share), shareT[k]!);
  }
  for (let x = 0; x < nShare; x++) recordGive(s, sharers[x]!, t);
  candAt[nAsk] = nCand;
  w.nShare = nShare;
  return nAsk;
}

/**
 * Step 1: the askers in their keyed order; each one's would-be helpers (candidates(), in the order of its follower
 * list) help while they have capacity left and, on moving day, while the asker still needs help. Returns the number
 * of helps (w.events).
 */
function helping(s: State, ctx: Context, w: Work, nAsk: number): number {
  const p = ctx.params;
  const t = s.tick + 1;
  const { kind, mdHelp } = s;
  const { used, cand, candAt, askers } = w;
  const moving = inMovingDay(t, p);
  const order = w.order.subarray(0, nAsk).sort();
  let events = w.events;
  let nEv = 0;
  for (let x = 0; x < nAsk; x++) {
    const k = order[x]! % ID;
    const r = askers[k]!;
    const md = moving && kind[r] !== MEMBER;
    let need = md ? p.H - mdHelp[r]! : Number.POSITIVE_INFINITY;
    for (let c = candAt[k]!, end = candAt[k + 1]!; c < end && need > 0; c++) {
      const i = cand[c]!;
      if (used[i]! >= p.capacity) continue;
      used[i]!++;
      events = room(events, 2 * nEv, 2);
      events[2 * nEv] = i;
      events[2 * nEv++ + 1] = r;
      recordGive(s, i, t);
      s.helpReceived[r]!++;
      if (md) {
        mdHelp[r]!++;
        need--;
      }
    }
  }
  w.events = events;
  for (let e = 0; e < nEv; e++) used[events[2 * e]!] = 0;
  return nEv;
}

/**
 * One tick (sim-model.md, "One tick"), synchronous: every decision reads trust as it was at the tick's start
 * (state time t − 1); increments are written after all decisions and stamped at t − 1, so that reading them at
 * time t applies this tick's decay once. Draws are counter-based, so evaluating fewer of them (or in another
 * order) never changes a run: only the draws a decision needs are computed, sharing hash prefixes where they can.
 * The phases are separate functions so that V8 inlines the hashing into each loop.
 */
export function stepState(s: State, ctx: Context): void {
  const t = s.tick + 1;
  const w = work(ctx, s.n);
  const th = tickHash(ctx.sh, t);
  w.th = th;
  const giving = [0, 1, 2, 3, 4, 5].map((k) => isGiving(k, t, ctx.params));
  const nAsk = needsAndShares(s, ctx, w, th, giving);
  const nEv = helping(s, ctx, w, nAsk);
  observe(s, ctx, w, nEv);
  // 4. decay is lazy (trust.ts); 5. attention
  s.tick = t;
  s.events = w.events.subarray(0, 2 * nEv);
  applyAttention(s, ctx, w.follows, w.nFollows);
}
