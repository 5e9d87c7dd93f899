/** The part of the browser's WebSocket this loop uses (a stand-in in tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: never) => void) | null;
  onclose: ((ev: never) => void) | null;
  onerror: ((ev: never) => void) | null;
  onmessage: ((ev: MessageEvent) => void) | null;
}

export interface ReconnectingSocketOptions {
  url: string;
  open: (url: string) => SocketLike;
  onOpen: (send: (text: string) => void) => void;
  onMessage: (text: string) => void;
  onStatus?: (connected: boolean) => void;
  /** the wait before each retry, in ms, by attempt number (0-based) */
  delay?: (attempt: number) => number;
  schedule?: (fn: () => void, ms: number) => unknown;
}

export interface ReconnectingSocket {
  /** sends when connected; returns false (nothing sent) while reconnecting */
  send(text: string): boolean;
  readonly connected: boolean;
  stop(): void;
}

/** 250 ms, 500 ms, 1 s, 2 s, then every 4 s: quick after a blip, gentle on a server that is down. */
const backoff = (attempt: number) => Math.min(4000, 250 * 2 ** attempt);

/**
 * A WebSocket that reconnects on its own, without a page reload: after each close it waits (backoff) and opens a new
 * socket; `onOpen` runs on every (re)connection, so the page says hello again and resends what was not confirmed.
 */
export function createReconnectingSocket(o: ReconnectingSocketOptions): ReconnectingSocket {
  const delay = o.delay ?? backoff;
  const schedule = o.schedule ?? ((fn, ms) => setTimeout(fn, ms));
  let socket: SocketLike | null = null;
  let attempt = 0;
  let stopped = false;
  let connected = false;
  const connect = () => {
    if (stopped) return;
    const s = o.open(o.url);
    socket = s;
    s.onopen = () => {
      attempt = 0;
      connected = true;
      o.onStatus?.(true);
      o.onOpen((text) => s.send(text));
    };
    s.onmessage = (ev) => {
      if (typeof ev.data === 'string') o.onMessage(ev.data);
    };
    s.onerror = () => {};
    s.onclose = () => {
      if (socket !== s) return;
      socket = null;
      const was = connected;
      connected = false;
      if (was) o.onStatus?.(false);
      if (!stopped) schedule(connect, delay(attempt++));
    };
  };
  connect();
  return {
    send(text) {
      if (!socket || !connected) return false;
      socket.send(text);
      return true;
    },
    get connected() {
      return connected;
    },
    stop() {
      stopped = true;
      socket?.close();
    },
  };
}

/** ws:// or wss:// to the room's socket path on the page's own host. */
export function roomSocketUrl(loc: Pick<Location, 'protocol' | 'host'>): string {
  return `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}/room/ws`;
}
