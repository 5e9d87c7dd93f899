import type { DeckMeta } from '../../content/types.ts';
import { documentLocale, messagesFor } from '../../i18n/index.ts';
import { createLanguageSwitch } from '../shared/languageSwitch.ts';

export interface ReadChrome {
  header: HTMLElement;
  toolbar: HTMLElement;
  footer: HTMLElement;
  /** Shows a quiet notice (text only, role="status"); an optional action button follows it. */
  notify(text: string, action?: { label: string; run: () => void }): void;
  /** Updates "Slide n of N", the progress bar and the links to the other views. */
  setPosition(index: number, presentHref: string, handoutHref: string): void;
}

/**
 * The reading page's frame: the header (title, notices), a sticky toolbar (progress, "Present this",
 * "Print handout", "Import my bets from the room", "Start over") and the footer with the credit and licence.
 */
export function buildReadChrome(
  doc: Document,
  meta: DeckMeta,
  total: number,
  actions: { startOver: () => void; skipToReading: () => void; importBets: (file: File) => void },
): ReadChrome {
  const m = messagesFor(documentLocale(doc));
  const header = doc.createElement('header');
  header.className = 'read-header';
  // The contents list is long: keyboard users jump past it to the slide they are reading.
  const skip = doc.createElement('a');
  skip.className = 'read-skip';
  skip.href = '#/0';
  skip.textContent = m.readSkip();
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    actions.skipToReading();
  });
  header.append(skip);
  const kicker = doc.createElement('p');
  kicker.className = 'read-kicker';
  kicker.textContent = m.readKicker();
  const title = doc.createElement('h1');
  title.textContent = meta.title;
  header.append(kicker, title);
  if (meta.subtitle) {
    const subtitle = doc.createElement('p');
    subtitle.className = 'read-subtitle';
    subtitle.textContent = meta.subtitle;
    header.append(subtitle);
  }
  const notice = doc.createElement('div');
  notice.className = 'read-notice';
  notice.setAttribute('role', 'status');
  header.append(notice);

  const toolbar = doc.createElement('section');
  toolbar.className = 'read-toolbar';
  toolbar.setAttribute('aria-label', m.readToolsLabel());
  const where = doc.createElement('div');
  where.className = 'read-progress';
  const label = doc.createElement('span');
  label.id = 'read-progress-label';
  const progress = doc.createElement('progress');
  progress.max = total;
  progress.setAttribute('aria-labelledby', label.id);
  where.append(label, progress);
  const link = (text: string, cls: string) => {
    const a = doc.createElement('a');
    a.className = `read-button ${cls}`;
    a.textContent = text;
    return a;
  };
  const present = link(m.readPresent(), 'read-present');
  const handout = link(m.readHandout(), 'read-handout');
  const startOver = doc.createElement('button');
  startOver.type = 'button';
  startOver.className = 'read-button read-start-over';
  startOver.textContent = m.readStartOver();
  startOver.addEventListener('click', actions.startOver);
  // The room's take-home file ("Download my bets" on a phone): a button opens the file picker, the file goes to read.ts.
  const file = doc.createElement('input');
  file.type = 'file';
  file.accept = '.json,application/json';
  file.className = 'read-import-file';
  file.hidden = true;
  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    file.value = '';
    if (picked) actions.importBets(picked);
  });
  const importBets = doc.createElement('button');
  importBets.type = 'button';
  importBets.className = 'read-button read-import';
  importBets.textContent = m.readImportBets();
  importBets.addEventListener('click', () => file.click());
  const buttons = doc.createElement('div');
  buttons.className = 'read-actions';
  buttons.append(present, handout, importBets, file, startOver, createLanguageSwitch(doc, new URL(doc.URL)));
  toolbar.append(where, buttons);

  const footer = doc.createElement('footer');
  footer.className = 'read-footer';
  if (meta.credit) {
    const credit = doc.createElement('p');
    credit.textContent = meta.credit;
    footer.append(credit);
  }
  if (meta.licence) {
    const licence = doc.createElement('p');
    // the licence's name, a link when it has an address, inside the catalogue's sentence
    const text = m.readLicence({ licence: meta.licence });
    const at = text.indexOf(meta.licence);
    if (meta.licenceUrl && at >= 0) {
      const a = doc.createElement('a');
      a.href = meta.licenceUrl;
      a.textContent = meta.licence;
      licence.append(text.slice(0, at), a, text.slice(at + meta.licence.length));
    } else licence.append(text);
    footer.append(licence);
  }

  return {
    header,
    toolbar,
    footer,
    notify(text, action) {
      notice.replaceChildren(text);
      if (action) {
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'read-button';
        button.textContent = action.label;
        button.addEventListener('click', () => {
          notice.replaceChildren();
          action.run();
        });
        notice.append(' ', button);
      }
    },
    setPosition(index, presentHref, handoutHref) {
      label.textContent = m.readSlideOf({ slide: index + 1, total });
      progress.value = index + 1;
      skip.href = new URL(presentHref).hash;
      present.href = presentHref;
      handout.href = handoutHref;
    },
  };
}
