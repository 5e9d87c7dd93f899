import type { NetworkLayout } from '../render/layoutNetwork.ts';

/**
 * A network layout as one typed array (id, x, y per agent, in the layout's own order), for the worker to send the
 * layout it made: a clone of doubles is bit for bit, and the Map comes back in the same order, so the page draws
 * exactly what `layoutNetwork` on the page would have drawn.
 */
export interface PackedLayout {
  width: number;
  height: number;
  pos: Float64Array;
}

export function packLayout(layout: NetworkLayout): PackedLayout {
  const pos = new Float64Array(layout.pos.size * 3);
  let i = 0;
  for (const [id, p] of layout.pos) {
    pos[i++] = id;
    pos[i++] = p.x;
    pos[i++] = p.y;
  }
  return { width: layout.width, height: layout.height, pos };
}

export function unpackLayout(p: PackedLayout): NetworkLayout {
  const pos = new Map<number, { x: number; y: number }>();
  for (let i = 0; i + 2 < p.pos.length; i += 3) pos.set(p.pos[i]!, { x: p.pos[i + 1]!, y: p.pos[i + 2]! });
  return { width: p.width, height: p.height, pos };
}
