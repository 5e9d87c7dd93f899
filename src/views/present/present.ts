import type { RevealApi } from 'reveal.js';
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/serif.css';
import '../../../assets/theme.css';
import '../../../assets/slideContent.css';
import '../../../assets/sim.css';
import type { Deck } from '../../content/types.ts';
import { documentLocale, messagesFor } from '../../i18n/index.ts';
import { kitQueryOf, parseKitQuery } from '../shared/kitQuery.ts';
import { viewUrl } from '../shared/route.ts';
import { createSimMounts, type SimMounts } from '../shared/simMounts.ts';
import { createViewChoice } from '../shared/viewChoice.ts';
import { buildSlides } from './buildSlides.ts';
import { deckKeyHandler } from './deckKeys.ts';
import { nameRevealChrome } from './revealChrome.ts';
import { withRevealQuery } from './revealQuery.ts';
import { attachRoom, type RoomControls } from './roomOverlay.ts';
import { watchSpeakerWindow } from './speakerWindow.ts';

export interface PresentView {
  readonly reveal: RevealApi;
  /** the room (`npm run room`): a bet slide's choices, and with the presenter link the live tally and betting */
  readonly room: RoomControls | null;
  /** Replaces the slides (hot reload) and stays on the current slide. */
  update(deck: Deck): Promise<void>;
  destroy(): void;
}

/** reveal.js over the parsed deck, with the speaker view, and live simulations on the slides that show them. */
export async function startPresentView(root: HTMLElement, deck: Deck, win: Window = window): Promise<PresentView> {
  const doc = root.ownerDocument;
  const kit = kitQueryOf(win);
  const { print, pane } = kit;
  const revealEl = doc.createElement('div');
  revealEl.className = 'reveal';
  const slidesEl = doc.createElement('div');
  slidesEl.className = 'slides';
  revealEl.append(slidesEl);
  root.replaceChildren(revealEl);
  doc.title = deck.meta.title;

  const reducedMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  // the deck's keys that reach a simulation's slider or text field (reveal ignores those): set once reveal is up
  let deckKey: ((e: KeyboardEvent) => void) | undefined;
  const mountOptions = { sync: true, reducedMotion, premount: true, deckKey: (e: KeyboardEvent) => deckKey?.(e) };
  let mounts: SimMounts = createSimMounts(deck, { ...mountOptions, sims: kit.sims });

  const fill = async (d: Deck) => {
    slidesEl.replaceChildren(...buildSlides(doc, d, { lazyImages: !print }));
    slidesEl.querySelector('section')?.append(createViewChoice(doc, new URL(win.location.href)));
    // Print copies slides for fragments: drawing before reveal lays out the pages puts a settled picture on every copy.
    if (print) await mounts.drawStatic(slidesEl);
  };
  await fill(deck);

  const reveal = new Reveal(revealEl, {
    hash: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    progress: true,
    controls: true,
    // the bouncing-arrow hint animates every frame until the first keyboard navigation, which the speaker view's
    // two panes never get: three decks repainting for minutes while a presenter talks
    controlsTutorial: false,
    width: 1280,
    height: 720,
    margin: 0.04,
    // "next" alone (PageDown, →, a clicker) visits every slide once, in the reading view's order
    navigationMode: 'linear',
    transition: 'slide',
    pdfSeparateFragments: true,
    totalTime: deck.meta.totalTime ? deck.meta.totalTime * 60 : undefined,
    plugins: [Notes],
  });
  // reveal reads the query string as settings inside initialize(): it sees only the ones the kit relies on
  await withRevealQuery(win, kit.reveal, () => reveal.initialize());
  nameRevealChrome(revealEl, messagesFor(documentLocale(doc)));
  deckKey = deckKeyHandler(reveal, revealEl);

  const follow = () => {
    if (print) return;
    const slide = reveal.getCurrentSlide();
    const shown = mounts.show(slide);
    // A widget changes its slide's height once mounted: re-centre the slide, or its controls fall off the bottom.
    // Only then: reveal lays out at every slide change itself (a widget mounted ahead, on the slide before, is laid
    // out already), and a layout forced for nothing delays the slide (profiled: ~15% of an arrival's long tasks).
    if (slide?.querySelector('.sim[data-sim]')) void shown.then((mounted) => mounted && reveal.layout());
    const { h } = reveal.getIndices();
    // the next slide: reveal's getSlide(h, v + 1) is slide h itself when h is not a vertical stack
    const below = slide?.parentElement?.matches('section') ? slide.nextElementSibling : null;
    mounts.preload(below ?? reveal.getSlide(h + 1, 0) ?? null);
    syncSwitchLinks();
  };
  // The reading view opens at the slide on screen: keep its link pointing there.
  const syncSwitchLinks = () => {
    const { h, v } = reveal.getIndices();
    for (const a of doc.querySelectorAll<HTMLAnchorElement>('.view-choice a')) {
      const view = parseKitQuery(new URL(a.href).search).view === 'handout' ? 'handout' : 'read';
      a.href = viewUrl(new URL(win.location.href), view, h, v ?? 0);
    }
  };
  reveal.on('slidechanged', follow);
  follow();
  // the room (phones, tally) and the speaker window belong to the audience's window, not to the speaker view's panes
  const room = print || pane ? null : attachRoom(reveal, deck, win);

  // speaker window: cues, notes at reading size and the simulation console (see speakerWindow.ts); not in its panes
  let shownDeck = deck;
  const speaker =
    print || pane
      ? undefined
      : watchSpeakerWindow(win, reveal, {
          deck: () => shownDeck,
          widgetState: (el) => mounts.widget(el)?.getState(),
          room: () => room,
        });

  return {
    reveal,
    room,
    async update(next: Deck) {
      const { h, v, f } = reveal.getIndices();
      mounts.destroy();
      mounts = createSimMounts(next, mountOptions);
      await fill(next);
      reveal.sync();
      reveal.slide(h, v, f);
      follow();
      shownDeck = next;
      speaker?.refresh();
    },
    destroy() {
      speaker?.destroy();
      room?.destroy();
      mounts.destroy();
      reveal.destroy();
    },
  };
}
