import { detExp } from '../detMath.ts';
import { CH } from '../rng.ts';
import type { AgentKind, Params } from '../types.ts';
import { draw, fade, faded, type World } from './world.ts';

/**
 * The PLN-Trust model (../../shared sim-model.md) as plain objects, written to be read: give, see, trust, ask, help,
 * fade, moving day. The people, the draws, fading trust and the start are in world.ts; this file is the rules of a
 * tick. It is the oracle: the engine (../engine/) computes the same runs fast, and test/sim/equivalence.test.ts
 * requires bit-identical frames from both. It shares with the engine only the types, the seeded draws (rng.ts) and
 * detMath.ts: a draw is a hash of its keys, and exp and powers must be the same bits in every JavaScript engine, so
 * writing these twice could only make the two disagree.
 */

/** Moving day: from tShock, for W ticks, every newcomer needs H helps, asks until it has them, and cannot give. */
const movingDay = (p: Params, t: number): boolean => p.movingDay === 'on' && t >= p.tShock && t < p.tShock + p.W;

/** Give: does a newcomer give (answer what it sees, share) in tick t? None can on moving day. */
function gives(p: Params, kind: AgentKind, t: number): boolean {
  if (kind === 'member' || movingDay(p, t)) return false;
  if (kind === 'giveFirst') return true;
  if (kind === 'lapsed') return t < p.tStop;
  if (kind === 'late') return t >= p.tShock - p.lead;
  return false;
}

/** Help: a member helps with a chance that rises with its trust T in the asker, from h0 to hMax. */
const helpChance = (p: Params, T: number): number => p.h0 + (p.hMax - p.h0) / (1 + detExp(-(T - p.thHelp) / p.sHelp));

/** Trust: i has seen j give (or was helped by j); trust rises, capped at Tmax, and may earn j a follower. */
function raise(w: World, i: number, j: number, by: number, now: number, earned: [number, number][]): void {
  const them = w.people[j]!;
  const pair = them.trustedBy.get(i) ?? { value: 0, at: now, follows: false, earned: false };
  them.trustedBy.set(i, pair);
  const before = faded(w, pair, now);
  const after = Math.min(w.p.Tmax, before + by);
  Object.assign(pair, { value: after, at: now });
  them.trustIn = { value: faded(w, them.trustIn, now) + (after - before), at: now };
  // trust only rises during a tick: reaching thFollow as it will be read at the tick's end is a follow
  if (!pair.follows && after * fade(w, 1) >= w.p.thFollow) {
    Object.assign(pair, { follows: true, earned: true });
    earned.push([i, j]);
  }
}

/**
 * Attention: an earned follow ends at the first tick's end its trust is below thUnfollow. When several end together
 * their order matters (a drop moves the followed one's last follower into the gap, and list order decides who answers
 * first), so follows are looked at as the engine does: when, unless raised since the last look, trust would have
 * fallen below; the looks due at a tick in the order they were booked. A raise only postpones a fall: nothing is
 * missed.
 */
function check(w: World, i: number, j: number): void {
  const them = w.people[j]!;
  const pair = them.trustedBy.get(i)!;
  if (faded(w, pair, w.tick) < w.p.thUnfollow) {
    Object.assign(pair, { follows: false, earned: false });
    const at = them.followers.indexOf(i);
    them.followers[at] = them.followers[them.followers.length - 1]!;
    them.followers.pop();
    return;
  }
  if (w.p.decay <= 0 || w.p.thUnfollow <= 0) return;
  for (let t = w.tick + 1; t <= w.p.ticks; t++) {
    if (faded(w, pair, t) >= w.p.thUnfollow) continue;
    w.checks.set(t, [...(w.checks.get(t) ?? []), [i, j]]);
    return;
  }
}

interface Ask {
  r: number;
  /** the asker's place in the tick's keyed random order */
  order: number;
  /** its followers who see the question and would answer, in the order of its follower list */
  helpers: number[];
}

