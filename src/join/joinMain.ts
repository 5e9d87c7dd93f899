import './join.css';
import { checkServerMessage } from '../roomProtocol/checkServerMessage.ts';
import { createReconnectingSocket, roomSocketUrl } from '../roomProtocol/reconnectingSocket.ts';
import type { ServerMessage } from '../roomProtocol/roomMessages.ts';
import { deviceId } from './deviceId.ts';
import { renderJoin } from './joinView.ts';
import { resultsFile } from './resultsFile.ts';

type State = Extract<ServerMessage, { type: 'state' }>;

/** The participant page: follows the room, votes, keeps its vote across reconnects, takes the results home. */
function startJoin(root: HTMLElement, win: Window): void {
  let storage: Storage | null = null;
  try {
    storage = win.localStorage;
  } catch {}
  const device = deviceId(storage, win.crypto);
  let state: State | null = null;
  // a vote tapped but not yet confirmed: resent after a reconnect until the server says "recorded"
  let pending: { bet: string; choice: number } | null = null;
  let notice = '';

  const draw = () => {
    if (!state) return;
    const vote = state.bet ? state.yourVote : null;
    const pend = pending && state.bet && pending.bet === state.bet.id ? pending.choice : null;
    renderJoin(root, state, { vote, pending: pend, connected: socket.connected }, { vote: castVote, download });
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
      send(JSON.stringify({ type: 'hello', device }));
      if (pending) send(JSON.stringify({ type: 'vote', device, ...pending }));
    },
    onMessage: (text) => {
      const m = checkServerMessage(text);
      if (!m) return;
      if (m.type === 'state') state = m;
      else if (m.type === 'recorded' && state) {
        if (pending?.bet === m.bet) pending = null;
        if (state.bet?.id === m.bet) state = { ...state, yourVote: m.choice };
        // the take-home list follows: the next state has it; until then note the bet locally
        if (!state.history.some((h) => h.bet === m.bet) && state.bet?.id === m.bet)
          state.history.push({
            bet: m.bet,
            question: state.bet.question,
            choices: state.bet.choices,
            yourVote: m.choice,
            tally: null,
            verdict: null,
          });
        else state.history = state.history.map((h) => (h.bet === m.bet ? { ...h, yourVote: m.choice } : h));
      } else if (m.type === 'refused') {
        pending = null;
        notice = `Not recorded: ${m.reason}.`;
      }
      draw();
    },
    onStatus: () => draw(),
  });
}

startJoin(document.getElementById('join')!, window);
