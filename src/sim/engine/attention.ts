import { addFollower, removeFollower } from './followers.ts';
import type { Context, State } from './state.ts';
import { EARNED, readSlot, setFlags, slotFlags, slotFrom } from './trust.ts';

/**
 * Step 5 of a tick (primitive 4): follow when trust reaches thFollow; drop an earned follow when trust falls below
 * thUnfollow. Because decay is lazy, the tick at which an earned follow will fall below the threshold is computed
 * and queued, instead of scanning every earned edge every tick. Each earned follow has exactly one queued check:
 * made when the follow is earned and renewed when it comes due with trust still high. Trust only rises between
 * decays, so a raise can only postpone the drop, never bring it forward: checking again at the old due tick finds
 * the same drop tick as re-queueing on every raise would, without the cost of re-queueing on every raise.
 */

function unfollow(s: State, i: number, j: number, slot: number): void {
  setFlags(s.trust, slot, 0);
  removeFollower(s.followers, j, i);
}

/** Queue (or apply now) the drop of earned follow i → j, given its trust as of state time s.tick. */
function schedule(s: State, ctx: Context, i: number, j: number, slot: number): void {
  const { thUnfollow, decay, ticks } = ctx.params;
  const now = s.tick;
  const pow = ctx.pow;
  // v·pow[k] is trust k ticks from now: the same products the old per-tick scan would have compared
  const cur = readSlot(s.trust, slot, now, pow);
  if (cur < thUnfollow) {
    unfollow(s, i, j, slot);
    return;
  }
  if (decay <= 0 || thUnfollow <= 0) return;
  let k = Math.max(1, Math.ceil(Math.log(thUnfollow / cur) / Math.log(1 - decay)));
  while (k > 1 && now + k - 1 <= ticks && readSlot(s.trust, slot, now + k - 1, pow) < thUnfollow) k--;
  while (now + k <= ticks && readSlot(s.trust, slot, now + k, pow) >= thUnfollow) k++;
  if (now + k > ticks) return;
  // queued as (j, index in j's trust list): found again without searching
  const at = slot - s.trust.at[2 * j]!;
  const q = s.unfollowAt.get(now + k);
  if (q) q.push(j, at);
  else s.unfollowAt.set(now + k, [j, at]);
}

/**
 * Apply attention at the end of tick s.tick: first the queued checks of earned follows that fall due now, then the
 * pairs that reached thFollow this tick (flat [index in j's list, i, j, …], `count` numbers, in the order they
 * reached it), which observe.ts has already flagged FOLLOW | EARNED.
 */
export function applyAttention(s: State, ctx: Context, follows: Int32Array, count: number): void {
  const tr = s.trust;
  const now = s.tick;
  const due = s.unfollowAt.get(now);
  if (due) {
    s.unfollowAt.delete(now);
    for (let x = 0; x < due.length; x += 2) {
      const j = due[x]!;
      const slot = tr.at[2 * j]! + due[x + 1]!;
      // still earned (queued checks are the only way an earned follow ends): drop it, or check again later
      if (slotFlags(tr, slot) & EARNED) schedule(s, ctx, slotFrom(tr, slot), j, slot);
    }
  }
  for (let x = 0; x < count; x += 3) {
    const j = follows[x + 2]!;
    addFollower(s.followers, j, follows[x + 1]!, follows[x]!);
    schedule(s, ctx, follows[x + 1]!, j, tr.at[2 * j]! + follows[x]!);
  }
}
