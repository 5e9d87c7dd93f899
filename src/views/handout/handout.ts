import '../../../assets/sim.css';
import '../../../assets/slideContent.css';
import '../../../assets/handout.css';
import type { Deck } from '../../content/types.ts';
import { documentLocale, type Messages, messagesFor } from '../../i18n/index.ts';
// the build's printed figures, as the handout chunk's own import: they load with it, not after it
import printedFigures from '../shared/builtFigures.ts';
import { kitQueryOf } from '../shared/kitQuery.ts';
import { blocksById, drawPrintedFigures, exposeViewBoxes, figuresFor } from '../shared/printedFigures.ts';
import { browserStorage } from '../shared/readerStore.ts';
import { MAX_IMPORT_BYTES } from '../shared/takeHome.ts';
import { createHandoutCover } from './handoutCover.ts';
import { type HandoutOptions, handoutOptions, PAGE_MARGIN_MM, PAPER_MM } from './handoutOptions.ts';
import { createPlanPage, type PlanEntry } from './handoutPlan.ts';
import { type PrintedBet, printedBets, storedRoomBets, storeRoomBets } from './handoutRoomBets.ts';
import { createHandoutSlides } from './handoutSlides.ts';
import { loadPlan } from './handoutStore.ts';
import { createHandoutToolbar, type HandoutRoomActions } from './handoutToolbar.ts';

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
 * Resolves once everything is drawn, so `data-ready` means "ready to print". A participant's take-home file from the
 * room (imported here, or by `npm run handout -- --bets`, and kept in this browser) prints on each bet slide;
 * `notice` says what the last import came to.
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
  notice = '',
  /** the take-home file just imported or forgotten (null); undefined: what this browser keeps */
  roomText?: string | null,
): Promise<HandoutView> {
  const doc = root.ownerDocument;
  const kit = kitQueryOf(win);
  const options = handoutOptions(kit.handout);
  const m = messagesFor(documentLocale(doc));
  doc.title = m.handoutDocumentTitle({ title: deck.meta.title });
  if (kit.handout.exporting) doc.documentElement.dataset.exporting = '';
  const style = doc.createElement('style');
  style.dataset.handout = '';
  style.textContent = pageCss(deck, options, m);
  doc.head.append(style);

  const storage = browserStorage(win);
  // the file just imported goes straight in: where storage is refused (some file:// pages) it still prints
  const stored = roomText === undefined ? storedRoomBets(storage) : roomText;
  const bets: Map<string, PrintedBet> | null = stored === null ? new Map() : await printedBets(stored, deck);
  // a stored file that no longer reads (edited, or from an older kit) prints nothing, and says so
  if (!bets) notice ||= m.readImportUnreadable();
  doc.documentElement.dataset.roomBets = String(bets?.size ?? 0);

  const handout = doc.createElement('div');
  handout.className = `handout handout--${options.layout} handout--${options.paper}`;
  handout.dataset.licence = deck.meta.licence ?? 'CC BY-SA 4.0';
  handout.append(
    createHandoutCover(doc, deck, options.layout),
    ...createHandoutSlides(doc, deck, options.layout, bets ?? undefined),
    createPlanPage(doc, plan, 4),
  );
  await drawPrintedFigures(handout, blocksById(deck), figuresFor(printedFigures, doc));
  exposeViewBoxes(handout);
  const restart = async (next: string, text: string | null) => {
    view.destroy();
    await startHandoutView(root, deck, win, plan, next, text);
  };
  const room: HandoutRoomActions = {
    imported: (bets?.size ?? 0) > 0,
    notice,
    async importFile(file) {
      const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text().catch(() => '');
      const next = await printedBets(text, deck);
      const say = (t: string) => {
        const p = root.querySelector('.handout-notice');
        if (p) p.textContent = t;
      };
      // a broken or foreign file: a notice, and nothing changes (the stored file, if any, stays)
      if (!next) return say(m.readImportUnreadable());
      if (next.size === 0) return say(m.readImportEmpty());
      storeRoomBets(storage, text);
      await restart(m.handoutRoomImported({ count: next.size }), text);
    },
    async forget() {
      storeRoomBets(storage, null);
      await restart(m.handoutRoomForgotten(), null);
    },
  };
  root.replaceChildren(createHandoutToolbar(doc, new URL(win.location.href), options, room), handout);
  await whenPrintable(handout);
  const view: HandoutView = {
    options,
    destroy() {
      style.remove();
      root.replaceChildren();
    },
  };
  return view;
}
