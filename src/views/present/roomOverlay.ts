import type { RevealApi } from 'reveal.js';
import { el } from '../../dom/el.ts';
import '../../../assets/room.css';
import type { Deck, Slide } from '../../content/types.ts';
import { documentLocale, messagesFor } from '../../i18n/index.ts';
import type { BetStatus, BetView } from '../../roomProtocol/roomMessages.ts';
import { kitQueryOf } from '../shared/kitQuery.ts';
import { connectRoom, nextBetStep, type RoomClient, roomToken } from './roomClient.ts';

/** What the speaker view's console (or anything else in the presenter's window) can call. */
export interface RoomControls {
  /** true when the deck is served by `npm run room` with the presenter link */
  readonly live: boolean;
  /** phones connected now (0 without a room) */
  phones(): number;
  /** open, close, or show the outcome of the bet on the current slide; no-ops without a room or a bet */
  openBetting(): void;
  closeBetting(): void;
  revealOutcome(): void;
  /** the next step of the current slide's bet (open, close, outcome), as the bet key does */
  stepBetting(): void;
  /** the current slide's bet as the room last told it (null on a slide without a bet) */
  bet(): BetView | null;
  /** whether the join overlay is showing */
  joinShown(): boolean;
  toggleJoin(show?: boolean): void;
  destroy(): void;
}

/**
 * The room's keys, the same in the projector's window and the speaker window. Not W or E (the speaker window's
 * console plays and steps the simulation with them: opening betting must never start the run) and none that
 * reveal.js binds (N P H J K L B V . / F O A G C S ?).
 */
export const ROOM_KEYS = { join: 'q', bet: 't' } as const;
const LETTERS = 'ABCDEFGHIJKLMNOP';
const ORDER: BetStatus[] = ['waiting', 'open', 'closed', 'revealed'];

/**
 * The room on the projector. On a bet slide without its own line of choices a panel lists them (for a show of hands);
 * when the deck is served by the room and opened with the presenter link, every bet slide has it as a live tally, Q shows the join overlay and
 * T steps the bet (open, close, outcome). Without the room nothing else changes. The panel and overlay sit beside the
 * slides (not in them), so the deck's layout, reading view and handout are untouched.
 */
