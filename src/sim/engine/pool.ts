/**
 * One growable list per agent, all lists sharing typed-array columns: agent j's entries are at
 * off .. off + len in every column, where off = at[2j] and len = at[2j + 1] (side by side: looking up a list is one
 * cache miss, not two, and a big community's tick looks up thousands of lists in no particular order). Entries never move inside a list, so (j, index) names an entry for good;
 * a list that outgrows its room is moved (whole) to the end of the columns, and when the columns are full everything
 * is laid out afresh without gaps. This keeps memory linear in the number of entries, makes a copy a handful of
 * slices, and keeps one agent's entries together in memory (a tick touches many entries of the same agent).
 */
export type Column = Int32Array | Float64Array | Uint8Array;

export interface Pool<C extends Column[]> {
  /** elements per entry in each column: 2 interleaves two numbers of an entry (same cache line) */
  widths: number[];
  /** per agent: [offset of its list, its length] */
  at: Int32Array;
  /** room reserved for each list */
  room: Int32Array;
  /** entries handed out so far, gaps included */
  used: number;
  cols: C;
}

/**
 * The column arrays of every pool and copy, made by pushing onto `[]`: always the same elements kind, so one hidden
 * class, and the hot loops of a tick never deoptimise on `cols[0]`. Not `Array.prototype.map`: its result's elements
 * kind depends on whether V8 ran it as a builtin or inlined it into optimised code (holey or packed), and the
 * "wrong map" deoptimisations that followed slowed a process's first big runs (second 10k run 1.28 → 1.10 s).
 */
function eachColumn<C extends Column[]>(cols: C, make: (c: Column, k: number) => Column): C {
  const out: Column[] = [];
  for (let k = 0; k < cols.length; k++) out.push(make(cols[k]!, k));
  return out as C;
}

/** Fresh columns of `size` entries of the same types as `like`. */
function columns<C extends Column[]>(like: C, size: number, widths: number[]): C {
  return eachColumn(like, (c, k) => new (c.constructor as new (n: number) => Column)(size * widths[k]!));
}

/**
 * A pool for n agents with columns of the types in `like` (e.g. [new Int32Array(0)]) and `widths` elements per entry
 * (1 each by default), each list starting with room for `room0` entries (a good guess saves moving lists while a
 * network is built).
 */
export function createPool<C extends Column[]>(
  n: number,
  like: C,
  room0: number,
  widths: number[] = like.map(() => 1),
): Pool<C> {
  const at = new Int32Array(2 * n);
  for (let a = 0; a < n; a++) at[2 * a] = a * room0;
  const used = n * room0;
  const cols = columns(like, used + 16, widths);
  return { widths, at, room: new Int32Array(n).fill(room0), used, cols };
}

/** Lay every list out afresh in columns of `size` entries, each list keeping its reserved room. */
function relayout<C extends Column[]>(p: Pool<C>, size: number): void {
  const { at, room, widths } = p;
  const cols = columns(p.cols, size, widths);
  let to = 0;
  for (let c = 0; c < cols.length; c++) {
    // element by element: lists are short, and a subarray per list and column was most of the cost (and garbage)
    const src = p.cols[c]!;
    const dst = cols[c]!;
    const w = widths[c]!;
    to = 0;
    for (let a = 0; a < room.length; a++) {
      for (let x = at[2 * a]! * w, end = x + at[2 * a + 1]! * w, y = to * w; x < end; ) dst[y++] = src[x++]!;
      to += room[a]!;
    }
  }
  to = 0;
  for (let a = 0; a < room.length; a++) {
    at[2 * a] = to;
    to += room[a]!;
  }
  p.cols = cols;
  p.used = to;
}

/** Append an entry to j's list and return its position in the columns (fill it in there). */
export function append<C extends Column[]>(p: Pool<C>, j: number): number {
  const at = p.at;
  if (at[2 * j + 1] === p.room[j]) {
    const room = Math.max(4, 2 * p.room[j]!);
    if (p.used + room > p.cols[0]!.length / p.widths[0]!) {
      p.room[j] = room;
      let live = 0;
      for (let a = 0; a < p.room.length; a++) live += p.room[a]!;
      relayout(p, 2 * live);
    } else {
      const from = at[2 * j]!;
      for (let c = 0; c < p.cols.length; c++) {
        const w = p.widths[c]!;
        p.cols[c]!.copyWithin(p.used * w, from * w, (from + at[2 * j + 1]!) * w);
      }
      at[2 * j] = p.used;
      p.room[j] = room;
      p.used += room;
    }
  }
  return at[2 * j]! + at[2 * j + 1]!++;
}

/** Give every list just a little room beyond its length: once the starting network is built. */
export function compactPool<C extends Column[]>(p: Pool<C>): void {
  let live = 0;
  for (let a = 0; a < p.room.length; a++) {
    const len = p.at[2 * a + 1]!;
    p.room[a] = len + 2 + (len >> 2);
    live += p.room[a]!;
  }
  relayout(p, live + (live >> 3) + 16);
}

export function clonePool<C extends Column[]>(p: Pool<C>): Pool<C> {
  return {
    widths: p.widths,
    at: p.at.slice(),
    room: p.room.slice(),
    used: p.used,
    cols: eachColumn(p.cols, (c) => c.slice()),
  };
}

/** Where j's list starts in the columns (not for hot loops: they read `at` directly). */
export const listOff = (p: Pool<Column[]>, j: number): number => p.at[2 * j]!;
/** How many entries j's list holds. */
export const listLen = (p: Pool<Column[]>, j: number): number => p.at[2 * j + 1]!;
