import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  type BetStatus,
  type BetView,
  type ClientMessage,
  checkClientMessage,
  type HistoryEntry,
  isPresenterMessage,
  type PresenterMessage,
  type ServerMessage,
} from '../src/roomProtocol/roomMessages.ts';
import { createModelVerdict } from './modelVerdict.ts';
import { createRateLimit } from './rateLimit.ts';
import type { RoomBet, RoomDeck } from './roomDeck.ts';
import type { RoomStore, StoredRoom } from './roomStore.ts';
import { setSecurityHeaders } from './securityHeaders.ts';

export interface RoomServerOptions {
  dist: string;
  deck: RoomDeck;
  store: RoomStore;
  room: StoredRoom;
  port: number;
  host: string;
  /** where phones join (printed, and shown on the projector's join overlay); filled in once the port is known */
  joinUrls: (port: number) => string[];
}

export interface RoomStats {
  /** messages dropped: failed the schema, over the rate limit, binary, too large */
  dropped: number;
  /** well-formed messages refused: wrong token, betting closed, unknown bet or slide */
  refused: number;
  votes: number;
  connected: number;
}

export interface RunningRoom {
  port: number;
  stats: RoomStats;
  close(): Promise<void>;
}

interface Client {
  socket: WebSocket;
  device: string | null;
  presenter: boolean;
  allow: () => boolean;
  /** messages dropped in a row by the rate limit; a connection that keeps flooding is closed */
  flooded: number;
}

const WS_PATH = '/room/ws';
const FLOOD_CLOSE = 500;

