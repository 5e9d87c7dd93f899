import type { Context, State, Work } from './state.ts';
import { EARNED, ensureSlot, FOLLOW, insertSlot } from './trust.ts';

/** The raises of step 3 (observe.ts): one pair's trust goes up, and a pair that reaches thFollow is listed. */

/**
 * Raise i's trust in j by dDirect (direct) or dObserve (capped at Tmax) as of state time `now`, keeping j's total
 * in step; k = index of the pair in j's trust list. A pair that does not follow yet and whose trust, as attention will read it at the end of the
 * tick (one decay step on), has reached thFollow is marked FOLLOW | EARNED here and listed for attention (step 5) in
 * w.follows: trust only rises during a tick, so it still qualifies then, and attention need not revisit every raised
 * pair (at 10,000 members that revisit was a cache miss per raise). observe() has made room in w.follows.
 */
export function bumpAt(
  s: State,
  ctx: Context,
  w: Work,
  i: number,
  j: number,
  k: number,
  direct: boolean,
  now: number,
): void {
  const tr = s.trust;
  const pow = ctx.pow;
  const vals = tr.cols[0];
  const words = tr.words;
  const slot = tr.at[2 * j]! + k;
  // the raise is read here rather than passed in: a double argument to a call V8 does not inline is boxed, i.e. an
  // allocation per raise (a third of the garbage collections of a big community)
  const d = direct ? ctx.params.dDirect : ctx.params.dObserve;
  // readSlot / writeSlot by hand: the value and last · 8 + flags share a 16-byte record (trust.ts)
  const word = words[4 * slot + 2]!;
  const cur = vals[2 * slot]! * pow[now - (word >> 3)]!;
  const next = Math.min(ctx.params.Tmax, cur + d);
  vals[2 * slot] = next;
  s.inVal[j] = s.inVal[j]! * pow[now - s.inLast[j]!]! + (next - cur);
  s.inLast[j] = now;
  if (word & FOLLOW || next * pow[1]! < ctx.params.thFollow) {
    words[4 * slot + 2] = (now << 3) | (word & 7);
    return;
  }
  words[4 * slot + 2] = (now << 3) | (word & 7) | FOLLOW | EARNED;
  const at = w.nFollows;
  const follows = w.follows;
  follows[at] = k;
  follows[at + 1] = i;
  follows[at + 2] = j;
  w.nFollows = at + 3;
}

/**
 * bumpAt for a pair that may not have interacted yet. With `mapped`, w.pos[i] holds the index of i in j's trust list
 * (−1 if absent) instead of searching the list: worth it when many of j's trusters are bumped in one event.
 */
export function bump(
  s: State,
  ctx: Context,
  w: Work,
  i: number,
  j: number,
  direct: boolean,
  now: number,
  mapped: boolean,
): void {
  const tr = s.trust;
  let k: number;
  if (!mapped) k = ensureSlot(tr, i, j, now) - tr.at[2 * j]!;
  else if (w.pos[i]! >= 0) k = w.pos[i]!;
  else k = w.pos[i] = insertSlot(tr, i, j, now) - tr.at[2 * j]!;
  bumpAt(s, ctx, w, i, j, k, direct, now);
}

/** Set (or, with −1, clear) w.pos for every truster of j. */
export function mapTrusters(s: State, w: Work, j: number, on: boolean): void {
  const tr = s.trust;
  const words = tr.words;
  for (let k = 0, base = tr.at[2 * j]!, n = tr.at[2 * j + 1]!; k < n; k++)
    w.pos[words[4 * (base + k) + 3]!] = on ? k : -1;
}
