import type { Deck, Slide } from '../../content/types.ts';

export interface BuildSlidesOptions {
  /**
   * Pictures as `data-src`, which reveal turns into `src` when their slide comes within its view distance. An inlined
   * SVG is parsed and laid out as a document of its own the moment it is inserted, so loading every picture up front
   * delays the first slide. Print wants them all at once (reveal measures pages with the pictures in).
   */
  lazyImages?: boolean;
}

/**
 * Attributes reveal (or the author) reads from a slide's section; `class` merges with ours. The section holds the
 * slide's HTML, styled by assets/slideContent.css like the reading view's and the handout's cards.
 */
function applyAttrs(section: HTMLElement, slide: Slide): void {
  section.classList.add('slide-content');
  for (const [key, value] of Object.entries(slide.attrs)) {
    if (key === 'class') {
      const classes = value.split(/\s+/).filter(Boolean);
      section.classList.add(...classes, ...classes.map((c) => `slide-content--${c}`));
    } else if (/^[a-zA-Z_:][\w:.-]*$/.test(key)) section.setAttribute(key, value);
  }
  section.dataset.slideId = slide.id;
}

function buildSlide(doc: Document, slide: Slide, options: BuildSlidesOptions): HTMLElement {
  const section = doc.createElement('section');
  applyAttrs(section, slide);
  // Slide HTML is authored in slides/ and rendered at build time: it is trusted like the code itself.
  if (options.lazyImages) {
    // parsed in an inert <template> first: an <img src> inserted into the page starts loading at once
    const template = doc.createElement('template');
    template.innerHTML = slide.html;
    for (const img of template.content.querySelectorAll('img[src]')) {
      img.setAttribute('data-src', img.getAttribute('src') ?? '');
      img.removeAttribute('src');
    }
    section.append(template.content);
  } else {
    section.innerHTML = slide.html;
  }
  if (slide.notesHtml) {
    const aside = doc.createElement('aside');
    aside.className = 'notes';
    aside.innerHTML = slide.notesHtml;
    section.append(aside);
  }
  return section;
}

/** Deck → reveal's `<section>` tree: one section per stack, nested sections for vertical slides. */
export function buildSlides(doc: Document, deck: Deck, options: BuildSlidesOptions = {}): HTMLElement[] {
  return deck.stacks.map((stack) => {
    if (stack.length === 1) return buildSlide(doc, stack[0]!, options);
    const outer = doc.createElement('section');
    outer.append(...stack.map((slide) => buildSlide(doc, slide, options)));
    return outer;
  });
}
