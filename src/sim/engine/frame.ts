import { type AgentKind, type AgentView, type EdgeView, type Frame, STRATEGIES } from '../types.ts';
import { listLen, listOff } from './pool.ts';
import type { Context, State } from './state.ts';
import { trustIn } from './state.ts';
import { EARNED, FOLLOW, readSlot, slotFlags, slotFrom } from './trust.ts';

const kindName = (k: number): AgentKind => (k === 0 ? 'member' : STRATEGIES[k - 1]!);

/** What a renderer draws at the state's tick: agents, follow edges with trust, and this tick's helps. */
export function buildFrame(s: State, ctx: Context): Frame {
  const agents: AgentView[] = [];
  const edges: EdgeView[] = [];
  const t = s.trust;
  for (let a = 0; a < s.n; a++) {
    agents.push({
      id: a,
      kind: kindName(s.kind[a]!),
      trustIn: trustIn(s, ctx, a),
      followers: listLen(s.followers, a),
      helpReceived: s.helpReceived[a]!,
      gives: s.gives[a]!,
    });
  }
  for (let j = 0; j < s.n; j++) {
    for (let x = listOff(t, j); x < listOff(t, j) + listLen(t, j); x++) {
      if (!(slotFlags(t, x) & FOLLOW)) continue;
      edges.push({
        from: slotFrom(t, x),
        to: j,
        earned: (slotFlags(t, x) & EARNED) !== 0,
        trust: readSlot(t, x, s.tick, ctx.pow),
      });
    }
  }
  edges.sort((e, f) => e.from - f.from || e.to - f.to);
  return {
    tick: s.tick,
    agents,
    edges,
    events: Array.from({ length: s.events.length / 2 }, (_, e) => ({
      giver: s.events[2 * e]!,
      receiver: s.events[2 * e + 1]!,
    })),
    tShock: ctx.params.tShock,
    tStop: ctx.params.tStop,
  };
}
