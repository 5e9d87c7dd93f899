import './join.css';
import { el } from '../dom/el.ts';
import { deckLocale, LOCALES, messagesFor, startLocale } from '../i18n/index.ts';
import { checkServerMessage } from '../roomProtocol/checkServerMessage.ts';
import { createReconnectingSocket, roomSocketUrl } from '../roomProtocol/reconnectingSocket.ts';
import type { ServerMessage } from '../roomProtocol/roomMessages.ts';
import { parseKitQuery } from '../views/shared/kitQuery.ts';
import { createLanguageSwitch } from '../views/shared/languageSwitch.ts';
import { deviceId } from './deviceId.ts';
import { renderJoin } from './joinView.ts';
import { resultsFile } from './resultsFile.ts';

type State = Extract<ServerMessage, { type: 'state' }>;

/**
 * The participant page: follows the room, votes, keeps its vote across reconnects, takes the results home. In the
 * phone's own language (`?lang=` > its switch's stored choice > the browser's languages), whatever the projector
 * shows: the server sends the deck's words in that language, and votes go by choice number.
 */
function startJoin(root: HTMLElement, win: Window): void {
  let storage: Storage | null = null;
  try {
    storage = win.localStorage;
  } catch {}
  const doc = win.document;
  // every catalogue language: the room serves each translation of the deck (and English where one is missing)
  // ?lang= as the kit's one reader of the address checks it (views/shared/kitQuery.ts)
  const { locale } = startLocale(win, LOCALES, parseKitQuery(win.location.search).lang);
  doc.documentElement.dataset.languages = LOCALES.join(' ');
  const m = messagesFor(locale);
  const lang = deckLocale(locale);
  doc.title = m.joinDocumentTitle();
  root.replaceChildren(el(doc, 'p', m.joinJoining()));
  const languages = createLanguageSwitch(doc, new URL(win.location.href), 'join-languages');
  const device = deviceId(storage, win.crypto);
  let state: State | null = null;
  // a vote tapped but not yet confirmed: resent after a reconnect until the server says "recorded"
  let pending: { bet: string; choice: number } | null = null;
  let notice = '';

  const draw = () => {
    if (!state) return;
    const vote = state.bet ? state.yourVote : null;
    const pend = pending && state.bet && pending.bet === state.bet.id ? pending.choice : null;
    renderJoin(
      root,
      state,
      { vote, pending: pend, connected: socket.connected },
      { vote: castVote, download },
      m,
      languages,
    );
    if (notice) {
      const p = root.ownerDocument.createElement('p');
      p.className = 'join-notice';
      p.setAttribute('role', 'alert');
      p.textContent = notice;
      root.append(p);
    }
    root.ownerDocument.documentElement.dataset.ready = '';
  };
  const castVote = (bet: string, choice: number) => {
    pending = { bet, choice };
    notice = '';
    socket.send(JSON.stringify({ type: 'vote', device, bet, choice }));
    draw();
  };
  const download = () => {
    if (!state) return;
    const file = resultsFile(state.deckTitle, state.room, state.history, new Date().toISOString());
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const a = root.ownerDocument.createElement('a');
    a.href = url;
    a.download = `give-first-bets-${state.room}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const socket = createReconnectingSocket({
    url: roomSocketUrl(win.location),
    open: (url) => new WebSocket(url),
    onOpen: (send) => {
      send(JSON.stringify({ type: 'hello', device, lang }));
      if (pending) send(JSON.stringify({ type: 'vote', device, ...pending }));
    },
    onMessage: (text) => {
      const msg = checkServerMessage(text);
      if (!msg) return;
      if (msg.type === 'state') state = msg;
      else if (msg.type === 'recorded' && state) {
        if (pending?.bet === msg.bet) pending = null;
        if (state.bet?.id === msg.bet) state = { ...state, yourVote: msg.choice };
        // the take-home list follows: the next state has it; until then note the bet locally
        if (!state.history.some((h) => h.bet === msg.bet) && state.bet?.id === msg.bet)
          state.history.push({
            bet: msg.bet,
            question: state.bet.question,
            choices: state.bet.choices,
            yourVote: msg.choice,
            tally: null,
            verdict: null,
          });
        else state.history = state.history.map((h) => (h.bet === msg.bet ? { ...h, yourVote: msg.choice } : h));
      } else if (msg.type === 'refused') {
        pending = null;
        // the server's reason is for logs; the phone says it in its own words (roomState.ts's 'betting is closed')
        notice = msg.reason === 'betting is closed' ? m.joinRefusedClosed() : m.joinRefused();
      }
      draw();
    },
    onStatus: () => draw(),
  });
}

startJoin(document.getElementById('join')!, window);
