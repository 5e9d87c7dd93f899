import type { Context, State } from './state.ts';
import { EARNED, FOLLOW, findSlot } from './trust.ts';

/**
 * Step 5 of a tick (primitive 4): follow when trust reaches thFollow; drop an earned follow when trust falls below
 * thUnfollow. Because decay is lazy, the tick at which an earned follow will fall below the threshold is computed
 * once and queued, instead of scanning every earned edge every tick.
 */

const VISITED = 4;

function unfollow(s: State, i: number, j: number, slot: number): void {
  s.trust.flags[slot]! &= VISITED;
  const list = s.followers[j]!;
  const at = list.indexOf(i);
  list[at] = list[list.length - 1]!;
  list.pop();
}

/** Queue (or apply now) the drop of earned follow i → j, given its trust as of state time s.tick. */
function schedule(s: State, ctx: Context, i: number, j: number, slot: number): void {
  const { thUnfollow, decay, ticks } = ctx.params;
  const tr = s.trust;
  const now = s.tick;
  const v = tr.val[slot]!;
  const last = tr.last[slot]!;
  if (v * ctx.pow[now - last]! < thUnfollow) {
    unfollow(s, i, j, slot);
    return;
  }
  if (decay <= 0 || thUnfollow <= 0) return;
  let k = Math.max(1, Math.ceil(Math.log(thUnfollow / (v * ctx.pow[now - last]!)) / Math.log(1 - decay)));
  while (k > 1 && now + k - 1 <= ticks && v * ctx.pow[now + k - 1 - last]! < thUnfollow) k--;
  while (now + k <= ticks && v * ctx.pow[now + k - last]! >= thUnfollow) k++;
  const at = now + k;
  if (at > ticks) return;
  const q = s.unfollowAt.get(at);
  if (q) q.push(i, j);
  else s.unfollowAt.set(at, [i, j]);
}

/** Apply attention at the end of tick s.tick, for the pairs whose trust rose this tick (flat [i, j, …]). */
export function applyAttention(s: State, ctx: Context, touched: number[]): void {
  const tr = s.trust;
  const { thFollow, thUnfollow } = ctx.params;
  const now = s.tick;
  const due = s.unfollowAt.get(now);
  if (due) {
    s.unfollowAt.delete(now);
    for (let x = 0; x < due.length; x += 2) {
      const i = due[x]!;
      const j = due[x + 1]!;
      const slot = findSlot(tr, i, j);
      if (slot >= 0 && tr.flags[slot]! & EARNED && tr.val[slot]! * ctx.pow[now - tr.last[slot]!]! < thUnfollow) {
        unfollow(s, i, j, slot);
      }
    }
  }
  const slots: number[] = [];
  for (let x = 0; x < touched.length; x += 2) {
    const i = touched[x]!;
    const j = touched[x + 1]!;
    const slot = findSlot(tr, i, j);
    if (tr.flags[slot]! & VISITED) continue;
    tr.flags[slot]! |= VISITED;
    slots.push(slot);
    if (!(tr.flags[slot]! & FOLLOW) && tr.val[slot]! * ctx.pow[now - tr.last[slot]!]! >= thFollow) {
      tr.flags[slot] = FOLLOW | EARNED | VISITED;
      s.followers[j]!.push(i);
    }
    if (tr.flags[slot]! & EARNED) schedule(s, ctx, i, j, slot);
  }
  for (const slot of slots) tr.flags[slot]! &= ~VISITED;
}
