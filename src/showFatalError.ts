import '../assets/fatal.css';
import { documentLocale, messagesFor } from './i18n/index.ts';

/**
 * A failure must never leave a blank page: say what went wrong where the page's content would be. The pages'
 * entry scripts (main.ts, handoutMain.ts) end with this; tests and the handout exporter look for `.fatal-error`.
 */
export function showFatalError(what: 'start' | 'handout', error: unknown): void {
  const box = document.createElement('pre');
  box.className = 'fatal-error';
  const m = messagesFor(documentLocale(document));
  const message = error instanceof Error ? error.message : String(error);
  // the error's own text stays as thrown (it names a file and line for the author); the sentence around it is translated
  box.textContent = what === 'start' ? m.fatalStart({ message }) : m.fatalHandout({ message });
  document.body.prepend(box);
  console.error(error);
}
