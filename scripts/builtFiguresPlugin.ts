import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { findTranslations, loadTranslation, readDeckFiles } from '../src/content/loadDeck.ts';
import { parseDeck } from '../src/content/parseDeck.ts';
import { type Deck, DeckError, type SimBlock } from '../src/content/types.ts';
import { isLocale, type Locale } from '../src/i18n/index.ts';
import { type BuiltFigures, type PrintedFigures, printSource } from '../src/views/shared/printedFigures.ts';
import { renderSimSnapshot } from '../src/widgets/renderSimSnapshot.ts';

/** The module the handout and ?print-pdf import; its checked-in content is `null`, what the dev server and tests get. */
const STAND_IN = 'src/views/shared/builtFigures.ts';

/**
 * Numbers in attribute values (path data, positions) to 2 decimals: the layout's 17 digits are a hundredth of a
 * viewBox unit (~2 µm on paper) from these, and were two thirds of the markup the handout parses and lays out.
 */
export function roundCoordinates(html: string): string {
  return html.replace(/="[^"]*"/g, (attr) =>
    attr.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100)),
  );
}

/**
 * Every printed simulation's figure as markup, drawn in a jsdom document by the page's own renderSimSnapshot: the
 * same elements and attributes the handout would make, which it now only parses.
 */
export async function makePrintedFigures(blocks: readonly SimBlock[], locale: Locale = 'en'): Promise<PrintedFigures> {
  // jsdom (the tests' DOM) ships no types, and only this constructor is used
  const { JSDOM } = (await import('jsdom' as string)) as { JSDOM: new (html: string) => { window: Window } };
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  // the figure's words (caption, axes, legend) are the language's, as the page's <html lang> would make them
  document.documentElement.lang = locale;
  const out: PrintedFigures = {};
  for (const block of blocks) {
    const figure = renderSimSnapshot(document.createElement('div'), block, block.printTick);
    out[block.id] = { source: printSource(block), html: roundCoordinates(figure.outerHTML) };
  }
  return out;
}

/**
 * src/views/shared/builtFigures.ts, as built: every printed simulation's figure, drawn once at build time, so
 * exporting the handout runs no model, no force layout and no drawing code in the page (measured: ~130 ms of
 * script a handout, and the 90 kB chunk of d3 and the model it no longer loads). The handout imports it, and
 * reveal's ?print-pdf when it prints, lazily: the present view's first slide does not carry it. The dev server, the
 * tests and the single-file build get the file as it is, `null`, and the page runs the model itself: the dev server
 * would not know to remake the data when src/sim changes, and the single file inlines every chunk into its one script.
 */
export function builtFiguresPlugin({ dir, single }: { dir: string; single: boolean }): Plugin {
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
    async load(id) {
      if (!building || resolve(id.split('?')[0]!) !== standIn) return undefined;
      const slides = resolve(root, dir);
      const decks: [Locale, Deck][] = [];
      try {
        const english = parseDeck(readDeckFiles(slides).files);
        decks.push(['en', english]);
        for (const lang of findTranslations(slides).filter(isLocale))
          decks.push([lang, loadTranslation(english, slides, lang)]);
      } catch (error) {
        // the deck plugin reports a broken deck with file and line; here the handout just runs the model itself
        if (error instanceof DeckError) return undefined;
        throw error;
      }
      // one set per language: a Spanish handout's captions, axes and legends are Spanish
      const figures: BuiltFigures = {};
      for (const [lang, deck] of decks)
        figures[lang] = await makePrintedFigures(
          deck.slides.flatMap((s) => s.sims),
          lang,
        );
      // JSON.parse of a string is faster for the engine than the same data as an object literal
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(figures))});`;
    },
  };
}
