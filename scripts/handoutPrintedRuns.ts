import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readDeckFiles } from '../src/content/loadDeck.ts';
import { parseDeck } from '../src/content/parseDeck.ts';
import { DeckError } from '../src/content/types.ts';
import { makePrintedRuns } from '../src/widgets/printedRun.ts';

/** The module the handout imports; its checked-in content is `null`, what the dev server and tests get. */
const STAND_IN = 'src/views/handoutPrintedRuns.ts';

/**
 * src/views/handoutPrintedRuns.ts, as built: what every printed simulation draws (run, network at its tick,
 * layout), made once at build time, so exporting the handout runs no model and no force layout in the page. Only the
 * handout imports it, lazily, so the present view's first slide does not carry it. The dev server, the tests and the
 * single-file build get the file as it is, `null`, and the page runs the model itself: the dev server would not know
 * to remake the data when src/sim changes, and the single file inlines every chunk into its one script.
 */
export function printedRunsPlugin({ dir, single }: { dir: string; single: boolean }): Plugin {
  let root = process.cwd();
  let building = false;
  let standIn = resolve(root, STAND_IN);
  return {
    name: 'give-first:printed-runs',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build' && !single;
      standIn = resolve(root, STAND_IN);
    },
    load(id) {
      if (!building || resolve(id.split('?')[0]!) !== standIn) return undefined;
      let deck: ReturnType<typeof parseDeck>;
      try {
        deck = parseDeck(readDeckFiles(resolve(root, dir)).files);
      } catch (error) {
        // the deck plugin reports a broken deck with file and line; here the handout just runs the model itself
        if (error instanceof DeckError) return undefined;
        throw error;
      }
      const runs = makePrintedRuns(deck.slides.flatMap((s) => s.sims));
      // JSON.parse of a string is faster for the engine than the same data as an object literal
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(runs))});`;
    },
  };
}
