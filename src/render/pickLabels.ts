import type { AgentView } from '../sim/types.ts';

/** Size of a newcomer's word in the network's own units (560 wide): ≥ 18 px on a projected slide. */
export const LABEL_FONT = 22;

interface Point {
  x: number;
  y: number;
}

/**
 * The few newcomers whose word is written: one per strategy, the one standing furthest from the others, and none
 * whose word would touch another's (a clump of "give take give" reads as nothing from the back of a room). The rest
 * are told apart by colour and marker, which the chart's legend names.
 */
export function pickLabels(
  newcomers: AgentView[],
  at: (id: number) => Point,
  word: (a: AgentView) => string,
  offsetY: (a: AgentView) => number,
): Set<number> {
  const chosen: { box: Box; id: number }[] = [];
  const kinds = [...new Set(newcomers.map((a) => a.kind))];
  for (const kind of kinds) {
    const candidates = newcomers
      .filter((a) => a.kind === kind)
      .map((a) => ({ a, room: roomAround(a, newcomers, at) }))
      .sort((p, q) => q.room - p.room || p.a.id - q.a.id);
    for (const { a } of candidates) {
      const box = boxOf(at(a.id), word(a), offsetY(a));
      if (chosen.every((c) => !overlaps(c.box, box))) {
        chosen.push({ box, id: a.id });
        break;
      }
    }
  }
  return new Set(chosen.map((c) => c.id));
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The word's box, centred above the marker (text-anchor middle, baseline at the offset). */
function boxOf(p: Point, text: string, offsetY: number): Box {
  const w = text.length * LABEL_FONT * 0.62;
  const baseline = p.y - offsetY;
  return { x0: p.x - w / 2 - 2, x1: p.x + w / 2 + 2, y0: baseline - LABEL_FONT, y1: baseline + 4 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function roomAround(a: AgentView, all: AgentView[], at: (id: number) => Point): number {
  const p = at(a.id);
  let room = Number.POSITIVE_INFINITY;
  for (const b of all) {
    if (b.id === a.id) continue;
    const q = at(b.id);
    room = Math.min(room, Math.hypot(p.x - q.x, p.y - q.y));
  }
  return room;
}
