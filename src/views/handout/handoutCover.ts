import type { Deck } from '../../content/types.ts';
import { el } from '../../dom/el.ts';
import { documentLocale, type Messages, messagesFor } from '../../i18n/index.ts';
import { qrSvg } from '../shared/qrSvg.ts';
import type { HandoutLayout } from './handoutOptions.ts';

function link(doc: Document, href: string, text: string): HTMLAnchorElement {
  const a = el(doc, 'a', text);
  a.href = href;
  return a;
}

/** The sections in reading order, each once: the cover's table of contents. */
function deckSections(deck: Deck): string[] {
  return [...new Set(deck.slides.map((s) => s.section).filter(Boolean))];
}

/** What the pages after the cover hold, in the cover's words: each layout says what it prints and nothing else. */
export function layoutSentence(layout: HandoutLayout, sims: number, m: Messages = messagesFor('en')): string {
  const figures = sims ? ` ${m.handoutFigures({ count: sims })}` : '';
  const sentence = {
    notes: m.handoutLayoutNotes,
    '1up': m.handoutLayout1up,
    '3up': m.handoutLayout3up,
    script: m.handoutLayoutScript,
  }[layout]();
  return `${sentence}${figures}`;
}

/** A message holding `url` as text, with the url made a link (the words around it stay the translation's). */
function withLink(doc: Document, text: string, url: string): Node[] {
  const at = text.indexOf(url);
  if (at < 0) return [doc.createTextNode(text)];
  return [doc.createTextNode(text.slice(0, at)), link(doc, url, url), doc.createTextNode(text.slice(at + url.length))];
}

/**
 * The cover: what the workshop is, where it comes from (the original post's credit), the licence and,
 * when the kit has an online address, that address with a QR code so a printout leads back to the live simulations.
 */
export function createHandoutCover(doc: Document, deck: Deck, layout: HandoutLayout = 'notes'): HTMLElement {
  const { meta } = deck;
  const m = messagesFor(documentLocale(doc));
  const cover = el(doc, 'section', undefined, 'handout-cover');
  const kicker = layout === 'script' ? m.handoutKickerScript() : m.handoutKicker();
  cover.append(el(doc, 'p', kicker, 'handout-kicker'), el(doc, 'h1', meta.title));
  if (meta.subtitle) cover.append(el(doc, 'p', meta.subtitle, 'handout-subtitle'));

  const script = layout === 'script';
  const slides = deck.slides.length;
  const minutes = meta.totalTime;
  const about = minutes
    ? (script ? m.handoutAboutScript : m.handoutAbout)({ minutes, slides })
    : (script ? m.handoutAboutScriptUntimed : m.handoutAboutUntimed)({ slides });
  const sims = deck.slides.reduce((n, s) => n + s.sims.length, 0);
  cover.append(el(doc, 'p', `${about} ${layoutSentence(layout, sims, m)} ${m.handoutSeeded()}`, 'handout-about'));

  const sections = deckSections(deck);
  if (sections.length > 1) {
    cover.append(el(doc, 'h2', m.handoutContents()));
    const list = el(doc, 'ol', undefined, 'handout-contents');
    for (const name of sections) list.append(el(doc, 'li', name));
    cover.append(list);
  }

  const credits = el(doc, 'div', undefined, 'handout-credits');
  if (meta.author) credits.append(el(doc, 'p', meta.author, 'handout-author'));
  if (meta.credit) {
    const p = el(doc, 'p', meta.credit, 'handout-credit');
    if (meta.creditUrl) p.append(' ', link(doc, meta.creditUrl, meta.creditUrl));
    credits.append(p);
  }
  const licence = meta.licence ?? 'CC BY-SA 4.0';
  const lic = el(doc, 'p', m.handoutLicence({ licence }), 'handout-licence');
  if (meta.licenceUrl) lic.append(' ', link(doc, meta.licenceUrl, meta.licenceUrl));
  lic.append(' ', m.handoutReuse());
  credits.append(lic);
  cover.append(credits);

  if (meta.url) {
    const online = el(doc, 'div', undefined, 'handout-online');
    online.innerHTML = qrSvg(meta.url, m.handoutQrLabel({ url: meta.url }));
    const text = el(doc, 'p');
    text.append(...withLink(doc, m.handoutOnline({ url: meta.url }), meta.url));
    online.append(text);
    cover.append(online);
  }
  return cover;
}
