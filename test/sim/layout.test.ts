import { describe, expect, test } from 'vitest';
import { compactFollowers } from '../../src/sim/engine/followers.ts';
import { createState } from '../../src/sim/engine/graph.ts';
import { hashState } from '../../src/sim/engine/hash.ts';
import { byGiver } from '../../src/sim/engine/observe.ts';
import { append, compactPool, createPool, listLen, listOff, type Pool } from '../../src/sim/engine/pool.ts';
import { cloneState, createContext, type Work } from '../../src/sim/engine/state.ts';
import { stepState } from '../../src/sim/engine/tick.ts';
import { compactTrust } from '../../src/sim/engine/trust.ts';
import { resolveParams } from '../../src/sim/index.ts';

// Where lists sit in memory and the order observe() takes a tick's helps in are speed choices: these tests pin
// down that they change nothing a run computes.

const lists = (p: Pool<[Int32Array]>, n: number): number[][] =>
  Array.from({ length: n }, (_, a) => Array.from(p.cols[0].subarray(listOff(p, a), listOff(p, a) + listLen(p, a))));

describe('compactPool', () => {
  test('lays lists out afresh in agent order, each keeping its entries in order', () => {
    const n = 40;
    const p = createPool<[Int32Array]>(n, [new Int32Array(0)], 2);
    // uneven growth moves lists to the end of the columns in no particular order
    for (let k = 0; k < 600; k++) {
      const a = (k * 7919) % n;
      p.cols[0][append(p, a)] = 1000 * a + k;
    }
    const before = lists(p, n);
    const offsets = Array.from({ length: n }, (_, a) => listOff(p, a));
    expect(offsets.some((o, a) => a > 0 && o < offsets[a - 1]!)).toBe(true);
    compactPool(p);
    expect(lists(p, n)).toEqual(before);
    for (let a = 1; a < n; a++) expect(listOff(p, a)).toBeGreaterThanOrEqual(listOff(p, a - 1) + listLen(p, a - 1));
  });
});

describe('byGiver', () => {
  test.each([1, 2, 3])('is a permutation grouped by giver that keeps each giver’s helps in order (seed %i)', (seed) => {
    const n = 500;
    const nEv = 300;
    const events = new Int32Array(2 * nEv);
    for (let e = 0; e < nEv; e++) {
      events[2 * e] = (e * 7919 * seed + 13) % n;
      events[2 * e + 1] = (e * 104729 + seed) % n;
    }
    const w = { events, byGiver: new Int32Array(4), groups: new Int32Array((n >> 4) + 2) } as unknown as Work;
    const order = Array.from(byGiver(w, n, nEv).subarray(0, nEv));
    expect([...order].sort((x, y) => x - y)).toEqual(Array.from({ length: nEv }, (_, e) => e));
    const giver = (e: number) => events[2 * e]!;
    for (let x = 1; x < nEv; x++) {
      const [a, b] = [order[x - 1]!, order[x]!];
      expect(giver(a) >> 4).toBeLessThanOrEqual(giver(b) >> 4);
      if (giver(a) === giver(b)) expect(a).toBeLessThan(b);
    }
  });
});

describe('a run does not depend on where its lists sit in memory', () => {
  test.each([1, 2])(
    'laid out afresh every tick, a 2,000-member run hashes the same at every tick (seed %i)',
    (seed) => {
      const ctx = createContext(resolveParams({ nCommunity: 2000, ticks: 60 }), seed);
      const a = createState(ctx);
      const ctxB = createContext(ctx.params, seed);
      const b = cloneState(a);
      while (a.tick < 60) {
        stepState(a, ctx);
        stepState(b, ctxB);
        compactTrust(b.trust);
        compactFollowers(b.followers);
        expect(hashState(b)).toBe(hashState(a));
      }
    },
  );
});
