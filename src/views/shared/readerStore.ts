/**
 * The reader's place, bets and give-first plan, kept on the device (localStorage) under one versioned key.
 * The reading view writes it; the handout view reads the plan from it. Whatever is stored is untrusted input:
 * it is validated field by field, and a bad value is dropped with a notice, never thrown.
 */

import type { Messages } from '../../i18n/index.ts';

export const READER_STORE_KEY = 'give-first:reader:v1';
const READER_STORE_VERSION = 1;

/** A plan prompt's question and hint in the page's language (the English in PLAN_PROMPTS is the stored key's gloss). */
export function planPromptText(m: Messages, key: PlanKey): { label: string; hint: string } {
  switch (key) {
    case 'where':
      return { label: m.planWhere(), hint: m.planWhereHint() };
    case 'what':
      return { label: m.planWhat(), hint: m.planWhatHint() };
    case 'who':
      return { label: m.planWho(), hint: m.planWhoHint() };
    case 'check':
      return { label: m.planCheck(), hint: m.planCheckHint() };
  }
}

/** The plan's prompts, in the order the reading view asks them and the handout prints them. */
export const PLAN_PROMPTS = [
  { key: 'where', label: 'Where will you give?', hint: 'One community or platform, e.g. a forum you already read.' },
  { key: 'what', label: 'What will you give, and how often?', hint: 'Something you can keep up in a busy week.' },
  { key: 'who', label: 'Who on your map will you reach out to?', hint: 'Two or three people, with something useful.' },
  { key: 'check', label: 'By the end of the second week I will have…', hint: 'Write it so you can check it.' },
] as const;

export type PlanKey = (typeof PLAN_PROMPTS)[number]['key'];
export type ReaderPlan = Record<PlanKey, string>;

export interface ReaderState {
  version: typeof READER_STORE_VERSION;
  /** the deck the place and bets belong to */
  deckTitle: string;
  /** slide id `h` or `h/v` (as in `Slide.id`) */
  slide: string;
  /** sim block id → the choice the reader bet on (its text, so a reordered list cannot change a bet) */
  bets: Record<string, string>;
  plan: ReaderPlan;
  /** ISO time of the last save */
  savedAt: string;
}

export interface ReaderLoad {
  /** the stored state, or null when there is none or it could not be used */
  state: ReaderState | null;
  /** a sentence for the reader when a stored value was ignored (show it in a role="status" element) */
  notice: string | null;
}

/** A Storage-like object: `window.localStorage` or a stand-in (tests, storage disabled). */
export type ReaderStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const MAX_TEXT = 2000;
const MAX_BETS = 200;
const UNREADABLE = 'Your saved place could not be read, so the reading starts fresh.';
const OLD_VERSION = 'Your saved place came from an older version of this page, so the reading starts fresh.';

/** A notice from loadReaderState in the page's language (the English above is what tests and logs compare). */
export function readerNoticeText(m: Messages, notice: string): string {
  if (notice === UNREADABLE) return m.readUnreadable();
  if (notice === OLD_VERSION) return m.readOldVersion();
  return notice;
}

function emptyPlan(): ReaderPlan {
  return { where: '', what: '', who: '', check: '' };
}

export function emptyReaderState(deckTitle: string): ReaderState {
  return { version: READER_STORE_VERSION, deckTitle, slide: '0', bets: {}, plan: emptyPlan(), savedAt: '' };
}

/** `window.localStorage`, or null where reading it throws (storage disabled, sandboxed frames). */
export function browserStorage(win: Window): ReaderStorage | null {
  try {
    return win.localStorage ?? null;
  } catch {
    return null;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;

function parsePlan(value: unknown): ReaderPlan | null {
  if (!isRecord(value)) return null;
  const plan = emptyPlan();
  for (const { key } of PLAN_PROMPTS) {
    const text = value[key] ?? '';
    if (!isText(text)) return null;
    plan[key] = text;
  }
  return plan;
}

function parseBets(value: unknown): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > MAX_BETS) return null;
  const bets: Record<string, string> = {};
  for (const [id, choice] of entries) {
    if (!isText(choice) || id.length > 200) return null;
    bets[id] = choice;
  }
  return bets;
}

/** Checks a parsed JSON value against the current shape; returns the state or why it was ignored. */
export function parseReaderState(value: unknown): ReaderLoad {
  if (!isRecord(value)) return { state: null, notice: UNREADABLE };
  if (value.version !== READER_STORE_VERSION) {
    const older = typeof value.version === 'number' && value.version < READER_STORE_VERSION;
    return { state: null, notice: older ? OLD_VERSION : UNREADABLE };
  }
  const { deckTitle, slide, savedAt } = value;
  const bets = parseBets(value.bets ?? {});
  const plan = parsePlan(value.plan ?? {});
  const slideOk = typeof slide === 'string' && /^\d{1,6}(\/\d{1,6})?$/.test(slide);
  if (!isText(deckTitle) || !slideOk || !isText(savedAt ?? '') || !bets || !plan) {
    return { state: null, notice: UNREADABLE };
  }
  const state: ReaderState = {
    version: READER_STORE_VERSION,
    deckTitle,
    slide,
    bets,
    plan,
    savedAt: (savedAt as string | undefined) ?? '',
  };
  return { state, notice: null };
}

/** Reads the stored state. Never throws: no storage or nothing stored gives `{ state: null, notice: null }`. */
export function loadReaderState(storage: ReaderStorage | null | undefined): ReaderLoad {
  let raw: string | null;
  try {
    raw = storage?.getItem(READER_STORE_KEY) ?? null;
  } catch {
    return { state: null, notice: null };
  }
  if (raw === null) return { state: null, notice: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { state: null, notice: UNREADABLE };
  }
  return parseReaderState(value);
}

/** Writes the state (stamping `savedAt`); false when storage is missing or full. */
export function saveReaderState(
  storage: ReaderStorage | null | undefined,
  state: ReaderState,
  now: Date = new Date(),
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(READER_STORE_KEY, JSON.stringify({ ...state, savedAt: now.toISOString() }));
    return true;
  } catch {
    return false;
  }
}

export function clearReaderState(storage: ReaderStorage | null | undefined): void {
  try {
    storage?.removeItem(READER_STORE_KEY);
  } catch {
    // Storage that refuses removal holds nothing we could clear; the reader starts over in memory anyway.
  }
}
