/**
 * Counter-based randomness: every draw is a hash of (seed, tick, a, b, channel[, extra]).
 * A draw therefore does not depend on storage or iteration order, adding a new kind of draw does not shift the others,
 * and any tick can be replayed from its state alone (sim-model.md, "Randomness").
 */

/**
 * murmur3's 32-bit finaliser: a bijection on 32-bit words with good avalanche. Running hashes are kept as *signed*
 * int32 (the same bits): V8 keeps those unboxed, whereas a uint32 ≥ 2^31 returned from a call is a heap number,
 * i.e. an allocation per draw. They become unsigned (`>>> 0`) only where a value leaves as a number.
 */
function mix(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Fold one more 32-bit word into a running hash: mix((h ^ x · golden ratio) + offset), so zeros still move it; int32.
 * Exported for the hot loops of a tick, which fold a shared prefix such as (tick, agent) once and finish it per
 * draw: draw(th, a, b, ch) === (fold(fold(fold(th, a), b), ch) >>> 0) / 2^32.
 */
export function fold(h: number, x: number): number {
  // mix((h ^ key(x)) + 0x7f4a7c15) written out: the hot loops call this in many places, and V8 inlines a flat
  // function everywhere, whereas a three-deep chain of small calls used up its per-function inlining budget
  // (which calls got inlined then varied from run to run, and a run took 10 or 15 ms by luck)
  let z = ((h ^ Math.imul(x | 0, 0x9e3779b1)) + 0x7f4a7c15) | 0;
  z ^= z >>> 16;
  z = Math.imul(z, 0x85ebca6b);
  z ^= z >>> 13;
  z = Math.imul(z, 0xc2b2ae35);
  return z ^ (z >>> 16);
}

/** 2^32: a draw is (hash >>> 0) / U32. */
export const U32 = 4294967296;

/**
 * Is the uniform draw behind int32 hash h below the chance whose threshold is thr = chance · 2^32? Exactly the test
 * draw < chance (scaling by 2^32 is exact), but on integers: no division and no boxed doubles in the hot loops.
 */
export const below = (h: number, thr: number): boolean => h >>> 0 < thr;

/**
 * `below` as 1 or 0 instead of a branch. A draw's outcome is a coin toss no branch predictor can guess, and a
 * mispredicted branch costs more than the hash itself (measured here: 6.6 ns a draw with `if (below(…))`, 3.3 with
 * `n += hit(…)`), so loops over many onlookers list the hits branch-free and act on the list afterwards.
 */
export const hit = (h: number, thr: number): number => +(h >>> 0 < thr);

/** Normalise any finite number to a uint32 seed (fractions and negatives still give distinct seeds). */
export function seedWord(seed: number): number {
  if (Number.isInteger(seed)) return (seed >>> 0) ^ Math.floor(seed / 4294967296);
  return mix(Math.floor(seed * 1e9) | 0) >>> 0;
}

/** The seed's part of every hash: compute once per run. */
export function seedHash(seed: number): number {
  return mix(seedWord(seed) + 0x6a09e667);
}

/** The (seed, tick) part: compute once per tick. */
export function tickHash(sh: number, tick: number): number {
  return fold(sh, tick);
}

/** A uniform draw in [0, 1) from a tick hash and the draw's keys (the hot path of a tick). */
export function draw(th: number, a: number, b: number, channel: number, extra = 0): number {
  const h = fold(fold(fold(th, a), b), channel);
  return ((extra === 0 ? h : fold(h, extra)) >>> 0) / 4294967296;
}

/** The 32-bit hash of the tuple (seed, tick, a, b, channel[, extra]). */
export function hash32(seed: number, tick: number, a: number, b: number, channel: number, extra = 0): number {
  const h = fold(fold(fold(tickHash(seedHash(seed), tick), a), b), channel);
  return (extra === 0 ? h : fold(h, extra)) >>> 0;
}

/** A uniform draw in [0, 1): equal to draw(tickHash(seedHash(seed), tick), a, b, channel, extra). */
export function U(seed: number, tick: number, a: number, b: number, channel: number, extra = 0): number {
  return hash32(seed, tick, a, b, channel, extra) / 4294967296;
}

/** Draw channels: one per kind of decision, so adding a kind never shifts the others. */
export const CH = {
  rewire: 1,
  rewireTarget: 2,
  followNew: 3,
  followBack: 4,
  need: 10,
  order: 11,
  see: 12,
  help: 13,
  share: 14,
  shareSee: 15,
  obsGiver: 16,
  obsAmp: 17,
  sciPair: 30,
  sciKnow: 31,
  sciParent: 32,
  sciMutate: 33,
  sciInit: 34,
} as const;
