import type { PrintedFigures } from './handoutFigures.ts';

/**
 * The printed simulations' figures made at build time, by block id. This file is the stand-in the dev server and
 * the tests see: `vite build` replaces its content with the markup (scripts/handoutPrintedRuns.ts), in the handout's
 * own chunk. Null here: the page runs the model and draws the figures itself.
 */
const figures: PrintedFigures | null = null;
export default figures;
