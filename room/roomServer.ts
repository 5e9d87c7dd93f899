import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { checkClientMessage, isPresenterMessage, type ServerMessage } from '../src/roomProtocol/roomMessages.ts';
import { createRateLimit } from './rateLimit.ts';
import type { RoomDeck } from './roomDeck.ts';
import { createRoomState } from './roomState.ts';
import type { RoomStore, StoredRoom } from './roomStore.ts';
import { servePages } from './servePages.ts';

export interface RoomServerOptions {
  dist: string;
  deck: RoomDeck;
  /** the deck's translations by language (`es`): a phone that says hello in one reads the slides and bets in it */
  translations?: ReadonlyMap<string, RoomDeck>;
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
  lang: string | null;
  allow: () => boolean;
  /** messages dropped in a row by the rate limit; a connection that keeps flooding is closed */
  flooded: number;
}

const WS_PATH = '/room/ws';
const FLOOD_CLOSE = 500;

/**
 * The room: the built kit and the participant page over HTTP (servePages), and the room's messages over one
 * WebSocket path. This file is the sockets' side: who is connected, the rate limit, the schema check, and who hears
 * what; the room itself (slide, bets, votes) is roomState.ts.
 */
export async function startRoomServer(o: RoomServerOptions): Promise<RunningRoom> {
  const room = createRoomState(o.deck, o.store, o.room, o.translations);
  const stats: RoomStats = { dropped: 0, refused: 0, connected: 0 };
  const clients = new Set<Client>();
  // phones only: the projector's own connection is not a participant
  const phoneCount = () => {
    let n = 0;
    for (const c of clients) if (!c.presenter) n++;
    return n;
  };
  let joinUrls: string[] = [];

  const server = createServer(servePages(o.dist));

  const send = (c: Client, m: ServerMessage) => {
    if (c.socket.readyState === c.socket.OPEN) c.socket.send(JSON.stringify(m));
  };
  const toPresenters = (m: ServerMessage) => {
    const text = JSON.stringify(m);
    for (const c of clients) if (c.presenter && c.socket.readyState === c.socket.OPEN) c.socket.send(text);
  };
  const stateFor = (c: Client): ServerMessage => ({
    ...room.stateFor(c),
    ...(c.presenter ? { connected: stats.connected, joinUrls } : {}),
  });
  const broadcastState = () => {
    for (const c of clients) send(c, stateFor(c));
  };
  const refuse = (c: Client, reason: string) => {
    stats.refused++;
    send(c, { type: 'refused', reason });
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
        c.lang = m.lang ?? null;
        c.presenter = room.tokenOk(m.token);
        if (m.token !== undefined && !c.presenter) refuse(c, 'wrong presenter link');
        if (c.presenter) stats.connected = phoneCount();
        send(c, stateFor(c));
      } else if (m.type === 'vote') {
        // the phone hears "recorded" only after the write has committed
        const r = room.vote(m.device, m.bet, m.choice);
        if ('refused' in r) return refuse(c, r.refused);
        c.device = m.device;
        send(c, { type: 'recorded', bet: m.bet, choice: m.choice });
        toPresenters({ type: 'tally', bet: m.bet, tally: room.tallyOf(r.bet), connected: stats.connected });
      } else if (isPresenterMessage(m)) {
        if (!room.tokenOk(m.token)) return refuse(c, 'only the presenter can do that');
        const r = room.act(m);
        if ('refused' in r) return refuse(c, r.refused);
        broadcastState();
      }
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
      toPresenters({ type: 'presence', connected: stats.connected });
    }, 250);
  };

  const wss = new WebSocketServer({ server, path: WS_PATH, maxPayload: 64 * 1024 });
  wss.on('connection', (socket) => {
    const c: Client = {
      socket,
      device: null,
      presenter: false,
      lang: null,
      allow: createRateLimit(20, 10),
      flooded: 0,
    };
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
