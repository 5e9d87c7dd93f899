import { interpolateRgb, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle } from 'd3';
import type { Messages } from '../i18n/index.ts';
import type { AgentView, EdgeView, Frame, StrategyName } from '../sim/types.ts';
import { MEMBER_HIGH, MEMBER_LOW, STRATEGY_STYLE, type StrategyStyle } from './palette.ts';
import { strategyShort } from './strategyLabel.ts';

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
  /** 0..EDGE_BANDS-1: the trust band a follow is drawn in (opacity and width are the band's) */
  edgeBand: (e: EdgeView) => number;
  edgeOpacity: (e: EdgeView) => number;
  edgeWidth: (e: EdgeView) => number;
  edgeColour: (e: EdgeView) => string;
  memberRadius: (a: AgentView) => number;
  memberFill: (a: AgentView) => string;
  newcomerSize: (a: AgentView) => number;
  styleOf: (a: AgentView) => StrategyStyle;
}

const LEVELS = 20;
const memberColour = interpolateRgb(MEMBER_LOW, MEMBER_HIGH);
const MEMBER_FILLS = Array.from({ length: LEVELS + 1 }, (_, i) => memberColour(i / LEVELS));

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
  // 20 levels: a drift of trust too small to see rewrites no attribute and restyles nothing.
  const unit = (v: number) => Math.round(Math.max(0, Math.min(1, v / tMax)) * LEVELS) / LEVELS;
  const edgeBand = (e: EdgeView) => Math.min(EDGE_BANDS - 1, Math.floor(unit(e.trust) * EDGE_BANDS));
  const styleOf = (a: AgentView) => STRATEGY_STYLE[a.kind === 'member' ? 'giveFirst' : a.kind];
  return {
    memberTrust,
    isNewcomer,
    kindOf,
    edgeBand,
    edgeOpacity: (e) => bandOpacity(edgeBand(e)),
    edgeWidth: (e) => bandWidth(edgeBand(e)),
    edgeColour: (e) => {
      const to = kindOf.get(e.to);
      return to && to.kind !== 'member' ? STRATEGY_STYLE[to.kind].colour : MEMBER_LOW;
    },
    memberRadius: (a) => round(3.5 + 4.5 * unit(memberTrust.get(a.id) ?? 0)),
    memberFill: (a) => MEMBER_FILLS[Math.round(unit(memberTrust.get(a.id) ?? 0) * LEVELS)]!,
    newcomerSize: (a) => round(110 + 60 * Math.sqrt(a.trustIn)),
    styleOf,
  };
}

/** Each newcomer's short word in the catalogue `m`'s language ("give", "da"), one string per strategy a frame. */
export function shortWords(m: Messages): (a: AgentView) => string {
  const words = new Map<StrategyName, string>();
  return (a) => {
    const name: StrategyName = a.kind === 'member' ? 'giveFirst' : a.kind;
    let word = words.get(name);
    if (word === undefined) {
      word = strategyShort(m, name);
      words.set(name, word);
    }
    return word;
  };
}

/**
 * Follows are drawn in a few trust bands rather than each with its own opacity: a band is one path (SVG) or one
 * stroke (canvas), so a frame restyles a handful of elements instead of hundreds, and a band is still easy to see.
 */
export const EDGE_BANDS = 6;
export const bandOpacity = (band: number) => round(0.12 + (0.78 * band) / (EDGE_BANDS - 1));
export const bandWidth = (band: number) => round(0.6 + (1.8 * band) / (EDGE_BANDS - 1));

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
