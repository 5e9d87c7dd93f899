/** Which pictures a simulation shows. */
export type SimView = 'network' | 'chart' | 'both' | 'compare';

/** What the chart plots: help received (default), or the community's trust in each newcomer type. */
export type SimChart = 'help' | 'trust';

/**
 * What a widget needs to know about one simulation: the widgets' own spec. Content's `SimBlock` (a slide's ```sim
 * block) extends it with its bet and file:line, so a block is passed as it is. Widgets never import content (Biome
 * forbids it); content imports this file only, which holds types and no code, so it stays runnable in Node.
 */
export interface SimSpec {
  /** unique on the page, stable across builds */
  id: string;
  preset: string;
  /** parameter overrides as validated numbers/strings (schema names); text ones (e.g. `model`) are fixed */
  overrides: Record<string, number | string>;
  view: SimView;
  /** what the chart plots (default 'help') */
  chart?: SimChart;
  /** seed of the run */
  seed: number;
  /** height in px of the widget on a slide (optional) */
  height?: number;
  /** tick printed in the handout and ?print-pdf (default: end of run) */
  printTick?: number;
  /** parameter names offered as sliders (default chosen by the widget from the preset) */
  controls?: string[];
}
