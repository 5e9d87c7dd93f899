import '../../../assets/sim.css';
import '../../../assets/handout.css';
import type { Deck } from '../../content/types.ts';
import { documentLocale, type Messages, messagesFor } from '../../i18n/index.ts';
// the build's printed figures, as the handout chunk's own import: they load with it, not after it
import printedFigures from '../shared/builtFigures.ts';
import { blocksById, drawPrintedFigures, exposeViewBoxes, figuresFor } from '../shared/printedFigures.ts';
import { browserStorage } from '../shared/readerStore.ts';
import { createHandoutCover } from './handoutCover.ts';
import { EXPORT_FLAG, type HandoutOptions, handoutOptions, PAGE_MARGIN_MM, PAPER_MM } from './handoutOptions.ts';
import { createPlanPage, type PlanEntry } from './handoutPlan.ts';
import { createHandoutSlides } from './handoutSlides.ts';
import { loadPlan } from './handoutStore.ts';
import { createHandoutToolbar } from './handoutToolbar.ts';

export interface HandoutView {
  readonly options: HandoutOptions;
  destroy(): void;
}

const cssString = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/\n/g, ' ')}"`;

/**
 * The catalogue's "Page n of N" as CSS `content`: the message is written with two markers for its values, which
 * become the print's own counters, so the words and their order stay the translation's.
 */
function pageCounters(m: Messages): string {
  const text = m.handoutFooterPage({ page: '\uE010', total: '\uE011' });
  return text
    .split(/(\uE010|\uE011)/)
    .filter(Boolean)
    .map((part) => (part === '\uE010' ? 'counter(page)' : part === '\uE011' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** `@page` from the URL's paper, and the footer (title, licence, page n / total) for printing from the browser. */
export function pageCss(deck: Deck, options: HandoutOptions, m: Messages = messagesFor('en')): string {
  const { top, side, bottom } = PAGE_MARGIN_MM;
  const size = options.paper === 'a4' ? 'A4' : 'letter';
  const footer =
    options.footer === 'css'
      ? `@bottom-left { content: ${cssString(m.handoutFooter({ title: deck.meta.title, licence: deck.meta.licence ?? 'CC BY-SA 4.0' }))}; ` +
        'font: 8pt system-ui, sans-serif; color: #444; } ' +
        `@bottom-right { content: ${pageCounters(m)}; font: 8pt system-ui, sans-serif; color: #444; }`
      : '';
  const { height } = PAPER_MM[options.paper];
  // Three rows must fit one page's printable height exactly, whatever the paper.
  const rowHeight = (height - top - bottom - 2) / 3;
  return (
    `@page { size: ${size}; margin: ${top}mm ${side}mm ${bottom}mm; ${footer} }\n` +
    `.handout { --row-height: ${rowHeight.toFixed(2)}mm; }`
  );
}

/**
 * Printing before an image or a web font has loaded prints a hole: wait for every image and every declared font
 * face. The faces are loaded by name rather than awaited with `document.fonts.ready`, which makes Blink lay the whole
 * handout out on the spot to find the fonts in use (measured: ~145 ms, then the print lays it out again anyway).
 */
async function whenPrintable(scope: HTMLElement): Promise<void> {
  const images = [...scope.querySelectorAll('img')];
  const faces = scope.ownerDocument.fonts ? [...scope.ownerDocument.fonts] : [];
  await Promise.all([
    ...images.map((img) => img.decode().catch(() => undefined)),
    ...faces.map((face) => face.load().catch(() => undefined)),
  ]);
}

/**
 * The printable handout: a cover, every slide with its narrative (or three a page with lines for notes),
 * each simulation as a static picture at its print tick, and the reader's plan or a blank worksheet.
 * Resolves once everything is drawn, so `data-ready` means "ready to print".
 */
export async function startHandoutView(
  root: HTMLElement,
  deck: Deck,
  win: Window = window,
  plan: PlanEntry[] | undefined = loadPlan(
    browserStorage(win),
    deck.meta.title,
    messagesFor(documentLocale(root.ownerDocument)),
  ),
): Promise<HandoutView> {
  const doc = root.ownerDocument;
  const options = handoutOptions(win.location.search);
  const m = messagesFor(documentLocale(doc));
  doc.title = m.handoutDocumentTitle({ title: deck.meta.title });
  if (new URLSearchParams(win.location.search).has(EXPORT_FLAG)) doc.documentElement.dataset.exporting = '';
  const style = doc.createElement('style');
  style.dataset.handout = '';
  style.textContent = pageCss(deck, options, m);
  doc.head.append(style);

  const handout = doc.createElement('div');
  handout.className = `handout handout--${options.layout} handout--${options.paper}`;
  handout.dataset.licence = deck.meta.licence ?? 'CC BY-SA 4.0';
  handout.append(
    createHandoutCover(doc, deck, options.layout),
    ...createHandoutSlides(doc, deck, options.layout),
    createPlanPage(doc, plan, 4),
  );
  await drawPrintedFigures(handout, blocksById(deck), figuresFor(printedFigures, doc));
  exposeViewBoxes(handout);
  root.replaceChildren(createHandoutToolbar(doc, new URL(win.location.href), options), handout);
  await whenPrintable(handout);
  return {
    options,
    destroy() {
      style.remove();
      root.replaceChildren();
    },
  };
}
