import type { Deck, Slide } from '../content/types.ts';

/** Attributes reveal (or the author) reads from a slide's section; `class` merges with ours. */
function applyAttrs(section: HTMLElement, slide: Slide): void {
  for (const [key, value] of Object.entries(slide.attrs)) {
    if (key === 'class') section.classList.add(...value.split(/\s+/).filter(Boolean));
    else if (/^[a-zA-Z_:][\w:.-]*$/.test(key)) section.setAttribute(key, value);
  }
  section.dataset.slideId = slide.id;
}

function buildSlide(doc: Document, slide: Slide): HTMLElement {
  const section = doc.createElement('section');
  applyAttrs(section, slide);
  // Slide HTML is authored in slides/ and rendered at build time: it is trusted like the code itself.
  section.innerHTML = slide.html;
  if (slide.notesHtml) {
    const aside = doc.createElement('aside');
    aside.className = 'notes';
    aside.innerHTML = slide.notesHtml;
    section.append(aside);
  }
  return section;
}

/** Deck → reveal's `<section>` tree: one section per stack, nested sections for vertical slides. */
export function buildSlides(doc: Document, deck: Deck): HTMLElement[] {
  return deck.stacks.map((stack) => {
    if (stack.length === 1) return buildSlide(doc, stack[0]!);
    const outer = doc.createElement('section');
    outer.append(...stack.map((slide) => buildSlide(doc, slide)));
    return outer;
  });
}
