import type { AgentView } from '../sim/types.ts';
import { type Keyed, setAttrs } from './keyedJoin.ts';
import type { NetworkLook } from './networkStyle.ts';

/** One path of zero-length segments, a point each: stroked with round caps, each is a disc as wide as the stroke. */
function dotsPath(points: readonly { x: number; y: number }[]): string {
  return points.map(({ x, y }) => `M${x} ${y}h0`).join('');
}

/**
 * A still picture's members, by (radius, fill): a disc of the fill the width of the outline's outer edge, the same
 * disc at the outline's ink and opacity (the `.member` rule's), then the fill again inside the outline. That is a
 * circle with its outline as live figures draw it, but as dots: in the PDF a dot is a point and a width (~30 bytes),
 * where a circle is four curves filled and stroked (~550 bytes), which halves the handout's PDF and ~120 ms of
 * printing it.
 */
export function drawMemberGroups(
  groups: Keyed<string>,
  members: readonly AgentView[],
  look: NetworkLook,
  at: (id: number) => { x: number; y: number },
): void {
  const byLook = new Map<string, { x: number; y: number }[]>();
  for (const a of members) {
    const k = `${look.memberRadius(a)}|${look.memberFill(a)}`;
    let points = byLook.get(k);
    if (!points) {
      points = [];
      byLook.set(k, points);
    }
    points.push(at(a.id));
  }
  const keys = [...byLook.keys()].sort().flatMap((k) => [`${k}|0`, `${k}|1`, `${k}|2`]);
  const drawn = groups.update(keys);
  drawn.els.forEach((el, i) => {
    const [r, fill, layer] = keys[i]!.split('|');
    const outer = 2 * Number(r) + OUTLINE; // the outline is centred on the circle's edge
    const attrs: Record<string, string | number> =
      layer === '0'
        ? { stroke: fill!, 'stroke-width': outer }
        : layer === '1'
          ? { stroke: 'currentColor', 'stroke-opacity': 0.35, 'stroke-width': outer }
          : { stroke: fill!, 'stroke-width': outer - 2 * OUTLINE };
    const d = dotsPath(byLook.get(`${r}|${fill}`)!);
    setAttrs(el, { class: `member-dots member-dots-${layer}`, fill: 'none', 'stroke-linecap': 'round', ...attrs, d });
  });
  for (const el of drawn.exited) el.remove();
}

/** The outline's width in live figures (sim.css `.sim-network .member`). */
const OUTLINE = 0.75;
