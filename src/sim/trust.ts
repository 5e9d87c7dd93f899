/**
 * Sparse private trust T[i][j], stored only for pairs that have interacted (follow edges and observed pairs),
 * never as an N×N matrix. An open-addressing hash table over typed arrays; each slot holds (from, to, value,
 * last, flags). Decay is lazy: the value is exact at state time `last`, and reads scale it by (1 − decay)^Δt,
 * taken from a precomputed table so that decay after stopping is exactly (1 − decay)^Δt (property 7).
 * The follow relation rides along in `flags`, so "does i follow j" is the same single lookup.
 */

export const FOLLOW = 1;
export const EARNED = 2;

export interface TrustTable {
  cap: number;
  size: number;
  from: Int32Array;
  to: Int32Array;
  val: Float64Array;
  last: Int32Array;
  flags: Uint8Array;
}

export function createTrust(expected = 64): TrustTable {
  let cap = 64;
  while (cap < expected * 2) cap *= 2;
  return {
    cap,
    size: 0,
    from: new Int32Array(cap).fill(-1),
    to: new Int32Array(cap),
    val: new Float64Array(cap),
    last: new Int32Array(cap),
    flags: new Uint8Array(cap),
  };
}

function slotHash(i: number, j: number, mask: number): number {
  let h = Math.imul(i, 0x9e3779b1) ^ Math.imul(j, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & mask;
}

/** Slot of (i, j), or −1 when the pair has never interacted. */
export function findSlot(t: TrustTable, i: number, j: number): number {
  const mask = t.cap - 1;
  let s = slotHash(i, j, mask);
  for (;;) {
    const f = t.from[s]!;
    if (f === -1) return -1;
    if (f === i && t.to[s] === j) return s;
    s = (s + 1) & mask;
  }
}

function grow(t: TrustTable): void {
  const old = { ...t };
  const cap = t.cap * 2;
  t.cap = cap;
  t.from = new Int32Array(cap).fill(-1);
  t.to = new Int32Array(cap);
  t.val = new Float64Array(cap);
  t.last = new Int32Array(cap);
  t.flags = new Uint8Array(cap);
  const mask = cap - 1;
  for (let s = 0; s < old.cap; s++) {
    const i = old.from[s]!;
    if (i === -1) continue;
    let d = slotHash(i, old.to[s]!, mask);
    while (t.from[d] !== -1) d = (d + 1) & mask;
    t.from[d] = i;
    t.to[d] = old.to[s]!;
    t.val[d] = old.val[s]!;
    t.last[d] = old.last[s]!;
    t.flags[d] = old.flags[s]!;
  }
}

/** Slot of (i, j), created with zero trust at time `now` if absent. */
export function ensureSlot(t: TrustTable, i: number, j: number, now: number): number {
  const found = findSlot(t, i, j);
  if (found >= 0) return found;
  if ((t.size + 1) * 2 > t.cap) grow(t);
  const mask = t.cap - 1;
  let s = slotHash(i, j, mask);
  while (t.from[s] !== -1) s = (s + 1) & mask;
  t.from[s] = i;
  t.to[s] = j;
  t.val[s] = 0;
  t.last[s] = now;
  t.flags[s] = 0;
  t.size++;
  return s;
}

/** Trust in slot s at state time `now`; `pow[k]` = (1 − decay)^k. */
export function readSlot(t: TrustTable, s: number, now: number, pow: Float64Array): number {
  return t.val[s]! * pow[now - t.last[s]!]!;
}

/** i's trust in j at state time `now` (0 when they never interacted). */
export function readTrust(t: TrustTable, i: number, j: number, now: number, pow: Float64Array): number {
  const s = findSlot(t, i, j);
  return s < 0 ? 0 : readSlot(t, s, now, pow);
}

export function cloneTrust(t: TrustTable): TrustTable {
  return {
    cap: t.cap,
    size: t.size,
    from: t.from.slice(),
    to: t.to.slice(),
    val: t.val.slice(),
    last: t.last.slice(),
    flags: t.flags.slice(),
  };
}
