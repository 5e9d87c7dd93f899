import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3';
import type { Frame } from '../sim/types.ts';
import { detSinCos } from './detSinCos.ts';

export interface LayoutOptions {
  width: number;
  height: number;
  seed: number;
  /**
   * What makes two layouts the same picture. Default: a hash of the frame's graph (agents and follows), so a
   * parameter that does not change the tick-0 graph (trust, timing, sharing) reuses the layout instead of
   * spending a force layout on every slider move.
   */
  key?: string;
}

export interface NetworkLayout {
  width: number;
  height: number;
  /** agent id → position; every agent of the run, placed once */
  pos: Map<number, { x: number; y: number }>;
}

interface Node extends SimulationNodeDatum {
  id: number;
}

const CACHE_SIZE = 24;
const ITERATIONS = 40;
/** 1 − 0.001^(1/ITERATIONS), written out: engines disagree on `**` in the last bit (Node 20 gives this double) */
const ALPHA_DECAY = 0.15860485835480498;
/** ticks between two pauses of prepareLayout: a few ms each on a slow phone */
const SLICE = 4;
// A pure memo (same inputs, same output), so sharing it between widgets cannot make them clash.
const cache = new Map<string, NetworkLayout>();

/**
 * A settled, seeded force layout of the run's graph. It is computed from the tick-0 graph (the union of all agents)
 * and then kept, so nodes stay put as follows appear and fade, and the slide, speaker view and printout agree.
 */
export function layoutNetwork(frame: Frame, opts: LayoutOptions): NetworkLayout {
  const key = layoutKey(frame, opts);
  const hit = cache.get(key);
  if (hit) return hit;
  const steps = computeLayout(frame, opts);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return keep(key, step.value);
}

/**
 * The same layout, computed ahead of need in slices of a few ticks with `pause()` awaited between them, so the page
 * answers clicks and scrolls meanwhile, and kept in the same memo: the widget that draws it later finds it done.
 * The slices run the very same ticks in the same order, so the positions are identical to layoutNetwork's.
 */
export async function prepareLayout(
  frame: Frame,
  opts: LayoutOptions,
  pause: () => Promise<void>,
): Promise<NetworkLayout> {
  const key = layoutKey(frame, opts);
  const steps = computeLayout(frame, opts);
  for (;;) {
    const hit = cache.get(key);
    if (hit) return hit;
    const step = steps.next();
    if (step.done) return keep(key, step.value);
    await pause();
  }
}

/** Whether the layout for this graph, size and seed is already made. */
export function hasLayout(frame: Frame, opts: LayoutOptions): boolean {
  return cache.has(layoutKey(frame, opts));
}

const layoutKey = (frame: Frame, opts: LayoutOptions) =>
  `${opts.key ?? graphKey(frame)}|${opts.width}x${opts.height}|${opts.seed}`;

function keep(key: string, layout: NetworkLayout): NetworkLayout {
  cache.set(key, layout);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return layout;
}

/** The force layout, yielding after every SLICE ticks (see prepareLayout). */
function* computeLayout(frame: Frame, { width, height, seed }: LayoutOptions): Generator<void, NetworkLayout> {
  const members = frame.agents.filter((a) => a.kind === 'member');
  const newcomers = frame.agents.filter((a) => a.kind !== 'member');
  const r = Math.min(width, height) * 0.42;
  // Start from a circle in id order: the community is a rewired ring lattice, so this is near its resting shape
  // and the force layout settles in few ticks even for a thousand members.
  let nm = 0;
  let nn = 0;
  const nodes: Node[] = frame.agents.map((a) => {
    const isMember = a.kind === 'member';
    const i = isMember ? nm++ : nn++;
    const angle = (2 * Math.PI * i) / Math.max(1, isMember ? members.length : newcomers.length);
    const radius = isMember ? r : r * 0.35;
    // the same bits in every engine (detSinCos): the build ships layouts made in Node to the page (shippedLayout)
    const [sin, cos] = detSinCos(angle);
    return { id: a.id, x: width / 2 + radius * cos, y: height / 2 + radius * sin };
  });
  const ids = new Set(nodes.map((n) => n.id));
  const links = frame.edges
    .filter((e) => ids.has(e.from) && ids.has(e.to))
    .map((e) => ({ source: e.from, target: e.to }));
  const big = nodes.length > 400;
  const nodeR = big ? 3 : 7;
  const simulation = forceSimulation(nodes)
    .randomSource(seededLcg(seed))
    .force(
      'link',
      forceLink<Node, { source: number; target: number }>(links)
        .id((n) => n.id)
        .strength(0.05),
    )
    .force(
      'charge',
      forceManyBody()
        .strength(big ? -6 : -40)
        .theta(0.9),
    )
    .force('collide', forceCollide(nodeR + 1))
    .force('x', forceX(width / 2).strength(0.06))
    .force('y', forceY(height / 2).strength(0.06))
    // The ring start is near rest, so a short cool-down (alpha 1 → alphaMin in ITERATIONS ticks, not d3's 300)
    // settles it: the handout draws a figure in well under 100 ms, and it stays seeded and deterministic.
    .alphaDecay(ALPHA_DECAY)
    .stop();
  // a tick over ~1,000 nodes is tens of ms on this machine (a big community from an address): one tick a slice
  const slice = big ? 1 : SLICE;
  for (let done = 0; done < ITERATIONS; done += slice) {
    if (done > 0) yield;
    simulation.tick(Math.min(slice, ITERATIONS - done));
  }
  const pad = nodeR + 14;
  const pos = new Map<number, { x: number; y: number }>();
  for (const n of nodes) {
    pos.set(n.id, { x: clamp(n.x ?? 0, pad, width - pad), y: clamp(n.y ?? 0, pad, height - pad) });
  }
  return { width, height, pos };
}

/** The linear congruential generator d3-force itself uses for jiggle, seeded per run. */
export function seededLcg(seed: number): () => number {
  const a = 1664525;
  const c = 1013904223;
  const m = 4294967296;
  let s = (Math.abs(Math.trunc(seed)) * 2654435761 + 1) % m;
  return () => {
    s = (a * s + c) % m;
    return s / m;
  };
}

function graphKey(frame: Frame): string {
  let h = 2166136261;
  const mix = (v: number) => {
    h = Math.imul(h ^ v, 16777619) >>> 0;
  };
  for (const a of frame.agents) mix(a.id);
  for (const e of frame.edges) {
    mix(e.from);
    mix(e.to);
  }
  return `g${frame.agents.length}:${frame.edges.length}:${h.toString(36)}`;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
