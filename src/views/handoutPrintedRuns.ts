import type { PrintedRuns } from '../widgets/printedRun.ts';

/**
 * The printed simulations made at build time, by block id. This file is the stand-in the dev server and the tests
 * see: `vite build` replaces its content with the data (scripts/handoutPrintedRuns.ts), in a chunk of its own that
 * only the handout loads. Null here: the page runs the model itself.
 */
const runs: PrintedRuns | null = null;
export default runs;
