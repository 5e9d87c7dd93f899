import { interpolateRgb, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle } from 'd3';
import type { AgentView, EdgeView, Frame } from '../sim/types.ts';
import { MEMBER_HIGH, MEMBER_LOW, STRATEGY_STYLE, type StrategyStyle } from './palette.ts';

/** Drawing options shared by the SVG and canvas networks. */
export interface NetworkOptions {
  /** trust ceiling of the run (params.Tmax): edges and members are scaled against it */
  tMax?: number;
  /** no help pulses, no fades (prefers-reduced-motion, print) */
  reducedMotion?: boolean;
}

/** Visual encoding of one frame, computed once and read by both drawers: the drawers do no model math. */
export interface NetworkLook {
  /** member id → 0..1: how much it trusts the newcomers it follows */
  memberTrust: Map<number, number>;
  isNewcomer: (id: number) => boolean;
  kindOf: Map<number, AgentView>;
  edgeOpacity: (e: EdgeView) => number;
  edgeWidth: (e: EdgeView) => number;
  edgeColour: (e: EdgeView) => string;
  memberRadius: (a: AgentView) => number;
  memberFill: (a: AgentView) => string;
  newcomerSize: (a: AgentView) => number;
  styleOf: (a: AgentView) => StrategyStyle;
}

const memberColour = interpolateRgb(MEMBER_LOW, MEMBER_HIGH);

export function networkLook(frame: Frame, opts: NetworkOptions): NetworkLook {
  const tMax = opts.tMax ?? 5;
  const kindOf = new Map(frame.agents.map((a) => [a.id, a]));
  const isNewcomer = (id: number) => {
    const a = kindOf.get(id);
    return a !== undefined && a.kind !== 'member';
  };
  const memberTrust = new Map<number, number>();
  for (const e of frame.edges) {
    if (!isNewcomer(e.to) || isNewcomer(e.from)) continue;
    memberTrust.set(e.from, (memberTrust.get(e.from) ?? 0) + e.trust);
  }
  const unit = (v: number) => Math.max(0, Math.min(1, v / tMax));
  const styleOf = (a: AgentView) => STRATEGY_STYLE[a.kind === 'member' ? 'giveFirst' : a.kind];
  return {
    memberTrust,
    isNewcomer,
    kindOf,
    edgeOpacity: (e) => round(0.1 + 0.8 * unit(e.trust)),
    edgeWidth: (e) => round(0.6 + 1.8 * unit(e.trust)),
    edgeColour: (e) => {
      const to = kindOf.get(e.to);
      return to && to.kind !== 'member' ? STRATEGY_STYLE[to.kind].colour : MEMBER_LOW;
    },
    memberRadius: (a) => round(3.5 + 4.5 * unit(memberTrust.get(a.id) ?? 0)),
    memberFill: (a) => memberColour(unit(memberTrust.get(a.id) ?? 0)),
    newcomerSize: (a) => round(110 + 60 * Math.sqrt(a.trustIn)),
    styleOf,
  };
}

const SYMBOLS = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
} as const;

/** SVG path data of a strategy's marker with the given area. */
export function markerPath(marker: StrategyStyle['marker'], area: number): string {
  return symbol(SYMBOLS[marker], area)() ?? '';
}

const round = (v: number) => Math.round(v * 100) / 100;
