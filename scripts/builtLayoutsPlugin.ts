import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { findTranslations, loadTranslation, readDeckFiles } from '../src/content/loadDeck.ts';
import { parseDeck } from '../src/content/parseDeck.ts';
import { DeckError, type SimBlock } from '../src/content/types.ts';
import { initialState } from '../src/widgets/initialState.ts';
import { layoutEntry } from '../src/widgets/shippedLayout.ts';
import { NETWORK_SIZE, sessionFor } from '../src/widgets/simSession.ts';

/** The module the live session reads shipped layouts from; its checked-in content is `null`. */
const STAND_IN = 'src/widgets/builtLayouts.ts';

/**
 * Every network layout the deck's own simulations start with (each block at its own parameters and seed), made
 * by the session's own layout() in Node: `[ids, xs, ys]` by layoutEntry. JSON writes each double so that it reads
 * back the same, so a shipped layout is the one the page would compute, bit for bit.
 */
export function makeLayouts(blocks: readonly SimBlock[]): Record<string, [number[], number[], number[]]> {
  const out: Record<string, [number[], number[], number[]]> = {};
  for (const block of blocks) {
    if (block.view === 'chart') continue;
    const session = sessionFor(block, initialState(block));
    if (session.science) continue;
    const entry = layoutEntry(session.key, NETWORK_SIZE);
    if (out[entry]) continue;
    const { pos } = session.layout();
    const ids = [...pos.keys()];
    out[entry] = [ids, ids.map((id) => pos.get(id)!.x), ids.map((id) => pos.get(id)!.y)];
  }
  return out;
}

/**
 * src/widgets/builtLayouts.ts, as built: the deck's network layouts (and its translations', which share their
 * blocks' parameters), computed once at build time instead of on every arrival (issue 19, profiled: the force
 * layout was the largest piece of script when a figure scrolled into the reading view on a slow phone). Small (a few
 * kB gzip), so the single file carries it too. The dev server and the tests get the stand-in, `null`: the page
 * computes every layout, as it would for a block the build did not see.
 */
export function builtLayoutsPlugin({ dir }: { dir: string }): Plugin {
  let root = process.cwd();
  let building = false;
  return {
    name: 'give-first:built-layouts',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    load(id) {
      if (!building || resolve(id.split('?')[0]!) !== resolve(root, STAND_IN)) return undefined;
      const slides = resolve(root, dir);
      let blocks: SimBlock[];
      try {
        const deck = parseDeck(readDeckFiles(slides).files);
        const decks = [deck, ...findTranslations(slides).map((lang) => loadTranslation(deck, slides, lang))];
        blocks = decks.flatMap((d) => d.slides.flatMap((s) => s.sims));
      } catch (error) {
        // the deck plugin reports a broken deck with file and line; here the page just computes its layouts
        if (error instanceof DeckError) return undefined;
        throw error;
      }
      return `export const layouts = JSON.parse(${JSON.stringify(JSON.stringify(makeLayouts(blocks)))});`;
    },
  };
}
