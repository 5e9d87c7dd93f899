import { isDevice } from '../roomProtocol/roomMessages.ts';

const KEY = 'give-first:room-device';

/**
 * The phone's anonymous id: random, made on the device, kept in localStorage so a reload or a reconnect keeps the
 * same vote. Where storage is unavailable the id lives as long as the page.
 */
export function deviceId(storage: Pick<Storage, 'getItem' | 'setItem'> | null, crypto: Crypto): string {
  const saved = safely(() => storage?.getItem(KEY));
  if (saved && isDevice(saved)) return saved;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  safely(() => storage?.setItem(KEY, id));
  return id;
}

function safely<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
