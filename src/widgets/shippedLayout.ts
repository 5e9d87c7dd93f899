import type { NetworkLayout } from '../render/layoutNetwork.ts';
import { layouts as built } from './builtLayouts.ts';

/**
 * A network layout the build made for this session (the deck's own blocks, at their own parameters and seed), or
 * undefined. The build made it with the very function the page would call (layoutNetwork, same graph, size and seed)
 * and wrote its numbers as JSON, which reads back the same doubles: the picture is the page's own, bit for bit, and
 * arriving on a slide or scrolling to a figure spends no force layout (issue 19: ~100 ms a figure on a slow phone).
 */
export function shippedLayout(key: string, size: { width: number; height: number }): NetworkLayout | undefined {
  const made = built?.[layoutEntry(key, size)];
  if (!made) return undefined;
  const [ids, xs, ys] = made;
  const pos = new Map(ids.map((id, i) => [id, { x: xs[i]!, y: ys[i]! }] as const));
  return { ...size, pos };
}

/** What a shipped layout is filed under: the session's key (parameters and seed) and the drawing size. */
export const layoutEntry = (key: string, size: { width: number; height: number }): string =>
  `${key}|${size.width}x${size.height}`;
