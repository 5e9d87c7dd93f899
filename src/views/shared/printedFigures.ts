import type { Deck, SimBlock } from '../../content/types.ts';
import { documentLocale, isLocale, type Locale } from '../../i18n/index.ts';

/**
 * A simulation's printed figure as markup, made at build time (scripts/builtFiguresPlugin.ts) by the very function
 * the page would call, renderSimSnapshot: the handout then parses markup and runs no model, no layout and no
 * drawing code (nor loads it).
 */
interface PrintedFigure {
  /** what the figure was made from (printSource): markup made from other slides is not used */
  source: string;
  /** the `<figure>`, caption included */
  html: string;
}

/** Printed figures by block id, in one language. */
export type PrintedFigures = Record<string, PrintedFigure>;

/** What the build ships: each language's figures (captions, axes and legends in its words), by language. */
export type BuiltFigures = Partial<Record<Locale, PrintedFigures>>;

/** The build's figures in the page's language, if it drew them (the pseudo-locale's are drawn in the page). */
export function figuresFor(built: BuiltFigures | null, doc: Document): PrintedFigures | null {
  const locale = documentLocale(doc);
  return (isLocale(locale) && built?.[locale]) || null;
}

/** Every field of a block that the printed figure depends on, as one string. Plain data: no model is loaded. */
export function printSource(block: SimBlock): string {
  const { id, preset, overrides, view, seed, height, printTick } = block;
  return JSON.stringify([id, preset, overrides, view, seed, height ?? null, printTick ?? null]);
}

/** A deck's simulation blocks by id. */
export function blocksById(deck: Deck): Map<string, SimBlock> {
  return new Map(deck.slides.flatMap((s) => s.sims.map((b) => [b.id, b] as const)));
}

/**
 * Every simulation in `scope` drawn as its printed figure: the build's markup when it was made from this very block,
 * else drawn here (the model runs in the page: dev server, tests, the single file). Used by the handout, on its
 * detached pages (laid out and painted once, figures included), and by reveal's ?print-pdf.
 */
export async function drawPrintedFigures(
  scope: Element,
  blocks: ReadonlyMap<string, SimBlock>,
  figures: PrintedFigures | null,
): Promise<void> {
  const doc = scope.ownerDocument;
  const perf = doc.defaultView?.performance;
  const missing: [HTMLElement, SimBlock][] = [];
  for (const el of scope.querySelectorAll<HTMLElement>('.sim[data-sim]')) {
    const block = blocks.get(el.dataset.sim ?? '');
    if (!block) continue;
    const made = figures?.[block.id];
    if (!made || made.source !== printSource(block)) {
      missing.push([el, block]);
      continue;
    }
    const started = perf?.now();
    const tpl = doc.createElement('template');
    // Markup the build drew from the deck's own blocks with our renderer: trusted like the code itself.
    tpl.innerHTML = made.html;
    const figure = tpl.content.firstElementChild as HTMLElement;
    el.replaceChildren(figure);
    moveCaption(figure, el.closest('.slide-card'));
    // the same user-timing entry renderSimSnapshot leaves: what printing this figure cost, whichever way it was made
    if (started !== undefined) perf?.measure?.(`sim-snapshot ${block.id}`, { start: started });
  }
  if (!missing.length) return;
  // only without the build's figures: the drawing code and the model load then, not with every handout
  const { renderSimSnapshot } = await import('../../widgets/renderSimSnapshot.ts');
  for (const [el, block] of missing)
    moveCaption(renderSimSnapshot(el, block, block.printTick), el.closest('.slide-card'));
}

/**
 * A printed figure's caption (the numbers it shows) is a paragraph: inside a slide card it would shrink with the
 * card to an unreadable size, so it goes beside the card, where the narrative or the note lines are.
 */
function moveCaption(figure: HTMLElement, card: Element | null): void {
  const caption = figure.querySelector('figcaption');
  const slot = card?.parentElement?.querySelector('.handout-sim-captions');
  if (!caption || !slot) return;
  const p = figure.ownerDocument.createElement('p');
  p.className = 'handout-sim-caption';
  p.id = `caption-${figure.dataset.simId}`;
  p.textContent = caption.textContent;
  figure.setAttribute('aria-describedby', p.id);
  caption.remove();
  slot.append(p);
}

/**
 * Each printed figure's drawing size (its viewBox) as CSS variables on its <svg> (--vb-w, --vb-h): the handout's
 * stylesheet sets the figure's text size from them and the box the figure is printed in, so that whatever the layout
 * shrinks a figure to, its text prints at a readable size (assets/handout.css, "at least 7 pt").
 */
export function exposeViewBoxes(scope: Element): void {
  for (const svg of scope.querySelectorAll<SVGSVGElement>('.sim-snapshot svg[viewBox]')) {
    const box = svg.viewBox.baseVal;
    if (!box?.width || !box.height) continue;
    svg.style.setProperty('--vb-w', String(box.width));
    svg.style.setProperty('--vb-h', String(box.height));
  }
}
