import { type AgentKind, type Frame, STRATEGIES } from '../sim/types.ts';

/**
 * A frame as a few typed arrays: what a leading window sends so that followers (the speaker view) draw the
 * picture without running the model. Cloning typed arrays across windows is a copy of bytes, not of ~1,000 objects.
 */
export interface PackedFrame {
  tick: number;
  tShock: number;
  tStop: number;
  /** per agent: id, kind (index in KINDS), trustIn, followers, helpReceived, gives */
  agents: Float64Array;
  /** per edge: from, to, earned (0/1), trust */
  edges: Float64Array;
  /** per help event: giver, receiver */
  events: Int32Array;
}

const KINDS: readonly AgentKind[] = ['member', ...STRATEGIES];

export function packFrame(f: Frame): PackedFrame {
  const agents = new Float64Array(f.agents.length * 6);
  let i = 0;
  for (const a of f.agents) {
    agents[i++] = a.id;
    agents[i++] = KINDS.indexOf(a.kind);
    agents[i++] = a.trustIn;
    agents[i++] = a.followers;
    agents[i++] = a.helpReceived;
    agents[i++] = a.gives;
  }
  const edges = new Float64Array(f.edges.length * 4);
  i = 0;
  for (const e of f.edges) {
    edges[i++] = e.from;
    edges[i++] = e.to;
    edges[i++] = e.earned ? 1 : 0;
    edges[i++] = e.trust;
  }
  const events = new Int32Array(f.events.length * 2);
  i = 0;
  for (const e of f.events) {
    events[i++] = e.giver;
    events[i++] = e.receiver;
  }
  return { tick: f.tick, tShock: f.tShock, tStop: f.tStop, agents, edges, events };
}

/** The frame back as plain data; undefined for anything malformed (another window is another program). */
export function unpackFrame(p: unknown): Frame | undefined {
  if (!p || typeof p !== 'object') return undefined;
  const { tick, tShock, tStop, agents, edges, events } = p as Partial<PackedFrame>;
  const nums = [tick, tShock, tStop].every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!nums || !(agents instanceof Float64Array) || !(edges instanceof Float64Array)) return undefined;
  if (!(events instanceof Int32Array) || agents.length % 6 || edges.length % 4 || events.length % 2) return undefined;
  // NaN or Infinity would be drawn as is ("MNaN NaN"): a frame with any is malformed
  if (!agents.every(Number.isFinite) || !edges.every(Number.isFinite)) return undefined;
  const frame: Frame = { tick: tick!, tShock: tShock!, tStop: tStop!, agents: [], edges: [], events: [] };
  for (let i = 0; i < agents.length; i += 6) {
    const kind = KINDS[agents[i + 1]!];
    if (!kind) return undefined;
    frame.agents.push({
      id: agents[i]!,
      kind,
      trustIn: agents[i + 2]!,
      followers: agents[i + 3]!,
      helpReceived: agents[i + 4]!,
      gives: agents[i + 5]!,
    });
  }
  for (let i = 0; i < edges.length; i += 4) {
    frame.edges.push({ from: edges[i]!, to: edges[i + 1]!, earned: edges[i + 2] === 1, trust: edges[i + 3]! });
  }
  for (let i = 0; i < events.length; i += 2) frame.events.push({ giver: events[i]!, receiver: events[i + 1]! });
  return frame;
}
