import '../../../assets/theme.css';
import '../../../assets/slideContent.css';
import '../../../assets/sim.css';
import '../../../assets/read.css';
import type { Deck, SimBlock } from '../../content/types.ts';
import { documentLocale, messagesFor } from '../../i18n/index.ts';
import {
  browserStorage,
  clearReaderState,
  emptyReaderState,
  loadReaderState,
  readerNoticeText,
  saveReaderState,
} from '../shared/readerStore.ts';
import { parseSlideHash, slideHash, viewUrl } from '../shared/route.ts';
import { MAX_IMPORT_BYTES } from '../shared/takeHome.ts';
import { createReadBet, type ReadBet } from './readBets.ts';
import { buildReadChrome } from './readChrome.ts';
import { importReaderBets } from './readImport.ts';
import { buildReadPlan } from './readPlan.ts';
import { trackReadPosition } from './readPosition.ts';
import { watchReadSims } from './readSims.ts';
import { buildReadSections } from './readSlides.ts';
import { buildReadToc } from './readToc.ts';

export interface ReadView {
  destroy(): void;
}

const SAVE_DELAY_MS = 300;
const HASH_DELAY_MS = 300;
const hasSlideHash = (hash: string) => /^#\/\d/.test(hash);
type BetBlock = SimBlock & { bet: NonNullable<SimBlock['bet']> };

/**
 * The self-paced reading view: every slide as a readable card followed by its narrative, in one scrolling page,
 * with live simulations that run only while on screen, bets before the runs, and the reader's place, bets and
 * give-first plan kept on the device. `root` is the page's <main>; the header, toolbar, contents and footer go
 * beside it so the landmarks stay flat.
 */
