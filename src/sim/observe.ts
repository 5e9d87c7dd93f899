import { below, CH, fold, U32 } from './rng.ts';
import { type Context, room, type State, type Work } from './state.ts';
import { ensureSlot, readSlot, writeSlot } from './trust.ts';

/**
 * Step 3 of a tick (primitive 2): private trust rises in whoever was seen giving; refusals are neither seen nor
 * punished. Every change is trust *in the giver*, so it lands in the giver's trust list (trust.ts); pairs that are
 * follow edges carry their list index with them (followers.ts), the rest are searched for.
 */

/** Raise i's trust in j by d (capped at Tmax) as of state time `now`, keeping j's total in step; k = index of the
 * pair in j's trust list. Records the pair for attention (step 5). */
function bumpAt(s: State, ctx: Context, w: Work, i: number, j: number, k: number, d: number, now: number): void {
  const tr = s.trust;
  const pow = ctx.pow;
  const slot = tr.off[j]! + k;
  const cur = readSlot(tr, slot, now, pow);
  const next = Math.min(ctx.params.Tmax, cur + d);
  writeSlot(tr, slot, next, now);
  s.inVal[j] = s.inVal[j]! * pow[now - s.inLast[j]!]! + (next - cur);
  s.inLast[j] = now;
  const at = w.nTouched;
  const touched = room(w.touched, at, 3);
  touched[at] = k;
  touched[at + 1] = i;
  touched[at + 2] = j;
  w.touched = touched;
  w.nTouched = at + 3;
}

/** bumpAt for a pair that may not have interacted yet. */
function bump(s: State, ctx: Context, w: Work, i: number, j: number, d: number, now: number): void {
  bumpAt(s, ctx, w, i, j, ensureSlot(s.trust, i, j, now) - s.trust.off[j]!, d, now);
}

/** Who saw this tick's nEv helps (w.events) and w.nShare shares (w.sharers); draws keyed from w.ta. */
export function observe(s: State, ctx: Context, w: Work, nEv: number): void {
  const p = ctx.params;
  const now = s.tick;
  const { events, ta, sharers } = w;
  const { off, len } = s.followers;
  const [ids, tk] = s.followers.cols;
  const { dDirect, dObserve } = p;
  const qgT = p.qGiverFollowers * U32;
  const qaT = p.qAmp * U32;
  const seeT = p.pSee * U32;
  w.nTouched = 0;
  for (let e = 0; e < nEv; e++) {
    const g = events[2 * e]!;
    const r = events[2 * e + 1]!;
    if (dDirect > 0) bump(s, ctx, w, r, g, dDirect, now);
    if (dObserve <= 0) continue;
    // the helper's followers see it; the helped person's followers see the "thanks @helper"
    for (let y = off[g]!, end = y + len[g]!; y < end; y++) {
      const o = ids[y]!;
      if (o !== r && below(fold(fold(fold(ta[o]!, g), CH.obsGiver), r + 1), qgT)) {
        bumpAt(s, ctx, w, o, g, tk[y]!, dObserve, now);
      }
    }
    for (let y = off[r]!, end = y + len[r]!; y < end; y++) {
      const o = ids[y]!;
      if (o !== g && below(fold(fold(fold(ta[o]!, g), CH.obsAmp), r + 1), qaT)) bump(s, ctx, w, o, g, dObserve, now);
    }
  }
  for (let x = 0; x < w.nShare && dObserve > 0; x++) {
    const g = sharers[x]!;
    for (let y = off[g]!, end = y + len[g]!; y < end; y++) {
      const o = ids[y]!;
      if (below(fold(fold(ta[o]!, g), CH.shareSee), seeT)) bumpAt(s, ctx, w, o, g, tk[y]!, dObserve, now);
    }
  }
}
