/** The parsed deck: one typed record that every view (present, read, handout) reads. */

import type { SimSpec } from '../widgets/simSpec.ts';

export type { SimChart, SimView } from '../widgets/simSpec.ts';

/**
 * A fenced ```sim block: a preset plus overrides, validated against the sim's schema at build time. It is the
 * widgets' own spec (what a widget needs to show one simulation) with what only a slide has: its bet and file:line.
 */
export interface SimBlock extends SimSpec {
  /** optional bet question shown before the run in the reading view, with its choices */
  bet?: { question: string; choices: string[] };
  file: string;
  line: number;
}

export interface Slide {
  /** reveal-compatible index: h (stack) and v (position in stack) */
  h: number;
  v: number;
  /** `h` or `h/v`, usable in URLs (#/h/v) */
  id: string;
  file: string;
  /** 1-based line of the slide's first line in its file */
  line: number;
  /** section name: from the file's front matter `section:`, else the file name */
  section: string;
  /** plain text of the first heading, or '' */
  title: string;
  /** slide body HTML; each sim block is a `<div class="sim" data-sim="ID"></div>` placeholder */
  html: string;
  /** full speaker notes HTML ('' when none) */
  notesHtml: string;
  /** notes without presenter-only cues (lines starting `Cue:`), for reading view and handout */
  narrativeHtml: string;
  /** attributes from `<!-- .slide: ... -->` (e.g. data-timing, data-claim, class) */
  attrs: Record<string, string>;
  claims: string[];
  /** seconds, from data-timing */
  timing?: number;
  sims: SimBlock[];
}

export interface DeckMeta {
  title: string;
  subtitle?: string;
  author?: string;
  /** credit line for the original work */
  credit?: string;
  creditUrl?: string;
  licence?: string;
  licenceUrl?: string;
  /** the kit's online address (handout QR code) */
  url?: string;
  /** total presentation time in minutes (speaker view pacing) */
  totalTime?: number;
}

export interface Deck {
  meta: DeckMeta;
  /** stacks in order; each is one or more vertical slides */
  stacks: Slide[][];
  /** every slide in reading order (flattened stacks) */
  slides: Slide[];
}

/** A build error that names file and line, for the vite overlay and the CLI. */
export class DeckError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'DeckError';
  }
}
