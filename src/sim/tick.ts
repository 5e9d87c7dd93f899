import { applyAttention } from './attention.ts';
import { CH, draw, keyedOrder, seedHash, tickHash } from './rng.ts';
import type { Context, State } from './state.ts';
import { asks, helpChance, inMovingDay, isGiving, KIND } from './strategies.ts';
import { ensureSlot, findSlot, readSlot } from './trust.ts';
import type { HelpEvent } from './types.ts';

/** Raise i's trust in j by d (capped at Tmax) as of state time `now`, keeping j's total in step. */
function bump(s: State, ctx: Context, i: number, j: number, d: number, now: number, touched: number[]): void {
  if (d <= 0) return;
  const tr = s.trust;
  const pow = ctx.pow;
  const slot = ensureSlot(tr, i, j, now);
  const cur = tr.val[slot]! * pow[now - tr.last[slot]!]!;
  const next = Math.min(ctx.params.Tmax, cur + d);
  tr.val[slot] = next;
  tr.last[slot] = now;
  s.inVal[j] = s.inVal[j]! * pow[now - s.inLast[j]!]! + (next - cur);
  s.inLast[j] = now;
  touched.push(i, j);
}

function recordGive(s: State, g: number, t: number): void {
  s.gives[g]!++;
  if (s.firstGive[g]! < 0) s.firstGive[g] = t;
}

/**
 * One tick (sim-model.md, "One tick"), synchronous: every decision reads trust as it was at the tick's start
 * (state time t − 1); increments are written after all decisions and stamped at t − 1, so that reading them at
 * time t applies this tick's decay once.
 */
export function stepState(s: State, ctx: Context): void {
  const p = ctx.params;
  const seed = ctx.seed;
  const t = s.tick + 1;
  const now = s.tick;
  const tr = s.trust;
  const th = tickHash(seedHash(seed), t);
  // 0. needs
  const askers: number[] = [];
  for (let a = 0; a < s.n; a++) {
    if (asks(s.kind[a]!, t, p, p.H - s.mdHelp[a]!, draw(th, a, 0, CH.need))) askers.push(a);
  }
  keyedOrder(askers, seed, t, CH.order);
  // 1. helping
  const used = new Uint16Array(s.n);
  const events: HelpEvent[] = [];
  const moving = inMovingDay(t, p);
  for (const r of askers) {
    s.asks[r]!++;
    const md = moving && s.kind[r] !== KIND.member;
    let need = md ? p.H - s.mdHelp[r]! : Number.POSITIVE_INFINITY;
    for (const i of s.followers[r]!) {
      if (need <= 0) break;
      if (used[i]! >= p.capacity || draw(th, r, i, CH.see) >= p.pSee) continue;
      let chance: number;
      if (s.kind[i] === KIND.member) chance = helpChance(readSlot(tr, findSlot(tr, i, r), now, ctx.pow), p);
      else if (isGiving(s.kind[i]!, t, p)) chance = p.gAnswer;
      else continue;
      if (draw(th, i, r, CH.help) >= chance) continue;
      used[i]!++;
      events.push({ giver: i, receiver: r });
      recordGive(s, i, t);
      s.helpReceived[r]!++;
      if (md) {
        s.mdHelp[r]!++;
        need--;
      }
    }
  }
  // 2. sharing
  const sharers: number[] = [];
  for (let a = 0; a < s.n; a++) {
    const k = s.kind[a]!;
    const chance = k === KIND.member ? p.pShareCommunity : isGiving(k, t, p) ? p.pShareGiver : 0;
    if (chance > 0 && draw(th, a, 0, CH.share) < chance) {
      sharers.push(a);
      recordGive(s, a, t);
    }
  }
  // 3. observation: private trust rises in whoever was seen giving; refusals are neither seen nor punished
  const touched: number[] = [];
  for (const { giver: g, receiver: r } of events) {
    bump(s, ctx, r, g, p.dDirect, now, touched);
    for (const o of s.followers[g]!) {
      if (o !== r && draw(th, o, g, CH.obsGiver, r + 1) < p.qGiverFollowers)
        bump(s, ctx, o, g, p.dObserve, now, touched);
    }
    for (const o of s.followers[r]!) {
      if (o !== g && draw(th, o, g, CH.obsAmp, r + 1) < p.qAmp) bump(s, ctx, o, g, p.dObserve, now, touched);
    }
  }
  for (const g of sharers) {
    for (const o of s.followers[g]!) {
      if (draw(th, o, g, CH.shareSee) < p.pSee) bump(s, ctx, o, g, p.dObserve, now, touched);
    }
  }
  // 4. decay is lazy (trust.ts); 5. attention
  s.tick = t;
  s.events = events;
  applyAttention(s, ctx, touched);
}