export function startReadView(root: HTMLElement, deck: Deck, win: Window = window, notice?: string): ReadView {
  const doc = root.ownerDocument;
  const m = messagesFor(documentLocale(doc));
  doc.title = m.readDocumentTitle({ title: deck.meta.title });
  doc.body.classList.add('read-view');

  const storage = browserStorage(win);
  const loaded = loadReaderState(storage);
  const state = emptyReaderState(deck.meta.title);
  let staleNotice = loaded.notice && readerNoticeText(m, loaded.notice);
  if (loaded.state?.deckTitle === deck.meta.title) Object.assign(state, loaded.state);
  else if (loaded.state) {
    state.plan = loaded.state.plan;
    staleNotice = m.readOtherVersion();
  }

  let saveTimer = 0;
  let hashTimer = 0;
  const saveNow = () => {
    win.clearTimeout(saveTimer);
    saveTimer = 0;
    saveReaderState(storage, state);
  };
  const save = () => {
    win.clearTimeout(saveTimer);
    saveTimer = win.setTimeout(saveNow, SAVE_DELAY_MS);
  };

  const here = () => new URL(win.location.href);
  const chrome = buildReadChrome(doc, deck.meta, deck.slides.length, {
    startOver: () => startOver(),
    skipToReading: () => jumpTo(position.current(), true),
    importBets: (file) => void importBets(file),
  });
  const { sections, slides } = buildReadSections(doc, deck);
  const toc = buildReadToc(doc, slides, win.matchMedia?.('(min-width: 1000px)').matches ?? false);
  const plan = buildReadPlan(doc, state.plan, viewUrl(here(), 'handout', 0, 0), (p) => {
    state.plan = p;
    save();
  });

  const main = root.tagName === 'MAIN' ? root : doc.createElement('main');
  main.classList.add('read-main');
  main.replaceChildren(...sections, plan.section);
  const around = [chrome.header, chrome.toolbar, toc.nav];
  if (main === root) {
    root.before(...around);
    root.after(chrome.footer);
  } else root.replaceChildren(...around, main, chrome.footer);

  // Bets first (they hide their simulation until placed), then the simulations that run while visible.
  const bets = new Map<HTMLElement, ReadBet>();
  for (const { slide, article } of slides) {
    for (const block of slide.sims) {
      const el = article.querySelector<HTMLElement>(`.sim[data-sim="${CSS.escape(block.id)}"]`);
      if (!el || !block.bet) continue;
      const bet = createReadBet(doc, el, block as BetBlock, state.bets[block.id], (choice) => {
        state.bets[block.id] = choice;
        saveNow();
      });
      bets.set(el, bet);
    }
  }
  const sims = watchReadSims(win, deck, [...main.querySelectorAll<HTMLElement>('.sim[data-sim]')], bets);

  const articles = slides.map((s) => s.article);
  const indexOf = (id: string) => slides.findIndex((s) => s.slide.id === id);
  const indexAt = (hash: string) => {
    const { h, v } = parseSlideHash(hash);
    const exact = slides.findIndex((s) => s.slide.h === h && s.slide.v === v);
    return exact >= 0 ? exact : slides.findIndex((s) => s.slide.h === h);
  };
  const position = trackReadPosition(win, articles, (index) => {
    const { slide } = slides[index]!;
    chrome.setPosition(
      index,
      viewUrl(here(), 'present', slide.h, slide.v),
      viewUrl(here(), 'handout', slide.h, slide.v),
    );
    toc.markCurrent(slide.id);
    // the address follows once the scroll settles: each replaceState is a same-document navigation, profiled at up
    // to ~100 ms of the main thread per call on a slow phone (issue 19), once per slide passed while scrolling
    win.clearTimeout(hashTimer);
    hashTimer = win.setTimeout(
      () => win.history.replaceState(win.history.state, '', slideHash(slide.h, slide.v)),
      HASH_DELAY_MS,
    );
    if (state.slide !== slide.id) {
      state.slide = slide.id;
      save();
    }
  });
  const jumpTo = (index: number, focus: boolean) => {
    const article = articles[index];
    if (!article) return;
    if (index > 0) article.scrollIntoView({ block: 'start' });
    else win.scrollTo(0, 0);
    if (focus) article.focus({ preventScroll: true });
    position.update();
  };

  // A link with a place (`#/h/v`) wins; without one, the reader comes back where they left off.
  const stored = indexOf(state.slide);
  const linked = hasSlideHash(win.location.hash) ? indexAt(win.location.hash) : -1;
  const start = linked >= 0 ? linked : Math.max(0, stored);
  // The slides below the first one shown are laid out only as they come near (read.css, .read-later): the whole
  // page's first layout was most of a 1 s task on a slow phone (issue 19, profiled). Those above stay laid out, so a
  // jump lands exactly where it should.
  for (const article of articles.slice(start + 1)) article.classList.add('read-later');
  jumpTo(start, false);
  // Chromium moves the keyboard's starting point to where a scroll lands, so after a jump the first Tab went to a
  // control in the slide below instead of the skip link. Focusing the header for a moment puts it back at the top.
  chrome.header.tabIndex = -1;
  chrome.header.focus({ preventScroll: true });
  chrome.header.blur();
  chrome.header.removeAttribute('tabindex');
  if (notice) chrome.notify(notice);
  else if (staleNotice) chrome.notify(staleNotice);
  else if (linked >= 0 && stored > 0 && stored !== linked) {
    chrome.notify(m.readLastPlace({ slide: stored + 1 }), {
      label: m.readGoBack(),
      run: () => jumpTo(stored, true),
    });
  }

  const onHash = () => {
    if (!hasSlideHash(win.location.hash)) return;
    const index = indexAt(win.location.hash);
    if (index >= 0) jumpTo(index, true);
  };
  const onHide = () => {
    if (saveTimer) saveNow();
  };
  win.addEventListener('hashchange', onHash);
  win.addEventListener('pagehide', onHide);
  doc.addEventListener('visibilitychange', onHide);

  function destroy(): void {
    win.clearTimeout(saveTimer);
    win.clearTimeout(hashTimer);
    saveTimer = 0;
    win.removeEventListener('hashchange', onHash);
    win.removeEventListener('pagehide', onHide);
    doc.removeEventListener('visibilitychange', onHide);
    position.destroy();
    sims.destroy();
    for (const el of around) el.remove();
    chrome.footer.remove();
    main.replaceChildren();
  }

  /** The room's take-home file: its bets on this deck replace the reader's, and the view starts again showing them. */
  async function importBets(file: File): Promise<void> {
    const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text().catch(() => '');
    const { bets, notice } = importReaderBets(text, deck, m);
    if (Object.keys(bets).length === 0) {
      chrome.notify(notice);
      return;
    }
    Object.assign(state.bets, bets);
    saveNow();
    destroy();
    startReadView(root, deck, win, notice);
  }

  function startOver(): void {
    if (!win.confirm(m.readStartOverConfirm())) return;
    destroy();
    clearReaderState(storage);
    win.history.replaceState(win.history.state, '', slideHash(0, 0));
    startReadView(root, deck, win, m.readStartedOver());
  }

  return { destroy };
}
