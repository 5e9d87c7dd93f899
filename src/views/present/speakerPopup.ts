import type { RevealApi } from 'reveal.js';
import css from '../../../assets/speaker.css?inline';
import { documentLocale, messagesFor } from '../../i18n/index.ts';
import { createSimSync } from '../../widgets/createSimSync.ts';
import { simStateFromQuery } from '../../widgets/urlState.ts';
import { kitQueryOf } from '../shared/kitQuery.ts';
import { blocksById } from '../shared/printedFigures.ts';
import { nameRevealSpeakerView } from './revealChrome.ts';
import { CONSOLE_KEYS, createSpeakerConsole, type SpeakerConsole } from './speakerConsole.ts';
import { createSpeakerRoom } from './speakerRoom.ts';
import type { SpeakerSource } from './speakerWindow.ts';

const TYPING = new Set(['text', 'number', 'search']);

/**
 * Lays out reveal's speaker window for a presenter glancing down mid-sentence: the current slide's cues in a strip of
 * their own above the notes (never scrolled away), notes at reading size in a box of their own, the simulation
 * console under the current slide, the clock and the upcoming slide small at the bottom. Everything is built by the
 * main window into the popup's document (same origin), so it works wherever the speaker view does, the single file
 * from disk included. The iframes of the panes are never moved (a moved iframe reloads): the layout is CSS grid.
 */
export function dressSpeakerPopup(popup: Window, win: Window, reveal: RevealApi, source: SpeakerSource) {
  const doc = popup.document;
  const body = doc.body;
  const mark = (node: HTMLElement) => {
    node.dataset.gf = '';
    return node;
  };
  // A reloaded main window dresses the popup again: what an earlier one added goes (its code is gone with it).
  for (const old of doc.querySelectorAll('[data-gf]:not(#gf-time)')) old.remove();

  const style = mark(doc.createElement('style'));
  style.textContent = css;
  doc.head.append(style);
  body.classList.add('gf-speaker');
  // the speaker window speaks the page's language (startLocale set it on the main window's <html lang>)
  const locale = documentLocale(win.document);
  const m = messagesFor(locale);
  doc.documentElement.lang = locale;
  doc.title = m.speakerDocumentTitle({ title: source.deck().meta.title });

  nameRevealSpeakerView(doc, m);

  const controls = doc.getElementById('speaker-controls')!;
  const notes = controls.querySelector<HTMLElement>('.speaker-controls-notes');
  const cues = mark(doc.createElement('div'));
  cues.id = 'gf-cues';
  cues.setAttribute('role', 'region');
  cues.setAttribute('aria-label', m.speakerCuesLabel());
  controls.insertBefore(cues, notes ?? null);

  // The room (only when the deck is served by `npm run room` with the presenter link): phones, betting, join overlay.
  const roomControls = source.room?.();
  const room = roomControls?.live ? createSpeakerRoom(doc, roomControls) : null;
  if (room) controls.insertBefore(room.element, cues);

  // The clock and pacing get a corner of their own, beside the upcoming slide (moved, not copied: reveal updates it).
  let time = doc.getElementById('gf-time');
  if (!time) {
    time = mark(doc.createElement('div'));
    time.id = 'gf-time';
    const clockEl = controls.querySelector('.speaker-controls-time');
    if (clockEl) time.append(clockEl);
    body.append(time);
  }

  const panel = mark(doc.createElement('div'));
  panel.id = 'gf-console';
  body.append(panel);
  const quiet = doc.createElement('p');
  quiet.className = 'gf-console-none';
  quiet.textContent = m.speakerNoSim({
    play: CONSOLE_KEYS.togglePlay.toUpperCase(),
    step: CONSOLE_KEYS.step.toUpperCase(),
  });

  // Cues: copied from the notes reveal writes into a strip above them; the notes start at the top on every slide.
  const value = notes?.querySelector<HTMLElement>('.value');
  const showCues = () => {
    const shown = notes && !notes.classList.contains('hidden') && value ? [...value.querySelectorAll('.cue')] : [];
    cues.replaceChildren(...shown.map((c) => c.cloneNode(true)));
    cues.hidden = shown.length === 0;
    if (notes) notes.scrollTop = 0;
  };
  const observer = new MutationObserver(showCues);
  if (notes)
    observer.observe(notes, { subtree: true, childList: true, characterData: true, attributeFilter: ['class'] });
  showCues();

  // The simulation console: one per simulation on the current slide, on its own channel of the windows' sync.
  const sync = createSimSync();
  let consoles: SpeakerConsole[] = [];
  const follow = () => {
    for (const c of consoles) c.destroy();
    consoles = [];
    quiet.remove();
    const deck = source.deck();
    const blocks = blocksById(deck);
    const slide = reveal.getCurrentSlide();
    const sims = slide ? [...slide.querySelectorAll<HTMLElement>('.sim[data-sim]')] : [];
    for (const el of sims) {
      const block = blocks.get(el.dataset.sim ?? '');
      if (!block) continue;
      const start = source.widgetState(el) ?? simStateFromQuery(kitQueryOf(win).sims.get(block.id)).state;
      const title = deck.slides.find((s) => s.sims.includes(block))?.title || block.preset;
      const c = createSpeakerConsole(doc, block, sync, start, title);
      panel.append(c.element);
      consoles.push(c);
    }
    if (!consoles.length) panel.replaceChildren(quiet);
  };
  reveal.on('slidechanged', follow);
  follow();

  // Play/pause and step from anywhere in the window. reveal's speaker view forwards every key to its current pane;
  // ours stop here. Inside the console, keys that work a focused control stay with it.
  // The room's keys (T, Q) are the projector window's, so the presenter's habit works in either window.
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target as HTMLElement;
    const tag = t.tagName?.toLowerCase();
    if ((tag === 'input' && TYPING.has((t as HTMLInputElement).type)) || tag === 'textarea') return;
    const key = e.key.toLowerCase();
    if (room?.key(key)) {
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    if (!consoles.length) return;
    if (key === CONSOLE_KEYS.togglePlay) consoles[0]!.togglePlay();
    else if (key === CONSOLE_KEYS.step) consoles[0]!.step();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const onConsoleKey = (e: KeyboardEvent) => {
    const t = e.target as HTMLElement;
    const tag = t.tagName.toLowerCase();
    const type = (t as HTMLInputElement).type;
    const arrows = e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End';
    const working =
      (arrows && (tag === 'select' || (tag === 'input' && type === 'range'))) ||
      (tag === 'input' && TYPING.has(type) && e.key !== 'Escape') ||
      ((e.key === ' ' || e.key === 'Enter') && (tag === 'button' || tag === 'select'));
    // kept from reveal's forwarding, which would also turn the slide (an arrow moving a slider, Space on a button)
    if (working) e.stopPropagation();
  };
  popup.addEventListener('keydown', onKey, true);
  panel.addEventListener('keydown', onConsoleKey);

  const destroy = () => {
    reveal.off('slidechanged', follow);
    observer.disconnect();
    for (const c of consoles) c.destroy();
    consoles = [];
    room?.destroy();
    sync.close();
    try {
      popup.removeEventListener('keydown', onKey, true);
      popup.removeEventListener('pagehide', destroy);
    } catch {
      // the popup is gone
    }
  };
  popup.addEventListener('pagehide', destroy);
  return { refresh: follow, destroy };
}
