import type { Frame, Params } from './types.ts';

/**
 * What a renderer draws of science mode, the same for the readable model and the engine: members with their image
 * score as `trustIn` and their gifts as `gives`, no edges (the widget charts science runs rather than drawing them).
 */
export function scienceFrame(generation: number, score: ArrayLike<number>, gifts: ArrayLike<number>, p: Params): Frame {
  const agents = Array.from(score, (trustIn, id) => ({
    id,
    kind: 'member' as const,
    trustIn,
    followers: 0,
    helpReceived: 0,
    gives: gifts[id]!,
  }));
  return { tick: generation, agents, edges: [], events: [], tShock: p.tShock, tStop: p.tStop };
}
