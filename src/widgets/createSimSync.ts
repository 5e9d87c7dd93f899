import type { SimSync, SyncMessage } from './types.ts';

interface Subscriber {
  id: string;
  self: string;
  listener: (message: SyncMessage) => void;
}

const idOf = (m: SyncMessage) => (m.kind === 'state' ? m.state.id : m.id);

/**
 * One BroadcastChannel shared by every widget of a window. Messages reach the other windows of the deck
 * (reveal's speaker view loads it twice more) and, since a channel does not hear itself, are also handed to the
 * other widgets of this page. Without BroadcastChannel it still syncs widgets within the page.
 */
export function createSimSync(name = 'give-first-sims'): SimSync {
  const subscribers = new Set<Subscriber>();
  const deliver = (m: SyncMessage) => {
    const id = idOf(m);
    for (const s of subscribers) if (s.id === id && s.self !== m.from) s.listener(m);
  };
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined;
  const onMessage = (e: MessageEvent) => {
    if (isMessage(e.data)) deliver(e.data);
  };
  channel?.addEventListener('message', onMessage);
  return {
    publish(message) {
      channel?.postMessage(message);
      deliver(message);
    },
    subscribe(id, self, listener) {
      const s = { id, self, listener };
      subscribers.add(s);
      return () => subscribers.delete(s);
    },
    close() {
      subscribers.clear();
      channel?.removeEventListener('message', onMessage);
      channel?.close();
    },
  };
}

/** Another window is another program: check the shape before trusting it. */
function isMessage(d: unknown): d is SyncMessage {
  if (!d || typeof d !== 'object') return false;
  const m = d as Record<string, unknown>;
  if (typeof m.from !== 'string') return false;
  if (m.kind === 'hello') return typeof m.id === 'string';
  if (m.kind !== 'state' || !m.state || typeof m.state !== 'object') return false;
  const s = m.state as Record<string, unknown>;
  return (
    typeof s.id === 'string' &&
    typeof s.preset === 'string' &&
    typeof s.seed === 'number' &&
    typeof s.tick === 'number' &&
    typeof s.playing === 'boolean' &&
    typeof s.speed === 'number' &&
    !!s.overrides &&
    typeof s.overrides === 'object'
  );
}
