import type { Deck, Slide } from '../../content/types.ts';
import { documentLocale, messagesFor } from '../../i18n/index.ts';

/** One slide of the reading page: the card, its narrative, and where it sits in the deck. */
export interface ReadSlide {
  slide: Slide;
  /** 0-based position in reading order */
  index: number;
  article: HTMLElement;
}

/** The DOM id of a slide's article; also the TOC's jump target. */
const articleId = (slide: Slide): string => `slide-${slide.id.replace('/', '-')}`;

/**
 * Moves every heading in `scope` down so the highest becomes `top`, keeping their relative order. Slides are
 * authored with h1/h2 for the projector; on the reading page they sit under the page's h1 and a section's h2.
 * The original level stays in `data-level` so the card can keep the slide's visual hierarchy.
 */
export function demoteHeadings(scope: Element, top: number): HTMLElement[] {
  const headings = [...scope.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')];
  if (headings.length === 0) return [];
  const levelOf = (h: Element) => Number(h.tagName.slice(1));
  const shift = Math.max(0, top - Math.min(...headings.map(levelOf)));
  return headings.map((h) => {
    const level = Math.min(6, levelOf(h) + shift);
    if (level === levelOf(h)) {
      h.dataset.level ??= String(levelOf(h));
      return h;
    }
    const next = h.ownerDocument.createElement(`h${level}`);
    for (const attr of h.attributes) next.setAttribute(attr.name, attr.value);
    next.dataset.level = String(levelOf(h));
    next.append(...h.childNodes);
    h.replaceWith(next);
    return next;
  });
}

function buildArticle(doc: Document, slide: Slide, index: number, total: number): HTMLElement {
  const m = messagesFor(documentLocale(doc));
  const article = doc.createElement('article');
  article.className = 'read-slide';
  article.id = articleId(slide);
  article.dataset.slideId = slide.id;
  article.tabIndex = -1;

  const number = doc.createElement('p');
  number.className = 'read-slide-number';
  number.textContent = m.readSlideOf({ slide: index + 1, total });

  const card = doc.createElement('div');
  // the slide's HTML, styled by assets/slideContent.css like the deck's and the handout's
  card.className = 'read-card slide-content';
  const extra = slide.attrs.class?.split(/\s+/).filter(Boolean) ?? [];
  card.classList.add(...extra.map((c) => `slide-content--${c}`));
  // Slide and narrative HTML are authored in slides/ and rendered at build time: trusted like the code itself.
  card.innerHTML = slide.html;
  const [heading] = demoteHeadings(card, 3);
  if (heading) {
    heading.id ||= `${article.id}-title`;
    article.setAttribute('aria-labelledby', heading.id);
  } else {
    article.setAttribute('aria-label', m.readSlideLabel({ slide: index + 1 }));
  }
  article.append(number, card);

  if (slide.narrativeHtml) {
    const narrative = doc.createElement('div');
    narrative.className = 'read-narrative';
    narrative.innerHTML = slide.narrativeHtml;
    demoteHeadings(narrative, 4);
    article.append(narrative);
  }
  return article;
}

/**
 * The deck as reading sections: consecutive slides of one section under an h2, each slide an article with its
 * card (the slide at readable size, not a scaled projector slide) followed by its narrative.
 */
export function buildReadSections(doc: Document, deck: Deck): { sections: HTMLElement[]; slides: ReadSlide[] } {
  const sections: HTMLElement[] = [];
  const slides: ReadSlide[] = [];
  let current: HTMLElement | undefined;
  let currentName: string | undefined;
  deck.slides.forEach((slide, index) => {
    if (!current || slide.section !== currentName) {
      currentName = slide.section;
      current = doc.createElement('section');
      current.className = 'read-section';
      const heading = doc.createElement('h2');
      heading.id = `section-${sections.length + 1}`;
      heading.className = 'read-section-title';
      heading.textContent = slide.section;
      current.setAttribute('aria-labelledby', heading.id);
      current.append(heading);
      sections.push(current);
    }
    const article = buildArticle(doc, slide, index, deck.slides.length);
    current.append(article);
    slides.push({ slide, index, article });
  });
  return { sections, slides };
}