export function attachRoom(reveal: RevealApi, deck: Deck, win: Window): RoomControls {
  const doc = win.document;
  const m = messagesFor(documentLocale(doc));
  // reveal's help overlay (?) lists them with these descriptions
  const KEY_JOIN = { keyCode: 81, key: 'Q', description: m.roomKeyJoin() };
  const KEY_BET = { keyCode: 84, key: 'T', description: m.roomKeyBet() };
  const host = reveal.getRevealElement() as HTMLElement;
  const panel = el(doc, 'aside', undefined, 'room-panel');
  panel.hidden = true;
  panel.setAttribute('aria-live', 'polite');
  const overlay = el(doc, 'div', undefined, 'room-join');
  overlay.hidden = true;
  host.append(panel, overlay);
  showChoices(deck, host);
  const token = roomToken(kitQueryOf(win));
  let current: Slide | undefined;
  // the step last asked for: T pressed twice before the server answers goes on from there, not from the old status
  let asked: { bet: string; status: BetStatus } | null = null;
  const client: RoomClient | null = token ? connectRoom(win, token, () => draw()) : null;
  // the QR code's library (~10 KB gzip) is loaded only where a room serves the deck, not before every first slide
  let qrSvg: ((text: string, label: string) => string) | null = null;
  if (client)
    void import('../shared/qrSvg.ts').then((module) => {
      qrSvg = module.qrSvg;
      if (!overlay.hidden) drawOverlay();
    });

  const currentBet = (): BetView | null => {
    const block = current?.sims.find((s) => s.bet);
    if (!block?.bet) return null;
    const live = client?.state()?.bet;
    // the projector's own deck words the choices (the room's language may differ): the tally goes by choice number
    if (live && live.id === block.id) return { ...live, question: block.bet.question, choices: block.bet.choices };
    return {
      id: block.id,
      question: block.bet.question,
      choices: block.bet.choices,
      status: 'waiting',
      tally: null,
      verdict: null,
    };
  };

  const draw = () => {
    const bet = currentBet();
    if (asked && bet?.id === asked.bet && bet.status === asked.status) asked = null;
    // The slide's own line of choices (`.bet-choices`, see showChoices) is the show of hands; the panel is the room's
    // live tally, in a column of its own beside the slide (room.css), never over it.
    const shown = !!bet && client !== null;
    panel.hidden = !shown;
    if (host.classList.contains('room-aside') !== shown) {
      host.classList.toggle('room-aside', shown);
      reveal.layout();
    }
    if (bet && shown) drawPanel(bet);
    if (!overlay.hidden) drawOverlay();
  };

  // only with a room: without one the slide's own line of choices is the show of hands
  const drawPanel = (bet: BetView) => {
    if (!client) return;
    const total = bet.tally?.reduce((a, b) => a + b, 0) ?? 0;
    const head = el(doc, 'p', undefined, 'room-panel-head');
    const label = {
      waiting: () => m.roomPanelWaiting({ key: KEY_BET.key }),
      open: m.roomPanelOpen,
      closed: m.roomPanelClosed,
      revealed: m.roomPanelOutcome,
    }[bet.status]();
    // three readings side by side, each the catalogue's own
    const readings = [label, m.roomPanelCounts({ votes: total, phones: client.phones() })];
    if (!client.connected()) readings.push(m.roomPanelReconnecting());
    head.textContent = readings.join(' · ');
    const list = el(doc, 'ol', undefined, 'room-choices');
    bet.choices.forEach((choice, i) => {
      const li = el(doc, 'li');
      li.dataset.choice = String(i);
      li.append(el(doc, 'span', `${LETTERS[i] ?? i + 1}. ${choice}`, 'room-choice-text'));
      if (bet.tally) {
        const n = bet.tally[i] ?? 0;
        const bar = el(doc, 'span', undefined, 'room-bar');
        bar.style.width = `${total ? (100 * n) / total : 0}%`;
        li.append(bar, el(doc, 'span', String(n), 'room-count'));
      }
      if (bet.status === 'revealed' && bet.verdict === i) li.classList.add('room-verdict');
      list.append(li);
    });
    const parts: HTMLElement[] = [head, list];
    if (bet.status === 'revealed')
      parts.push(
        el(
          doc,
          'p',
          bet.verdict === null
            ? m.roomOutcomeOnScreen()
            : m.roomModelSupports({ letter: LETTERS[bet.verdict] ?? String(bet.verdict + 1) }),
          'room-outcome',
        ),
      );
    panel.dataset.status = bet.status;
    panel.replaceChildren(...parts);
  };

  const drawOverlay = () => {
    const s = client?.state();
    const urls = s?.joinUrls ?? [];
    const lan = urls.find((u) => !u.includes('//localhost')) ?? urls[0];
    const box = el(doc, 'div', undefined, 'room-join-box');
    box.append(el(doc, 'h2', m.roomJoinTitle()));
    if (!client) box.append(el(doc, 'p', m.roomJoinNoServer()));
    else if (!lan) box.append(el(doc, 'p', m.roomJoinConnecting()));
    else {
      const qr = el(doc, 'div', undefined, 'room-qr');
      // made here from the server's own address, not from a phone
      if (qrSvg) qr.innerHTML = qrSvg(lan, m.roomJoinQrLabel({ url: lan }));
      box.append(
        qr,
        el(doc, 'p', lan, 'room-url'),
        el(doc, 'p', m.roomJoinCode({ code: s?.room ?? '', phones: client.phones() })),
      );
    }
    box.append(el(doc, 'p', m.roomJoinClose({ key: KEY_JOIN.key }), 'room-hint'));
    overlay.replaceChildren(box);
  };

  const step = (want?: 'open' | 'close' | 'reveal') => {
    const bet = currentBet();
    if (!client || !bet) return;
    const ahead = asked?.bet === bet.id && ORDER.indexOf(asked.status) > ORDER.indexOf(bet.status);
    const next = want ?? nextBetStep(ahead && asked ? { ...bet, status: asked.status } : bet);
    if (next) asked = { bet: bet.id, status: next === 'open' ? 'open' : next === 'close' ? 'closed' : 'revealed' };
    if (next === 'open') client.openBetting(bet.id);
    else if (next === 'close') client.closeBetting(bet.id);
    else if (next === 'reveal') client.revealOutcome(bet.id);
  };
  const toggleJoin = (show = overlay.hidden) => {
    overlay.hidden = !show;
    draw();
  };

  const follow = () => {
    const { h, v } = reveal.getIndices();
    current = deck.slides.find((s) => s.h === h && s.v === (v ?? 0));
    asked = null;
    if (current) client?.moveTo(current.id);
    draw();
  };
  reveal.on('slidechanged', follow);
  reveal.addKeyBinding(KEY_JOIN, () => toggleJoin());
  reveal.addKeyBinding(KEY_BET, () => step());
  follow();

  return {
    live: client !== null,
    phones: () => client?.phones() ?? 0,
    openBetting: () => step('open'),
    closeBetting: () => step('close'),
    revealOutcome: () => step('reveal'),
    stepBetting: () => step(),
    bet: () => (client ? currentBet() : null),
    joinShown: () => !overlay.hidden,
    toggleJoin,
    destroy() {
      reveal.off('slidechanged', follow);
      reveal.removeKeyBinding(KEY_JOIN.keyCode);
      reveal.removeKeyBinding(KEY_BET.keyCode);
      client?.stop();
      host.classList.remove('room-aside');
      panel.remove();
      overlay.remove();
    },
  };
}

/**
 * A bet slide shows its choices once, in the slide, for a show of hands: a slide whose author wrote no line of choices
 * (`<p class="bet-choices">`) gets one under its title, made from the block's choices (the reading view hides it
 * beside its own bet form, as it does the authored line).
 */
function showChoices(deck: Deck, host: HTMLElement) {
  for (const slide of deck.slides) {
    const bet = slide.sims.find((s) => s.bet)?.bet;
    const section = host.querySelector<HTMLElement>(`section[data-slide-id="${CSS.escape(slide.id)}"]`);
    if (!bet || !section || section.querySelector('.bet-choices')) continue;
    const line = el(section.ownerDocument, 'p', bet.choices.join(' · '), 'bet-choices');
    const title = section.querySelector(':scope > h1, :scope > h2, :scope > h3');
    if (title) title.after(line);
    else section.prepend(line);
  }
}
