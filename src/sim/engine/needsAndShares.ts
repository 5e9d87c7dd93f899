import { below, CH, fold, hit, U32 } from '../rng.ts';
import { type Context, MEMBER, room, type State, type Work } from './state.ts';
import { helpChance, inMovingDay, KIND } from './strategies.ts';
import { readSlot } from './trust.ts';

/**
 * Steps 0 and 2 of a tick (tick.ts): who asks, who would help each asker, and who shares, in one pass over everyone.
 */

/** Askers (≤ 200,000 members + 250 newcomers) fit in 21 bits: (order hash, place in id order) packs into a double. */
export const ID = 2097152;

/** Count a give (a help or a share) by g in tick t. */
export function recordGive(s: State, g: number, t: number): void {
  s.gives[g]!++;
  if (s.firstGive[g]! < 0) s.firstGive[g] = t;
}

/**
 * Who among r's followers would help r this tick, in the order of r's list, appended to w.cand from `at` on; returns
 * the new end. A follower would help if it sees the question and its draw falls below its chance to help (trust of
 * the tick's start, or gAnswer for an active giver). Whether it still has capacity depends on the asking order and
 * is left to helping(). `hr` = fold(tick hash, r).
 */
function candidates(s: State, ctx: Context, w: Work, r: number, hr: number, at: number, giving: Uint8Array): number {
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
export function needsAndShares(s: State, ctx: Context, w: Work, th: number, giving: Uint8Array): number {
  const p = ctx.params;
  const t = s.tick + 1;
  const moving = inMovingDay(t, p);
  const { kind, mdHelp } = s;
  const { order, sharers, askers, candAt } = w;
  const shareT = new Float64Array(giving.length);
  for (let k = 0; k < giving.length; k++)
    shareT[k] = (k === MEMBER ? p.pShareCommunity : giving[k] ? p.pShareGiver : 0) * U32;
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