/** The room: the built kit and the participant page over HTTP, and the room's messages over one WebSocket path. */
export async function startRoomServer(o: RoomServerOptions): Promise<RunningRoom> {
  const { deck, store } = o;
  let room = o.room;
  const stats: RoomStats = { dropped: 0, refused: 0, votes: 0, connected: 0 };
  const modelVerdict = createModelVerdict();
  const statuses = new Map<string, BetStatus>();
  // the store's votes per bet, read once and then kept in step with each write (the store is written first)
  const votes = new Map<string, Map<string, number>>();
  const votesOn = (bet: string) => {
    let v = votes.get(bet);
    if (!v) {
      v = store.votesOn(room.id, bet);
      votes.set(bet, v);
    }
    return v;
  };
  const tallyOf = (bet: RoomBet) => {
    const out = new Array<number>(bet.choices.length).fill(0);
    for (const choice of votesOn(bet.id).values()) if (choice < out.length) out[choice]!++;
    return out;
  };
  const restore = () => {
    votes.clear();
    statuses.clear();
    for (const [bet, kind] of store.betStatuses(room.id))
      statuses.set(bet, kind === 'open' ? 'open' : kind === 'close' ? 'closed' : 'revealed');
  };
  restore();
  let slide = store.lastSlide(room.id) ?? deck.slides.keys().next().value ?? '0';
  const clients = new Set<Client>();
  // phones only: the projector's own connection is not a participant
  const phoneCount = () => {
    let n = 0;
    for (const c of clients) if (!c.presenter) n++;
    return n;
  };
  let joinUrls: string[] = [];

  const serve = sirv(o.dist, { dev: false, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    setSecurityHeaders(res, path === '/join' || path === '/join.html');
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });

  const betView = (bet: RoomBet, forPresenter: boolean): BetView => {
    const status = statuses.get(bet.id) ?? 'waiting';
    const showTally = forPresenter || status === 'closed' || status === 'revealed';
    return {
      id: bet.id,
      question: bet.question,
      choices: bet.choices,
      status,
      tally: showTally ? tallyOf(bet) : null,
      verdict: status === 'revealed' ? modelVerdict(bet) : null,
    };
  };
  const history = (device: string | null): HistoryEntry[] => {
    if (!device) return [];
    const out: HistoryEntry[] = [];
    for (const [betId, choice] of store.votesOf(room.id, device)) {
      const bet = deck.bets.get(betId);
      if (!bet) continue;
      const view = betView(bet, false);
      out.push({
        bet: betId,
        question: bet.question,
        choices: bet.choices,
        yourVote: choice,
        tally: view.tally,
        verdict: view.verdict,
      });
    }
    return out;
  };
  const stateFor = (c: Client): ServerMessage => {
    const bet = deck.betOn(slide);
    return {
      type: 'state',
      room: room.code,
      deckTitle: deck.title,
      presenter: c.presenter,
      slide: deck.slides.get(slide) ?? null,
      bet: bet ? betView(bet, c.presenter) : null,
      yourVote: bet && c.device ? (votesOn(bet.id).get(c.device) ?? null) : null,
      history: history(c.device),
      ...(c.presenter ? { connected: stats.connected, joinUrls } : {}),
    };
  };
  const send = (c: Client, m: ServerMessage) => {
    if (c.socket.readyState === c.socket.OPEN) c.socket.send(JSON.stringify(m));
  };
  const broadcastState = () => {
    for (const c of clients) send(c, stateFor(c));
  };
  const tallyToPresenters = (bet: RoomBet) => {
    const m: ServerMessage = {
      type: 'tally',
      bet: bet.id,
      tally: tallyOf(bet),
      connected: stats.connected,
    };
    const text = JSON.stringify(m);
    for (const c of clients) if (c.presenter && c.socket.readyState === c.socket.OPEN) c.socket.send(text);
  };
  const tokenOk = (token: string | undefined) => {
    if (!token) return false;
    const a = Buffer.from(token);
    const b = Buffer.from(room.token);
    return a.length === b.length && timingSafeEqual(a, b);
  };
  const refuse = (c: Client, reason: string) => {
    stats.refused++;
    send(c, { type: 'refused', reason });
  };

  const presenterAction = (c: Client, m: PresenterMessage) => {
    if (!tokenOk(m.token)) return refuse(c, 'only the presenter can do that');
    if (m.type === 'slide') {
      if (!deck.slides.has(m.slide)) return refuse(c, 'no such slide');
      slide = m.slide;
      store.recordEvent(room.id, 'slide', slide);
    } else if (m.type === 'reset') {
      // a fresh room with the same code and token: the old room's votes stay in the store (and in the export)
      room = store.createRoom(room.code, room.token, room.deckTitle);
      store.recordEvent(room.id, 'reset', '');
      restore();
    } else {
      if (!deck.bets.has(m.bet)) return refuse(c, 'no such bet');
      const kind = m.type;
      store.recordEvent(room.id, kind, m.bet);
      statuses.set(m.bet, kind === 'open' ? 'open' : kind === 'close' ? 'closed' : 'revealed');
    }
    store.touchRoom(room.id);
    broadcastState();
  };

  const vote = (c: Client, m: Extract<ClientMessage, { type: 'vote' }>) => {
    const bet = deck.bets.get(m.bet);
    if (!bet) return refuse(c, 'no such bet');
    if (statuses.get(bet.id) !== 'open') return refuse(c, 'betting is closed');
    if (m.choice >= bet.choices.length) return refuse(c, 'no such choice');
    c.device = m.device;
    // the phone hears "recorded" only after the write has committed
    store.recordVote(room.id, bet.id, m.device, m.choice);
    votesOn(bet.id).set(m.device, m.choice);
    stats.votes++;
    send(c, { type: 'recorded', bet: bet.id, choice: m.choice });
    tallyToPresenters(bet);
  };

  const onMessage = (c: Client, data: unknown, isBinary: boolean) => {
    if (!c.allow()) {
      stats.dropped++;
      if (++c.flooded >= FLOOD_CLOSE) c.socket.close(1008, 'too many messages');
      return;
    }
    c.flooded = 0;
    const text = !isBinary && Buffer.isBuffer(data) ? data.toString('utf8') : data;
    const checked = checkClientMessage(text, isBinary);
    if (!checked.ok) {
      stats.dropped++;
      return;
    }
    const m = checked.message;
    try {
      if (m.type === 'hello') {
        c.device = m.device;
        c.presenter = m.token !== undefined && tokenOk(m.token);
        if (m.token !== undefined && !c.presenter) refuse(c, 'wrong presenter link');
        if (c.presenter) stats.connected = phoneCount();
        send(c, stateFor(c));
      } else if (m.type === 'vote') vote(c, m);
      else if (isPresenterMessage(m)) presenterAction(c, m);
    } catch (error) {
      // a store failure is reported, not fatal: the phone was not told "recorded", so it will try again
      console.error('room: message failed:', (error as Error).message);
      refuse(c, 'not recorded, try again');
    }
  };

  // phones come and go in bursts (a room scanning the QR code): the projector hears the count at most every 250 ms
  let presenceTimer: NodeJS.Timeout | undefined;
  const presenceChanged = () => {
    stats.connected = phoneCount();
    presenceTimer ??= setTimeout(() => {
      presenceTimer = undefined;
      for (const c of clients) if (c.presenter) send(c, { type: 'presence', connected: stats.connected });
    }, 250);
  };

  const wss = new WebSocketServer({ server, path: WS_PATH, maxPayload: 64 * 1024 });
  wss.on('connection', (socket) => {
    const c: Client = { socket, device: null, presenter: false, allow: createRateLimit(20, 10), flooded: 0 };
    clients.add(c);
    presenceChanged();
    socket.on('message', (data, isBinary) => onMessage(c, data, isBinary));
    // oversized frames and protocol errors end up here: counted, the connection closes, the server goes on
    socket.on('error', () => {
      stats.dropped++;
    });
    socket.on('close', () => {
      clients.delete(c);
      presenceChanged();
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(o.port, o.host, () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  joinUrls = o.joinUrls(port);
  return {
    port,
    stats,
    close: () =>
      new Promise<void>((ok) => {
        clearTimeout(presenceTimer);
        for (const c of clients) c.socket.terminate();
        wss.close();
        server.close(() => ok());
      }),
  };
}
