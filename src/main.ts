import './views/shared/earlyDeck.ts';
import english, { translations } from 'virtual:deck';
import { showFatalError } from './showFatalError.ts';
// The present view is the default: imported statically, it arrives with this script and its CSS is linked in the
// page's head, instead of a second round trip (script, then chunk and CSS) before the first slide.
import { startPresentView } from './views/present/present.ts';
import { parseKitQuery } from './views/shared/kitQuery.ts';
import { loadPageDeck } from './views/shared/pageDeck.ts';

/** The only module with side effects: picks the view the URL asks for and starts it. */
async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element');
  // the one reading of the address: every view and the language take their keys from it
  const kit = parseKitQuery(location.search);
  const { view } = kit;
  const { deck, locale, notice } = await loadPageDeck(window, english, translations, kit, (m) =>
    m.metaDescriptionPresent(),
  );
  if (view === 'read') {
    const { startReadView } = await import('./views/read/read.ts');
    startReadView(root, deck, window, notice);
  } else if (view === 'handout') {
    const { startHandoutView } = await import('./views/handout/handout.ts');
    await startHandoutView(root, deck);
  } else {
    const present = await startPresentView(root, deck);
    // Hot reload in `npm start`: a saved slide file replaces the slides and keeps the current one on screen.
    import.meta.hot?.accept('virtual:deck', (mod) => {
      if (mod && locale === 'en') void present.update(mod.default);
    });
    Object.assign(window, { Reveal: present.reveal });
  }
  // Tests, the handout exporter and the bench wait for this instead of guessing with timeouts.
  document.documentElement.dataset.ready = view;
}

// An error thrown outside main's promise (a library's timer or event handler while the view starts) must not leave a
// blank page either: until the view is ready, any uncaught error shows the error page.
const beforeReady = (error: unknown) => {
  if (!document.documentElement.dataset.ready && !document.querySelector('.fatal-error'))
    showFatalError('start', error);
};
window.addEventListener('error', (e) => beforeReady(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => beforeReady(e.reason));
main().catch((error: unknown) => showFatalError('start', error));
