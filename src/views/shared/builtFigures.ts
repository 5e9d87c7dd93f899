import type { BuiltFigures } from './printedFigures.ts';

/**
 * The printed simulations' figures made at build time, by language and block id. This file is the stand-in the dev server and
 * the tests see: `vite build` replaces its content with the markup (scripts/builtFiguresPlugin.ts), in a chunk of its
 * own that the handout loads with its page and reveal's ?print-pdf when it prints. Null here: the page runs the model
 * and draws the figures itself.
 */
const figures: BuiltFigures | null = null;
export default figures;
