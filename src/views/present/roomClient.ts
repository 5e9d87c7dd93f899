import { checkServerMessage } from '../../roomProtocol/checkServerMessage.ts';
import {
  createReconnectingSocket,
  type ReconnectingSocket,
  roomSocketUrl,
} from '../../roomProtocol/reconnectingSocket.ts';
import { type BetView, type ClientMessage, isToken, type ServerMessage } from '../../roomProtocol/roomMessages.ts';
import type { KitQuery } from '../shared/kitQuery.ts';

type State = Extract<ServerMessage, { type: 'state' }>;

/** The projector's side of the room: what it knows, and the presenter's actions (each carries the token). */
export interface RoomClient {
  /** the room's latest state as the server sent it (null until connected) */
  state(): State | null;
  connected(): boolean;
  /** phones connected, as the server last said */
  phones(): number;
  moveTo(slide: string): void;
  openBetting(bet: string): void;
  closeBetting(bet: string): void;
  revealOutcome(bet: string): void;
  reset(): void;
  stop(): void;
}

/** The presenter link's token (`?room=…`), or null: then the deck is not served by a room and nothing changes. */
export function roomToken(kit: Pick<KitQuery, 'room' | 'pane'>): string | null {
  // the speaker view's slide previews load the deck with `receiver`: they must not drive the room
  if (kit.pane) return null;
  const token = kit.room;
  return token && isToken(token) ? token : null;
}

export function connectRoom(win: Window, token: string, onChange: () => void): RoomClient {
  let state: State | null = null;
  let phones = 0;
  let slide: string | null = null;
  const device = `presenter-${Array.from(win.crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
  const socket: ReconnectingSocket = createReconnectingSocket({
    url: roomSocketUrl(win.location),
    open: (url) => new WebSocket(url),
    onOpen: (send) => {
      send(JSON.stringify({ type: 'hello', device, token } satisfies ClientMessage));
      // after a reconnect (the server restarted) the room follows the projector again
      if (slide) send(JSON.stringify({ type: 'slide', token, slide } satisfies ClientMessage));
    },
    onMessage: (text) => {
      const m = checkServerMessage(text);
      if (!m) return;
      if (m.type === 'state') {
        state = m;
        phones = m.connected ?? phones;
      } else if (m.type === 'tally' && state?.bet?.id === m.bet) {
        state = { ...state, bet: { ...state.bet, tally: m.tally } };
        phones = m.connected;
      } else if (m.type === 'presence') phones = m.connected;
      onChange();
    },
    onStatus: onChange,
  });
  const send = (m: ClientMessage) => socket.send(JSON.stringify(m));
  return {
    state: () => state,
    connected: () => socket.connected,
    phones: () => phones,
    moveTo(id) {
      slide = id;
      send({ type: 'slide', token, slide: id });
    },
    openBetting: (bet) => send({ type: 'open', token, bet }),
    closeBetting: (bet) => send({ type: 'close', token, bet }),
    revealOutcome: (bet) => send({ type: 'reveal', token, bet }),
    reset: () => send({ type: 'reset', token }),
    stop: () => socket.stop(),
  };
}

/** The betting key's next step for a bet: open it, close it, then show the outcome. */
export function nextBetStep(bet: BetView): 'open' | 'close' | 'reveal' | null {
  if (bet.status === 'waiting') return 'open';
  if (bet.status === 'open') return 'close';
  if (bet.status === 'closed') return 'reveal';
  return null;
}
