import type { Deck } from '../../content/types.ts';
import { el } from '../../dom/el.ts';
import { qrSvg } from '../shared/qrSvg.ts';
import type { HandoutLayout } from './handoutOptions.ts';

function link(doc: Document, href: string, text: string): HTMLAnchorElement {
  const a = el(doc, 'a', text);
  a.href = href;
  return a;
}

/** The sections in reading order, each once: the cover's table of contents. */
export function deckSections(deck: Deck): string[] {
  return [...new Set(deck.slides.map((s) => s.section).filter(Boolean))];
}

/** What the pages after the cover hold, in the cover's words: each layout says what it prints and nothing else. */
export function layoutSentence(layout: HandoutLayout, sims: number): string {
  const figures = sims
    ? ` Each of the ${sims} live simulations is printed as a picture of where its run ends up, its numbers beside it.`
    : '';
  switch (layout) {
    case 'notes':
      return `Each slide is printed with the narrative the presenter tells.${figures}`;
    case '1up':
      return `Each slide has a page of its own, printed large, with the narrative the presenter tells below it.${figures}`;
    case '3up':
      return (
        'Three slides are printed a page, each beside ruled lines for your own notes; the narrative is not printed ' +
        `(it is in the notes layout and the reading version).${figures}`
      );
    case 'script':
      return (
        "Each slide has a page of its own with the presenter's notes in full. Every cue for the presenter (what to do, " +
        `not what to say) is marked CUE in a ruled box; the participants' handouts leave the cues out.${figures}`
      );
  }
}

/**
 * The cover: what the workshop is, where it comes from (the original post's credit), the licence and,
 * when the kit has an online address, that address with a QR code so a printout leads back to the live simulations.
 */
export function createHandoutCover(doc: Document, deck: Deck, layout: HandoutLayout = 'notes'): HTMLElement {
  const { meta } = deck;
  const cover = el(doc, 'section', undefined, 'handout-cover');
  const kicker = layout === 'script' ? "Presenter's script" : 'Workshop handout';
  cover.append(el(doc, 'p', kicker, 'handout-kicker'), el(doc, 'h1', meta.title));
  if (meta.subtitle) cover.append(el(doc, 'p', meta.subtitle, 'handout-subtitle'));

  const minutes = meta.totalTime ? `a ${meta.totalTime}-minute` : 'a';
  const sims = deck.slides.reduce((n, s) => n + s.sims.length, 0);
  cover.append(
    el(
      doc,
      'p',
      `This is the ${layout === 'script' ? 'script' : 'handout'} of ${minutes} workshop about personal learning networks, in ${deck.slides.length} slides. ` +
        `${layoutSentence(layout, sims)} ` +
        'Every run is seeded, so the same simulation in the online kit replays exactly what is printed here.',
      'handout-about',
    ),
  );

  const sections = deckSections(deck);
  if (sections.length > 1) {
    cover.append(el(doc, 'h2', 'Contents'));
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
  const lic = el(doc, 'p', `This kit is licensed under ${licence}`, 'handout-licence');
  if (meta.licenceUrl) lic.append(': ', link(doc, meta.licenceUrl, meta.licenceUrl));
  lic.append('. Reuse and adapt it: credit the sources, say what you changed, share alike.');
  credits.append(lic);
  cover.append(credits);

  if (meta.url) {
    const online = el(doc, 'div', undefined, 'handout-online');
    online.innerHTML = qrSvg(meta.url, `QR code for ${meta.url}`);
    const text = el(doc, 'p', 'The live simulations, the slides and a reading version are online at ');
    text.append(link(doc, meta.url, meta.url));
    online.append(text);
    cover.append(online);
  }
  return cover;
}
