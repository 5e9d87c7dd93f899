import { documentLocale, messagesFor } from '../../i18n/index.ts';
import { slideHash } from '../shared/route.ts';
import type { ReadSlide } from './readSlides.ts';

export interface ReadToc {
  nav: HTMLElement;
  /** Marks the slide the reader is at (aria-current), so the contents show where they are. */
  markCurrent(slideId: string): void;
}

/**
 * The table of contents, by section. Links are plain `#/h/v` hashes: they work with the keyboard, open in a new tab,
 * and the view follows `hashchange` to scroll there.
 */
export function buildReadToc(doc: Document, slides: readonly ReadSlide[], open: boolean): ReadToc {
  const m = messagesFor(documentLocale(doc));
  const nav = doc.createElement('nav');
  nav.className = 'read-toc';
  nav.setAttribute('aria-label', m.readContents());
  const details = doc.createElement('details');
  details.open = open;
  const summary = doc.createElement('summary');
  summary.textContent = m.readContents();
  const list = doc.createElement('ol');
  details.append(summary, list);
  nav.append(details);

  const links = new Map<string, HTMLAnchorElement>();
  let sectionList: HTMLOListElement | undefined;
  let sectionName: string | undefined;
  for (const { slide, index } of slides) {
    if (!sectionList || slide.section !== sectionName) {
      sectionName = slide.section;
      const item = doc.createElement('li');
      const name = doc.createElement('span');
      name.className = 'read-toc-section';
      name.textContent = slide.section;
      sectionList = doc.createElement('ol');
      item.append(name, sectionList);
      list.append(item);
    }
    const item = doc.createElement('li');
    const a = doc.createElement('a');
    a.href = slideHash(slide.h, slide.v);
    a.textContent = slide.title || m.readSlideLabel({ slide: index + 1 });
    item.append(a);
    sectionList.append(item);
    links.set(slide.id, a);
  }

  let marked: HTMLAnchorElement | undefined;
  return {
    nav,
    markCurrent(slideId) {
      marked?.removeAttribute('aria-current');
      marked = links.get(slideId);
      marked?.setAttribute('aria-current', 'location');
    },
  };
}
