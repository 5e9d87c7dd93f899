import { append, clonePool, compactPool, createPool, type Pool } from './pool.ts';

/**
 * Sparse private trust T[i][j], stored only for pairs that have interacted (follow edges and observed pairs),
 * never as an N×N matrix. Entries are grouped by the trusted agent j (a pool, pool.ts): j's entries hold
 * (from, value, last, flags) in insertion order, and "i's trust in j" is a short scan of j's `from` column (about 25
 * entries at the defaults). Grouping by j is what makes large communities fast: everything a help event changes is
 * trust in the helper, so one event's updates land next to each other in memory instead of all over a hash table.
 *
 * Decay is lazy: the value is exact at state time `last`, and reads scale it by (1 − decay)^Δt, taken from a
 * precomputed table so that decay after stopping is exactly (1 − decay)^Δt (property 7). The follow relation rides
 * along in `flags`, so "does i follow j" is the same single lookup. A slot (position in the columns) is valid until
 * the next insertion; (j, slot − offset of j's list) is valid for good.
 */

export const FOLLOW = 1;
export const EARNED = 2;

/**
 * Columns: `from` alone (searched by scanning, so packed), and a 16-byte record per pair: the value as a double and,
 * in the same record seen as int32s, last · 8 + flags (`words[4·slot + 2]`). A raise reads and writes both, so
 * keeping them together costs one cache line per pair instead of two in big communities.
 */
export interface TrustTable extends Pool<[Float64Array]> {
  /** cols[0] seen as int32: slot s has its word at words[4s + 2] and `from` at words[4s + 3]; refreshed whenever cols[0] is replaced */
  words: Int32Array;
  /** stored pairs */
  size: number;
}

const table = (p: Pool<[Float64Array]>, size: number): TrustTable => {
  const { widths, at, room, used, cols } = p;
  // one literal shape for every table and clone, so the hot loops see a single hidden class
  return { widths, at, room, used, cols, words: new Int32Array(cols[0].buffer), size };
};

/** Trust for n agents, each list starting with room for `perAgent` trusters. */
export function createTrust(n: number, perAgent: number): TrustTable {
  return table(createPool(n, [new Float64Array(0)], perAgent, [2]), 0);
}

/** After the pool has replaced its columns (growth, compaction). */
function refresh(t: TrustTable): void {
  t.words = new Int32Array(t.cols[0].buffer);
}

/** Slot of (i, j), or −1 when the pair has never interacted. */
export function findSlot(t: TrustTable, i: number, j: number): number {
  const words = t.words;
  for (let s = t.at[2 * j]!, end = s + t.at[2 * j + 1]!; s < end; s++) if (words[4 * s + 3] === i) return s;
  return -1;
}

/** Slot of (i, j), created with zero trust at time `now` if absent. */
export function ensureSlot(t: TrustTable, i: number, j: number, now: number): number {
  const found = findSlot(t, i, j);
  return found >= 0 ? found : insertSlot(t, i, j, now);
}

/** Slot of a new pair (i, j) with zero trust at time `now`; the caller knows the pair is absent. */
export function insertSlot(t: TrustTable, i: number, j: number, now: number): number {
  const recs = t.cols[0];
  const s = append(t, j);
  // (comparing the arrays, not their buffers: `.buffer` is a getter call, and this runs for every new pair)
  if (t.cols[0] !== recs) refresh(t);
  t.words[4 * s + 3] = i;
  t.cols[0][2 * s] = 0;
  t.words[4 * s + 2] = now << 3;
  t.size++;
  return s;
}

export const slotFrom = (t: TrustTable, s: number): number => t.words[4 * s + 3]!;
export const slotVal = (t: TrustTable, s: number): number => t.cols[0][2 * s]!;
export const slotLast = (t: TrustTable, s: number): number => t.words[4 * s + 2]! >> 3;
export const slotFlags = (t: TrustTable, s: number): number => t.words[4 * s + 2]! & 7;

export function setFlags(t: TrustTable, s: number, flags: number): void {
  t.words[4 * s + 2] = (t.words[4 * s + 2]! & ~7) | flags;
}

/** Store trust v in slot s, exact at time `now`. */
export function writeSlot(t: TrustTable, s: number, v: number, now: number): void {
  t.cols[0][2 * s] = v;
  t.words[4 * s + 2] = (now << 3) | (t.words[4 * s + 2]! & 7);
}

/** Trust in slot s at state time `now`; `pow[k]` = (1 − decay)^k. */
export function readSlot(t: TrustTable, s: number, now: number, pow: Float64Array): number {
  return t.cols[0][2 * s]! * pow[now - (t.words[4 * s + 2]! >> 3)]!;
}

export function compactTrust(t: TrustTable): void {
  compactPool(t);
  refresh(t);
}

export const cloneTrust = (t: TrustTable): TrustTable => table(clonePool(t), t.size);
