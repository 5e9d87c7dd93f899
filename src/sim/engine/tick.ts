import { tickHash } from '../rng.ts';
import { applyAttention } from './attention.ts';
import { ID, needsAndShares, recordGive } from './needsAndShares.ts';
import { observe } from './observe.ts';
import { type Context, MEMBER, room, type State, type Work } from './state.ts';
import { inMovingDay, isGiving } from './strategies.ts';

function work(ctx: Context, n: number): Work {
  ctx.work ??= {
    used: new Uint16Array(n),
    order: new Float64Array(n),
    askers: new Int32Array(n),
    candAt: new Int32Array(n + 1),
    cand: new Int32Array(1024),
    th: 0,
    pos: new Int32Array(n).fill(-1),
    sharers: new Int32Array(n),
    nShare: 0,
    events: new Int32Array(256),
    seen: new Int32Array(64),
    byGiver: new Int32Array(256),
    groups: new Int32Array((n >> 4) + 2),
    follows: new Int32Array(768),
    nFollows: 0,
  };
  return ctx.work;
}

/**
 * Step 1: the askers in their keyed order; each one's would-be helpers (candidates(), in the order of its follower
 * list) help while they have capacity left and, on moving day, while the asker still needs help. Returns the number
 * of helps (w.events).
 */
function helping(s: State, ctx: Context, w: Work, nAsk: number): number {
  const p = ctx.params;
  const t = s.tick + 1;
  const { kind, mdHelp } = s;
  const { used, cand, candAt, askers } = w;
  const moving = inMovingDay(t, p);
  const order = w.order.subarray(0, nAsk).sort();
  let events = w.events;
  let nEv = 0;
  for (let x = 0; x < nAsk; x++) {
    const k = order[x]! % ID;
    const r = askers[k]!;
    const md = moving && kind[r] !== MEMBER;
    let need = md ? p.H - mdHelp[r]! : Number.POSITIVE_INFINITY;
    for (let c = candAt[k]!, end = candAt[k + 1]!; c < end && need > 0; c++) {
      const i = cand[c]!;
      if (used[i]! >= p.capacity) continue;
      used[i]!++;
      events = room(events, 2 * nEv, 2);
      events[2 * nEv] = i;
      events[2 * nEv++ + 1] = r;
      recordGive(s, i, t);
      s.helpReceived[r]!++;
      if (md) {
        mdHelp[r]!++;
        need--;
      }
    }
  }
  w.events = events;
  for (let e = 0; e < nEv; e++) used[events[2 * e]!] = 0;
  return nEv;
}

/**
 * One tick (sim-model.md, "One tick"), synchronous: every decision reads trust as it was at the tick's start
 * (state time t − 1); increments are written after all decisions and stamped at t − 1, so that reading them at
 * time t applies this tick's decay once. Draws are counter-based, so evaluating fewer of them (or in another
 * order) never changes a run: only the draws a decision needs are computed, sharing hash prefixes where they can.
 * The phases are separate functions so that V8 inlines the hashing into each loop.
 */
export function stepState(s: State, ctx: Context): void {
  const t = s.tick + 1;
  const w = work(ctx, s.n);
  const th = tickHash(ctx.sh, t);
  w.th = th;
  // a typed array, not `[...].map`: one elements kind whoever made it (see eachColumn in pool.ts)
  const giving = new Uint8Array(6);
  for (let k = 0; k < 6; k++) giving[k] = isGiving(k, t, ctx.params) ? 1 : 0;
  const nAsk = needsAndShares(s, ctx, w, th, giving);
  const nEv = helping(s, ctx, w, nAsk);
  observe(s, ctx, w, nEv);
  // 4. decay is lazy (trust.ts); 5. attention
  s.tick = t;
  s.events = w.events.subarray(0, 2 * nEv);
  applyAttention(s, ctx, w.follows, w.nFollows);
}
