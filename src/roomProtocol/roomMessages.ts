/**
 * The room's one message schema: the types the server and the pages share, and the runtime check the server runs on
 * every message it receives. A message that fails the check is dropped (and counted) by the caller; nothing here
 * throws on input. Checked: it is text, at most MAX_MESSAGE_BYTES, JSON of a plain object whose `type` is known and
 * whose fields (and only those) have the right types and sizes.
 */

export const MAX_MESSAGE_BYTES = 2048;

/** A device's random id (kept in the phone's localStorage): anonymous, the only thing that ties votes together. */
const DEVICE_RE = /^[A-Za-z0-9_-]{8,64}$/;
/** A sim block id (`<slide id>-<n>`, e.g. `4/1-0`) or a slide id (`4` or `4/1`). */
const ID_RE = /^[0-9A-Za-z/_-]{1,40}$/;
/** a presenter link's token (also checked where the deck reads `?room=`: views/shared/kitQuery.ts) */
export const TOKEN_RE = /^[A-Za-z0-9_-]{16,128}$/;

/** From a phone or the projector. */
export type ClientMessage =
  /** `lang`: the phone's language (its own choice, not the projector's): slide and bet texts come in it */
  | { type: 'hello'; device: string; token?: string; lang?: string }
  | { type: 'vote'; device: string; bet: string; choice: number }
  | { type: 'open'; token: string; bet: string }
  | { type: 'close'; token: string; bet: string }
  | { type: 'reveal'; token: string; bet: string }
  | { type: 'slide'; token: string; slide: string }
  | { type: 'reset'; token: string };

export type PresenterMessage = Extract<ClientMessage, { token: string }>;
const PRESENTER_TYPES = ['open', 'close', 'reveal', 'slide', 'reset'] as const;

/** Where a bet stands: not yet opened, taking votes, closed (no more votes), outcome shown. */
export type BetStatus = 'waiting' | 'open' | 'closed' | 'revealed';

export interface BetView {
  id: string;
  question: string;
  choices: string[];
  status: BetStatus;
  /** votes per choice number (index into `choices`); sent to phones only once betting has closed */
  tally: number[] | null;
  /** the choice the model supports, once revealed (null: the rule gives none for this bet) */
  verdict: number | null;
}

export interface SlideView {
  id: string;
  title: string;
  /** the reading view's narrative as plain paragraphs (cues left out); shown as text, never as HTML */
  paragraphs: string[];
}

/** From the server. */
export type ServerMessage =
  | {
      type: 'state';
      room: string;
      deckTitle: string;
      presenter: boolean;
      slide: SlideView | null;
      bet: BetView | null;
      /** this device's vote on `bet`, if any (from the store, so it survives reconnects and restarts) */
      yourVote: number | null;
      /** for the presenter: phones connected, and where they join */
      connected?: number;
      joinUrls?: string[];
      /** every bet this device voted on in this room, with the room's split where betting has closed */
      history: HistoryEntry[];
    }
  | { type: 'tally'; bet: string; tally: number[]; connected: number }
  | { type: 'presence'; connected: number }
  | { type: 'recorded'; bet: string; choice: number }
  | { type: 'refused'; reason: string };

export interface HistoryEntry {
  bet: string;
  question: string;
  choices: string[];
  yourVote: number | null;
  /** the room's split, once betting on it has closed */
  tally: number[] | null;
  verdict: number | null;
}

export type Checked = { ok: true; message: ClientMessage } | { ok: false; reason: string };

const FIELDS: Record<ClientMessage['type'], Record<string, (v: unknown) => boolean>> = {
  hello: {
    device: isDevice,
    token: (v) => v === undefined || isToken(v),
    lang: (v) => v === undefined || (typeof v === 'string' && /^[a-z]{2}$/.test(v)),
  },
  vote: { device: isDevice, bet: isId, choice: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 16 },
  open: { token: isToken, bet: isId },
  close: { token: isToken, bet: isId },
  reveal: { token: isToken, bet: isId },
  slide: { token: isToken, slide: isId },
  reset: { token: isToken },
};

/** A device id as the schema takes it (the phone checks the id it kept against this too). */
export function isDevice(v: unknown): boolean {
  return typeof v === 'string' && DEVICE_RE.test(v);
}
function isId(v: unknown): boolean {
  return typeof v === 'string' && ID_RE.test(v);
}
/** A presenter token as the schema takes it (the projector checks its `?room=` link against this too). */
export function isToken(v: unknown): boolean {
  return typeof v === 'string' && TOKEN_RE.test(v);
}

/** Checks one received frame. `data` is what the socket delivered; binary frames are refused. */
export function checkClientMessage(data: unknown, isBinary = false): Checked {
  if (isBinary || typeof data !== 'string') return { ok: false, reason: 'not text' };
  // bytes, not UTF-16 units: the limit is on the wire
  if (data.length > MAX_MESSAGE_BYTES || new TextEncoder().encode(data).length > MAX_MESSAGE_BYTES)
    return { ok: false, reason: 'too large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { ok: false, reason: 'not an object' };
  const type = (parsed as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(FIELDS, type)) return { ok: false, reason: 'unknown type' };
  const fields = FIELDS[type as ClientMessage['type']];
  for (const key of Object.keys(parsed)) {
    if (key !== 'type' && !Object.hasOwn(fields, key))
      return { ok: false, reason: `unexpected field ${key.slice(0, 20)}` };
  }
  for (const [key, valid] of Object.entries(fields)) {
    if (!valid((parsed as Record<string, unknown>)[key])) return { ok: false, reason: `bad ${key}` };
  }
  // rebuilt from the checked fields only: nothing else of the parsed object (prototype, extra keys) travels on
  const out: Record<string, unknown> = { type };
  for (const key of Object.keys(fields)) {
    const value = (parsed as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return { ok: true, message: out as unknown as ClientMessage };
}

export function isPresenterMessage(m: ClientMessage): m is PresenterMessage {
  return (PRESENTER_TYPES as readonly string[]).includes(m.type);
}
