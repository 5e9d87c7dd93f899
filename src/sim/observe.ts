import { below, CH, fold, foldKey, key, U32 } from './rng.ts';
import { type Context, room, type State, type Work } from './state.ts';
import { ensureSlot, insertSlot, TOUCHED } from './trust.ts';

/**
 * Step 3 of a tick (primitive 2): private trust rises in whoever was seen giving; refusals are neither seen nor
 * punished. Every change is trust *in the giver*, so it lands in the giver's trust list (trust.ts); pairs that are
 * follow edges carry their list index with them (followers.ts), the rest are searched for.
 */

/** Raise i's trust in j by d (capped at Tmax) as of state time `now`, keeping j's total in step; k = index of the
 * pair in j's trust list. Records the pair for attention (step 5); observe() has made room in w.touched for it. */
function bumpAt(s: State, ctx: Context, w: Work, i: number, j: number, k: number, d: number, now: number): void {
  const tr = s.trust;
  const pow = ctx.pow;
  const vals = tr.cols[1];
  const words = tr.cols[2];
  const slot = tr.off[j]! + k;
  // readSlot / writeSlot by hand: last · 8 + flags in one word
  const word = words[slot]!;
  const cur = vals[slot]! * pow[now - (word >> 3)]!;
  const next = Math.min(ctx.params.Tmax, cur + d);
  vals[slot] = next;
  s.inVal[j] = s.inVal[j]! * pow[now - s.inLast[j]!]! + (next - cur);
  s.inLast[j] = now;
  // attention looks at each raised pair once, in the order first raised
  if (word & TOUCHED) {
    words[slot] = (now << 3) | (word & 7);
    return;
  }
  words[slot] = (now << 3) | (word & 7) | TOUCHED;
  const at = w.nTouched;
  const touched = w.touched;
  touched[at] = k;
  touched[at + 1] = i;
  touched[at + 2] = j;
  w.nTouched = at + 3;
}

/**
 * bumpAt for a pair that may not have interacted yet. With `mapped`, w.pos[i] holds the index of i in j's trust list
 * (−1 if absent) instead of searching the list: worth it when many of j's trusters are bumped in one event.
 */
function bump(s: State, ctx: Context, w: Work, i: number, j: number, d: number, now: number, mapped: boolean): void {
  const tr = s.trust;
  let k: number;
  if (!mapped) k = ensureSlot(tr, i, j, now) - tr.off[j]!;
  else if (w.pos[i]! >= 0) k = w.pos[i]!;
  else k = w.pos[i] = insertSlot(tr, i, j, now) - tr.off[j]!;
  bumpAt(s, ctx, w, i, j, k, d, now);
}

/** Set (or, with −1, clear) w.pos for every truster of j. */
function mapTrusters(s: State, w: Work, j: number, on: boolean): void {
  const tr = s.trust;
  const from = tr.cols[0];
  for (let k = 0, base = tr.off[j]!; k < tr.len[j]!; k++) w.pos[from[base + k]!] = on ? k : -1;
}

/** The onlookers of help g → r: g's followers see it; r's followers see the "thanks @helper". */
function onlookers(s: State, ctx: Context, w: Work, g: number, r: number, mapped: boolean): void {
  const p = ctx.params;
  const { off, len } = s.followers;
  const [ids, tk] = s.followers.cols;
  const ta = w.ta;
  const qgT = p.qGiverFollowers * U32;
  const qaT = p.qAmp * U32;
  // draw(th, o, g, channel, r + 1) with the words fixed for this event mixed once
  const kg = key(g);
  const kr = key(r + 1);
  const kGiver = key(CH.obsGiver);
  const kAmp = key(CH.obsAmp);
  for (let y = off[g]!, end = y + len[g]!; y < end; y++) {
    const o = ids[y]!;
    if (o !== r && below(foldKey(foldKey(foldKey(ta[o]!, kg), kGiver), kr), qgT)) {
      bumpAt(s, ctx, w, o, g, tk[y]!, p.dObserve, s.tick);
    }
  }
  for (let y = off[r]!, end = y + len[r]!; y < end; y++) {
    const o = ids[y]!;
    if (o !== g && below(foldKey(foldKey(foldKey(ta[o]!, kg), kAmp), kr), qaT)) {
      bump(s, ctx, w, o, g, p.dObserve, s.tick, mapped);
    }
  }
}

/** Who saw this tick's nEv helps (w.events) and w.nShare shares (w.sharers); draws keyed from w.ta. */
export function observe(s: State, ctx: Context, w: Work, nEv: number): void {
  const p = ctx.params;
  const now = s.tick;
  const { events, ta, sharers } = w;
  const { off, len } = s.followers;
  const [ids, tk] = s.followers.cols;
  const { dDirect, dObserve } = p;
  const seeT = p.pSee * U32;
  w.nTouched = 0;
  for (let e = 0; e < nEv; e++) {
    const g = events[2 * e]!;
    const r = events[2 * e + 1]!;
    // map g's trusters when the expected searches (direct + amplified) cost more than two passes over them: a
    // speed choice only, the result is the same
    const mapped = dObserve > 0 && 1 + len[r]! * p.qAmp > 6 && s.trust.len[g]! > 16;
    // at most one new attention entry per onlooker and one for the helped person
    w.touched = room(w.touched, w.nTouched, 3 * (1 + len[g]! + len[r]!));
    if (mapped) mapTrusters(s, w, g, true);
    if (dDirect > 0) bump(s, ctx, w, r, g, dDirect, now, mapped);
    if (dObserve > 0) onlookers(s, ctx, w, g, r, mapped);
    if (mapped) mapTrusters(s, w, g, false);
  }
  for (let x = 0; x < w.nShare && dObserve > 0; x++) {
    const g = sharers[x]!;
    w.touched = room(w.touched, w.nTouched, 3 * len[g]!);
    for (let y = off[g]!, end = y + len[g]!; y < end; y++) {
      const o = ids[y]!;
      if (below(fold(fold(ta[o]!, g), CH.shareSee), seeT)) bumpAt(s, ctx, w, o, g, tk[y]!, dObserve, now);
    }
  }
}
