import './views/shared/earlyDeck.ts';
import english, { translations } from 'virtual:deck';
import { showFatalError } from './showFatalError.ts';
import { startHandoutView } from './views/handout/handout.ts';
import { parseKitQuery } from './views/shared/kitQuery.ts';
import { loadPageDeck } from './views/shared/pageDeck.ts';

/**
 * handout.html's only module: the printable handout and nothing else. Its own page, not a view of index.html, so
 * printing never loads, parses or runs reveal.js and the present view, nor lays out reveal's stylesheets (measured:
 * the handout chunk arrived ~170–195 ms after navigation behind index.js; here it loads beside the deck).
 * `index.html?view=handout` sends the reader here, except in the single-file build, which has only index.html.
 */
async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('handout.html has no #app element');
  const { deck } = await loadPageDeck(window, english, translations, parseKitQuery(location.search), (m) =>
    m.metaDescriptionHandout(),
  );
  await startHandoutView(root, deck);
  // the exporter, the bench and the tests wait for this, as on index.html
  document.documentElement.dataset.ready = 'handout';
}

main().catch((error: unknown) => showFatalError('handout', error));
