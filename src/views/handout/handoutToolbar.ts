import { documentLocale, type Messages, messagesFor } from '../../i18n/index.ts';
import { createLanguageSwitch } from '../shared/languageSwitch.ts';
import { type HandoutOptions, LAYOUTS, PAPERS } from './handoutOptions.ts';

const labels = (m: Messages): Record<string, string> => ({
  notes: m.handoutLayoutChoiceNotes(),
  '1up': m.handoutLayoutChoice1up(),
  '3up': m.handoutLayoutChoice3up(),
  script: m.handoutLayoutChoiceScript(),
  a4: m.handoutPaperA4(),
  letter: m.handoutPaperLetter(),
});

/** Screen-only controls: print, the layout and paper choices (links, so each is a shareable URL), back to the slides. */
export function createHandoutToolbar(doc: Document, here: URL, options: HandoutOptions): HTMLElement {
  const m = messagesFor(documentLocale(doc));
  const LABELS = labels(m);
  const nav = doc.createElement('nav');
  nav.className = 'handout-toolbar';
  nav.setAttribute('aria-label', m.handoutToolbarLabel());
  const print = doc.createElement('button');
  print.type = 'button';
  print.textContent = m.handoutPrint();
  print.addEventListener('click', () => doc.defaultView?.print());
  nav.append(print);

  const choice = (name: 'layout' | 'paper', values: readonly string[], current: string) => {
    const group = doc.createElement('span');
    group.className = 'handout-choice';
    for (const value of values) {
      const url = new URL(here.href);
      url.searchParams.set(name, value);
      const a = doc.createElement('a');
      a.href = url.href;
      a.textContent = LABELS[value] ?? value;
      if (value === current) a.setAttribute('aria-current', 'true');
      group.append(a);
    }
    return group;
  };
  const back = doc.createElement('a');
  // from handout.html (its own page) back to index.html; the single file's handout is index.html?view=handout
  const slides = new URL(here.href.replace(/\/handout\.html(?=[?#]|$)/, '/index.html'));
  for (const key of ['view', 'layout', 'paper', 'footer']) slides.searchParams.delete(key);
  back.href = slides.href;
  back.textContent = m.handoutBack();
  nav.append(
    choice('layout', LAYOUTS, options.layout),
    choice('paper', PAPERS, options.paper),
    back,
    createLanguageSwitch(doc, here),
  );
  return nav;
}
