import { relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { deckModuleCode } from './deckModule.ts';
import { loadDeck, readDeckFiles } from './loadDeck.ts';
import { parseDeck } from './parseDeck.ts';
import { isDeckSource, translatedDeckCode, translationsExport } from './translatedDeckModule.ts';
import { DeckError } from './types.ts';
import { toViteError } from './viteDeckError.ts';

const PUBLIC_ID = 'virtual:deck';
const RESOLVED_ID = '\0virtual:deck';
const NAME = 'give-first:deck';

/**
 * Serves the parsed slides as `virtual:deck` (`export default <Deck JSON>`).
 * - `vite build`: a DeckError fails the build with its `file:line: detail` message.
 * - dev server: a DeckError shows in vite's error overlay (id, loc, frame); we watch the slides directory ourselves
 *   (change, add, unlink) and on each change re-parse: still broken → the overlay updates; fixed after a failure →
 *   full reload (the page may hold no deck at all); fine before and after → an HMR update of `virtual:deck`, which
 *   the views accept with `import.meta.hot.accept('virtual:deck', …)`.
 */
export function deckPlugin({ dir }: { dir: string }): Plugin {
  let root = process.cwd();
  let slidesDir = resolve(root, dir);
  let failed = false;
  const label = () => relative(root, slidesDir) || '.';
  const isDeckFile = (file: string) =>
    resolve(file).startsWith(slidesDir + sep) && isDeckSource(resolve(file).slice(slidesDir.length + 1), sep);

  async function onSlidesChanged(server: ViteDevServer): Promise<void> {
    const module = server.moduleGraph.getModuleById(RESOLVED_ID);
    if (module) server.moduleGraph.invalidateModule(module);
    // a loaded translation (virtual:deck/<lang>) may have changed or no longer match: the page reloads
    const translated = [...server.moduleGraph.idToModuleMap.values()].filter((m) =>
      m.id?.startsWith(`${RESOLVED_ID}/`),
    );
    for (const m of translated) server.moduleGraph.invalidateModule(m);
    try {
      loadDeck(slidesDir, label());
    } catch (error) {
      if (!(error instanceof DeckError)) throw error;
      failed = true;
      server.ws.send({ type: 'error', err: toViteError(error, root, NAME) });
      return;
    }
    if (failed || !module || translated.length > 0) {
      failed = false;
      server.ws.send({ type: 'full-reload' });
    } else {
      await server.reloadModule(module);
    }
  }

  return {
    name: NAME,
    configResolved(config) {
      root = config.root;
      slidesDir = resolve(root, dir);
    },
    resolveId(id) {
      return id === PUBLIC_ID || id.startsWith(`${PUBLIC_ID}/`) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID && !id.startsWith(`${RESOLVED_ID}/`)) return undefined;
      try {
        const { files, paths } = readDeckFiles(slidesDir, label());
        for (const path of paths) this.addWatchFile(path);
        const deck = parseDeck(files);
        const lang = id.slice(RESOLVED_ID.length + 1);
        if (lang) return translatedDeckCode(deck, slidesDir, lang, label(), (path) => this.addWatchFile(path));
        failed = false;
        return deckModuleCode(deck, slidesDir) + translationsExport(slidesDir);
      } catch (error) {
        if (!(error instanceof DeckError)) throw error;
        failed = true;
        const { message, ...details } = toViteError(error, root, NAME);
        return this.error({ message, ...details });
      }
    },
    configureServer(server) {
      server.watcher.add(slidesDir);
      server.watcher.on('all', (event, file) => {
        if (!['add', 'change', 'unlink'].includes(event) || !isDeckFile(file)) return;
        onSlidesChanged(server).catch((error) => server.config.logger.error(String(error)));
      });
    },
    // our watcher above handles slide files; stop vite's default HMR from handling them a second time
    hotUpdate({ file }) {
      return isDeckFile(file) ? [] : undefined;
    },
  };
}
