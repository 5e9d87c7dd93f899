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

/** The room's take-home file on the handout: import one, or forget the one imported. */
export interface HandoutRoomActions {
  /** whether a file's bets are printed now (then "Forget" is offered) */
  imported: boolean;
  importFile(file: File): void;
  forget(): void;
  /** what the last import (or the stored file) came to, for the reader; empty: nothing to say */
  notice: string;
}

/** "Import my bets from the room" (a file picker behind a button), "Forget" once imported, and the notice. */
function roomControls(doc: Document, m: Messages, room: HandoutRoomActions): HTMLElement[] {
  const file = doc.createElement('input');
  file.type = 'file';
  file.accept = '.json,application/json';
  file.className = 'handout-import-file';
  file.hidden = true;
  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    file.value = '';
    if (picked) room.importFile(picked);
  });
  const pick = doc.createElement('button');
  pick.type = 'button';
  pick.className = 'handout-import';
  pick.textContent = m.handoutImportBets();
  pick.addEventListener('click', () => file.click());
  const out: HTMLElement[] = [pick, file];
  if (room.imported) {
    const forget = doc.createElement('button');
    forget.type = 'button';
    forget.className = 'handout-forget';
    forget.textContent = m.handoutForgetBets();
    forget.addEventListener('click', () => room.forget());
    out.push(forget);
  }
  const notice = doc.createElement('p');
  notice.className = 'handout-notice';
  notice.setAttribute('role', 'status');
  notice.textContent = room.notice;
  out.push(notice);
  return out;
}

/**
 * Screen-only controls: print, the layout and paper choices (links, so each is a shareable URL), back to the slides,
 * the language, and the room's take-home file.
 */
export function createHandoutToolbar(
  doc: Document,
  here: URL,
  options: HandoutOptions,
  room?: HandoutRoomActions,
): HTMLElement {
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
    ...(room ? roomControls(doc, m, room) : []),
  );
  return nav;
}
