import { listLen, listOff } from './pool.ts';
import type { State } from './state.ts';
import { slotFlags, slotFrom, slotLast, slotVal } from './trust.ts';

/**
 * A stable hash of the complete state (FNV-1a over 32-bit words, floats by their exact bits): equal hashes at every
 * tick mean two runs are the same run. Used by the determinism tests in Node and in the real browser.
 */
export function createHasher(): { word(x: number): void; float(x: number): void; digest(): string } {
  let h = 0x811c9dc5;
  const f64 = new Float64Array(1);
  const u32 = new Uint32Array(f64.buffer);
  const word = (x: number): void => {
    h = Math.imul(h ^ (x >>> 0), 0x01000193) >>> 0;
  };
  return {
    word,
    float(x: number) {
      f64[0] = x;
      word(u32[0]!);
      word(u32[1]!);
    },
    digest: () => h.toString(16).padStart(8, '0'),
  };
}

export function hashState(s: State): string {
  const hs = createHasher();
  hs.word(s.tick);
  hs.word(s.n);
  for (let a = 0; a < s.n; a++) {
    hs.word(s.kind[a]!);
    hs.word(s.helpReceived[a]!);
    hs.word(s.gives[a]!);
    hs.word(s.asks[a]!);
    hs.word(s.firstGive[a]!);
    hs.word(s.mdHelp[a]!);
    hs.float(s.inVal[a]!);
    hs.word(s.inLast[a]!);
    const off = listOff(s.followers, a);
    const len = listLen(s.followers, a);
    hs.word(len);
    for (let y = off; y < off + len; y++) hs.word(s.followers.cols[0][2 * y]!);
  }
  const t = s.trust;
  hs.word(t.size);
  // by trusted agent, then in the order the pairs first interacted
  for (let j = 0; j < s.n; j++) {
    for (let x = listOff(t, j); x < listOff(t, j) + listLen(t, j); x++) {
      hs.word(slotFrom(t, x));
      hs.word(j);
      hs.word(slotFlags(t, x));
      hs.word(slotLast(t, x));
      hs.float(slotVal(t, x));
    }
  }
  for (const [at, list] of [...s.unfollowAt].sort((x, y) => x[0] - y[0])) {
    hs.word(at);
    // as (i, j) pairs, whatever the queue stores
    for (let x = 0; x < list.length; x += 2) {
      hs.word(slotFrom(t, listOff(t, list[x]!) + list[x + 1]!));
      hs.word(list[x]!);
    }
  }
  // flat [giver, receiver, …]: the same words as the pairs
  for (const v of s.events) hs.word(v);
  return hs.digest();
}