/** Ask and share, in id order: who asks, who would answer (from trust as the tick began), who shares. */
function askAndShare(w: World, t: number): { asks: Ask[]; sharers: number[] } {
  const { p, people } = w;
  const asks: Ask[] = [];
  const sharers: number[] = [];
  people.forEach((a, r) => {
    const onMovingDay = a.kind !== 'member' && movingDay(p, t);
    if (onMovingDay ? p.H - a.movingDayHelp > 0 : a.kind !== 'lurker' && draw(w, t, r, 0, CH.need) < p.pNeed) {
      const helpers = a.followers.filter((i) => {
        const helper = people[i]!;
        const member = helper.kind === 'member';
        const chance = member
          ? helpChance(p, faded(w, a.trustedBy.get(i)!, t - 1))
          : gives(p, helper.kind, t)
            ? p.gAnswer
            : 0;
        return draw(w, t, r, CH.see, i) < p.pSee && draw(w, t, r, CH.help, i) < chance;
      });
      asks.push({ r, order: draw(w, t, r, 0, CH.order), helpers });
    }
    const share = a.kind === 'member' ? p.pShareCommunity : gives(p, a.kind, t) ? p.pShareGiver : 0;
    if (draw(w, t, r, 0, CH.share) < share) sharers.push(r);
  });
  return { asks, sharers };
}

/** Help: the askers in a keyed random order; a helper gives at most `capacity` helps a tick; moving day needs H. */
function help(w: World, t: number, asks: Ask[]): void {
  const { p, people } = w;
  const used = new Map<number, number>();
  w.helps = [];
  for (const { r, helpers } of asks.sort((x, y) => x.order - y.order || x.r - y.r)) {
    const asker = people[r]!;
    const onMovingDay = asker.kind !== 'member' && movingDay(p, t);
    let need = onMovingDay ? p.H - asker.movingDayHelp : Number.POSITIVE_INFINITY;
    for (const g of helpers) {
      if (need <= 0) break;
      if ((used.get(g) ?? 0) >= p.capacity) continue;
      used.set(g, (used.get(g) ?? 0) + 1);
      w.helps.push({ giver: g, receiver: r });
      people[g]!.gives++;
      asker.helpReceived++;
      if (onMovingDay) {
        asker.movingDayHelp++;
        need--;
      }
    }
  }
}

/**
 * See: the helped one trusts the helper; some of the helper's followers see the help, some of the helped one's see
 * the "thanks @helper"; some of a sharer's followers see the share. Refusals are not seen. Returns the follows earned.
 */
function see(w: World, t: number, sharers: number[]): [number, number][] {
  const { p, people } = w;
  const earned: [number, number][] = [];
  const rise = (i: number, j: number, by: number) => raise(w, i, j, by, t - 1, earned);
  for (const { giver: g, receiver: r } of w.helps) {
    if (p.dDirect > 0) rise(r, g, p.dDirect);
    if (p.dObserve <= 0) continue;
    const sawHelp = people[g]!.followers.filter(
      (o) => o !== r && draw(w, t, g, CH.obsGiver, r + 1, o) < p.qGiverFollowers,
    );
    for (const o of sawHelp) rise(o, g, p.dObserve);
    const sawThanks = people[r]!.followers.filter((o) => o !== g && draw(w, t, g, CH.obsAmp, r + 1, o) < p.qAmp);
    for (const o of sawThanks) rise(o, g, p.dObserve);
  }
  for (const g of p.dObserve > 0 ? sharers : []) {
    for (const o of people[g]!.followers.filter((o) => draw(w, t, g, CH.shareSee, o) < p.pSee)) rise(o, g, p.dObserve);
  }
  return earned;
}

/** One tick: ask, help and share read trust as it was when the tick began; then giving is seen; fade; attention. */
export function step(w: World): void {
  const t = w.tick + 1;
  const { asks, sharers } = askAndShare(w, t);
  help(w, t, asks);
  for (const g of sharers) w.people[g]!.gives++;
  const earned = see(w, t, sharers);
  // fade needs no step of its own (faded); attention: the follows due a look, then the ones earned this tick
  w.tick = t;
  const due = w.checks.get(t) ?? [];
  w.checks.delete(t);
  for (const [i, j] of due) check(w, i, j);
  for (const [i, j] of earned) {
    w.people[j]!.followers.push(i);
    check(w, i, j);
  }
}
