import { applyAttention } from './attention.ts';
import { observe } from './observe.ts';
import { below, CH, fold, tickHash, U32 } from './rng.ts';
import { type Context, MEMBER, room, type State, type Work } from './state.ts';
import { helpChance, inMovingDay, isGiving, KIND } from './strategies.ts';
import { readSlot } from './trust.ts';

/** Agent ids fit in 21 bits (≤ 200,000 members + 250 newcomers), so (order hash, id) packs exactly into a double. */
const ID = 2097152;

function work(ctx: Context, n: number): Work {
  ctx.work ??= {
    used: new Uint16Array(n),
    order: new Float64Array(n),
    th: 0,
    pos: new Int32Array(n).fill(-1),
    sharers: new Int32Array(n),
    nShare: 0,
    events: new Int32Array(256),
    amp: new Int32Array(64),
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
 * Steps 0 and 2 in one pass over everyone: who asks (returned: the number of askers, whose sort keys are in
 * w.order) and who shares (w.sharers).
 */
function needsAndShares(s: State, ctx: Context, w: Work, th: number, giving: boolean[]): number {
  const p = ctx.params;
  const t = s.tick + 1;
  const moving = inMovingDay(t, p);
  const { kind, mdHelp } = s;
  const { order, sharers } = w;
  const shareT = giving.map((g, k) => (k === MEMBER ? p.pShareCommunity : g ? p.pShareGiver : 0) * U32);
  const needT = p.pNeed * U32;
  let nAsk = 0;
  let nShare = 0;
  for (let a = 0; a < s.n; a++) {
    const k = kind[a]!;
    const tha = fold(th, a);
    const ta0 = fold(tha, 0);
    const ask = k !== MEMBER && moving ? p.H - mdHelp[a]! > 0 : k !== KIND.lurker && below(fold(ta0, CH.need), needT);
    // asking order: a keyed shuffle of the askers only, sorted as packed doubles (hash, then id)
    if (ask) order[nAsk++] = (fold(ta0, CH.order) >>> 0) * ID + a;
    const c = shareT[k]!;
    if (c > 0 && below(fold(ta0, CH.share), c)) {
      sharers[nShare++] = a;
      recordGive(s, a, t);
    }
  }
  w.nShare = nShare;
  return nAsk;
}

/** Step 1: each asker's followers may see the question and help; returns the number of helps (w.events). */
function helping(s: State, ctx: Context, w: Work, nAsk: number, giving: boolean[]): number {
  const p = ctx.params;
  const t = s.tick + 1;
  const now = s.tick;
  const tr = s.trust;
  const { kind, mdHelp } = s;
  const fat = s.followers.at;
  const [ids, tk] = s.followers.cols;
  const used = w.used;
  const moving = inMovingDay(t, p);
  const seeT = p.pSee * U32;
  const askers = w.order.subarray(0, nAsk).sort();
  let events = w.events;
  let nEv = 0;
  for (let x = 0; x < nAsk; x++) {
    const r = askers[x]! % ID;
    s.asks[r]!++;
    const md = moving && kind[r] !== MEMBER;
    let need = md ? p.H - mdHelp[r]! : Number.POSITIVE_INFINITY;
    // keyed (tick, r, channel, i): the asker's words mixed once, one more round per follower
    const hr = fold(w.th, r);
    const hSee = fold(hr, CH.see);
    const hHelp = fold(hr, CH.help);
    for (let y = fat[2 * r]!, end = y + fat[2 * r + 1]!; y < end && need > 0; y++) {
      const i = ids[y]!;
      if (used[i]! >= p.capacity || !below(fold(hSee, i), seeT)) continue;
      let chance: number;
      if (kind[i] === MEMBER) chance = helpChance(readSlot(tr, tr.at[2 * r]! + tk[y]!, now, ctx.pow), p);
      else if (giving[kind[i]!]) chance = p.gAnswer;
      else continue;
      if (!below(fold(hHelp, i), chance * U32)) continue;
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
  const nEv = helping(s, ctx, w, nAsk, giving);
  observe(s, ctx, w, nEv);
  // 4. decay is lazy (trust.ts); 5. attention
  s.tick = t;
  s.events = w.events.subarray(0, 2 * nEv);
  applyAttention(s, ctx, w.follows, w.nFollows);
}
