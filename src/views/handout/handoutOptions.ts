import type { KitQuery } from '../shared/kitQuery.ts';

/** How the handout is laid out: the same choices for the browser's Ctrl+P and for `npm run handout`. */
/** `script` is the presenter's own: the notes with their cues; every other layout is for participants (no cues). */
export type HandoutLayout = 'notes' | '1up' | '3up' | 'script';
export type HandoutPaper = 'a4' | 'letter';

export interface HandoutOptions {
  layout: HandoutLayout;
  paper: HandoutPaper;
  /**
   * `css`: the page footer comes from CSS page-margin boxes (browser printing and the exporter).
   * `none`: no footer, for a printer that adds its own (it must not appear twice).
   */
  footer: 'css' | 'none';
}

export const LAYOUTS: readonly HandoutLayout[] = ['notes', '1up', '3up', 'script'];
export const PAPERS: readonly HandoutPaper[] = ['a4', 'letter'];

/**
 * The query flag the exporter adds to the handout's URL: the page is printed and never looked at, so it may skip
 * laying out for the screen (html[data-exporting] in assets/handout.css).
 */
export const EXPORT_FLAG = 'export';

/** Page sizes in millimetres (width × height, portrait): what `@page { size }` and the exporter agree on. */
export const PAPER_MM: Record<HandoutPaper, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};

/** Page margins in mm; the bottom one holds the footer (CSS page-margin boxes). */
export const PAGE_MARGIN_MM = { top: 12, side: 14, bottom: 16 };

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** `layout`, `paper` and `footer` as the address has them (parseKitQuery); anything unknown falls back to the default. */
export function handoutOptions(asked: KitQuery['handout']): HandoutOptions {
  return {
    layout: pick(asked.layout, LAYOUTS, 'notes'),
    paper: pick(asked.paper, PAPERS, 'a4'),
    footer: asked.footer === 'none' ? 'none' : 'css',
  };
}

/** The query string the exporter opens, the inverse of `handoutOptions`. */
export function handoutQuery(options: HandoutOptions): string {
  const q = new URLSearchParams({ view: 'handout', layout: options.layout, paper: options.paper });
  if (options.footer === 'none') q.set('footer', 'none');
  return `?${q}`;
}
