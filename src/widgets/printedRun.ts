import type { SimBlock } from '../content/types.ts';
import { layoutNetwork, type NetworkLayout } from '../render/layoutNetwork.ts';
import { simulate } from '../sim/index.ts';
import type { AgentView, EdgeView, Frame, HelpEvent, Run } from '../sim/types.ts';
import { createSession, NETWORK_SIZE } from './simSession.ts';

/**
 * Everything a printed figure draws, as plain data: the run (chart, caption), the network at the printed tick and
 * the layout's positions. A pure function of (block, tick), so the build can make it in Node and ship it to the
 * handout (no model run and no force layout in the page), and the page can make the same thing itself.
 */
export interface PrintedRun {
  /** the session key (parameters and seed) it was made for: a table made from other slides is not used */
  key: string;
  tick: number;
  /** the whole run, without frames */
  run: Run;
  /** the network at `tick`, as columns; absent for a chart alone and for the science model */
  frame?: PackedFrame;
  /** the layout made from the tick-0 graph, flattened as id, x, y, id, x, y, … */
  positions?: number[];
}

/** Rows of flat records as one array per field: a thousand follows without a thousand copies of their keys. */
export type Columns<T> = { [K in keyof T]: T[K][] };

/** A frame with its agents, follows and helps as columns (a third of the bytes of the frame's JSON). */
export interface PackedFrame extends Omit<Frame, 'agents' | 'edges' | 'events'> {
  agents: Columns<AgentView>;
  edges: Columns<EdgeView>;
  events: Columns<HelpEvent>;
}

function toColumns<T extends object>(rows: readonly T[], keys: readonly (keyof T)[]): Columns<T> {
  return Object.fromEntries(keys.map((k) => [k, rows.map((r) => r[k])])) as Columns<T>;
}

function toRows<T extends object>(cols: Columns<T>): T[] {
  const keys = Object.keys(cols) as (keyof T)[];
  const n = keys.length ? cols[keys[0]!].length : 0;
  return Array.from({ length: n }, (_, i) => Object.fromEntries(keys.map((k) => [k, cols[k][i]])) as T);
}

const AGENT_KEYS: (keyof AgentView)[] = ['id', 'kind', 'trustIn', 'followers', 'helpReceived', 'gives'];
const EDGE_KEYS: (keyof EdgeView)[] = ['from', 'to', 'earned', 'trust'];
const EVENT_KEYS: (keyof HelpEvent)[] = ['giver', 'receiver'];

export function packFrame({ agents, edges, events, ...rest }: Frame): PackedFrame {
  return {
    ...rest,
    agents: toColumns(agents, AGENT_KEYS),
    edges: toColumns(edges, EDGE_KEYS),
    events: toColumns(events, EVENT_KEYS),
  };
}

export function unpackFrame({ agents, edges, events, ...rest }: PackedFrame): Frame {
  return { ...rest, agents: toRows(agents), edges: toRows(edges), events: toRows(events) };
}

/** Precomputed printed runs by block id (what the build ships to the handout). */
export type PrintedRuns = Record<string, PrintedRun>;

/** The tick a block prints at: `tick`, else its printTick, else the end of the run, within the run. */
export function printedTick(ticks: number, block: SimBlock, tick?: number): number {
  return Math.max(0, Math.min(ticks, Math.round(tick ?? block.printTick ?? ticks)));
}

export function makePrintedRun(block: SimBlock, tick?: number): PrintedRun {
  const s = createSession(block.preset, block.overrides, block.seed);
  const t = printedTick(s.params.ticks, block, tick);
  if (s.science || block.view === 'chart') return { key: s.key, tick: t, run: s.run() };
  const { frames, ...run } = simulate(s.params, s.seed, { framesAt: [t, 0] });
  // the same layout (and cache entry) as the live session's: made from the tick-0 graph with the session's size
  const layout = layoutNetwork(frames![1]!, { ...NETWORK_SIZE, seed: s.seed });
  const positions = [...layout.pos].flatMap(([id, p]) => [id, p.x, p.y]);
  return { key: s.key, tick: t, run, frame: packFrame(frames![0]!), positions };
}

/** The layout a printed run carries, in the renderer's shape. */
export function printedLayout(p: PrintedRun): NetworkLayout | undefined {
  const flat = p.positions;
  if (!flat) return undefined;
  const pos = new Map<number, { x: number; y: number }>();
  for (let i = 0; i + 2 < flat.length; i += 3) pos.set(flat[i]!, { x: flat[i + 1]!, y: flat[i + 2]! });
  return { ...NETWORK_SIZE, pos };
}

/**
 * The printed runs of every simulation in `blocks`, for the build. A run holding a number JSON cannot carry (NaN,
 * Infinity) is left out: the page then makes that one itself, so the picture never differs from the live one.
 */
export function makePrintedRuns(blocks: readonly SimBlock[]): PrintedRuns {
  const out: PrintedRuns = {};
  for (const block of blocks) {
    const printed = makePrintedRun(block);
    let exact = true;
    JSON.stringify(printed, (_k, v) => {
      if (typeof v === 'number' && !Number.isFinite(v)) exact = false;
      return v;
    });
    if (exact) out[block.id] = printed;
  }
  return out;
}
