import type { StrategyName } from '../sim/types.ts';

/**
 * How each newcomer strategy looks, everywhere it is drawn. Colours come from the Okabe–Ito colour-blind-safe set,
 * darkened or lightened until every line reaches 3:1 (WCAG 1.4.11, graphics) against every background a simulation is
 * drawn on (the cream slide and page, the white card); the dash pattern, marker shape and word make each strategy
 * readable without colour at all.
 */
export interface StrategyStyle {
  label: string;
  /** a short word printed beside newcomers in the network (English: the catalogue's strategyShort* source) */
  short: string;
  colour: string;
  /** SVG stroke-dasharray ('' = solid) */
  dash: string;
  marker: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';
}

export const STRATEGY_STYLE: Record<StrategyName, StrategyStyle> = {
  giveFirst: { label: 'give first', short: 'give', colour: '#2b8fd6', dash: '', marker: 'circle' },
  taker: { label: 'taker', short: 'take', colour: '#d55e00', dash: '9 5', marker: 'square' },
  lurker: { label: 'lurker', short: 'lurk', colour: '#888888', dash: '2 4', marker: 'triangle' },
  lapsed: { label: 'stopped giving', short: 'stop', colour: '#c0568c', dash: '12 4 2 4', marker: 'diamond' },
  late: { label: 'gives late', short: 'late', colour: '#1a9e77', dash: '5 3', marker: 'cross' },
};

/** Member nodes run from "no trust in the newcomers" to "a lot": grey and small to amber and large. */
export const MEMBER_LOW = '#9e9e9e';
export const MEMBER_HIGH = '#b8860b';
/** Help pulses and trusted edges: a warm colour that is not any strategy's. */
export const PULSE_COLOUR = '#b8860b';

/** Backgrounds a simulation is drawn on: assets/tokens.css --gf-bg-paper and --gf-bg-card (test/render/tokens.test.ts keeps them equal). */
export const BACKGROUNDS = { paper: '#fbfaf6', card: '#ffffff' } as const;

/** WCAG 2 contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
