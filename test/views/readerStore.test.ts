// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import {
  clearReaderState,
  emptyReaderState,
  loadReaderState,
  READER_STORE_KEY,
  type ReaderState,
  saveReaderState,
} from '../../src/views/shared/readerStore.ts';

const good: ReaderState = {
  version: 1,
  deckTitle: 'Give First',
  slide: '3/1',
  bets: { '3-1-1': 'The giver gets many times more' },
  plan: { where: 'the R forum', what: 'two answers a week', who: 'Ana, Ben', check: 'answered four questions' },
  savedAt: '2025-01-01T00:00:00.000Z',
};

beforeEach(() => localStorage.clear());

describe('loadReaderState', () => {
  test('nothing stored: no state, no notice', () => {
    expect(loadReaderState(localStorage)).toEqual({ state: null, notice: null });
  });

  test('no storage at all: no state, no notice', () => {
    expect(loadReaderState(null)).toEqual({ state: null, notice: null });
  });

  test('a saved state comes back unchanged apart from savedAt', () => {
    const now = new Date('2025-06-01T12:00:00Z');
    expect(saveReaderState(localStorage, good, now)).toBe(true);
    expect(loadReaderState(localStorage)).toEqual({
      state: { ...good, savedAt: now.toISOString() },
      notice: null,
    });
  });

  test('fields added by a later minor change are dropped, missing optional ones get defaults', () => {
    const { bets: _bets, ...withoutBets } = good;
    localStorage.setItem(READER_STORE_KEY, JSON.stringify({ ...withoutBets, extra: '<img src=x onerror=alert(1)>' }));
    const { state, notice } = loadReaderState(localStorage);
    expect(notice).toBeNull();
    expect(state).toEqual({ ...good, bets: {} });
    expect(state).not.toHaveProperty('extra');
  });

  test.each([
    ['corrupted JSON', '{"version":1,"slide":', /could not be read/],
    ['a number', '42', /could not be read/],
    ['null', 'null', /could not be read/],
    ['an array', '[1,2]', /could not be read/],
    ['an older version', JSON.stringify({ ...good, version: 0 }), /older version/],
    ['no version', JSON.stringify({ ...good, version: undefined }), /could not be read/],
    ['a future version', JSON.stringify({ ...good, version: 2 }), /could not be read/],
    ['a version as text', JSON.stringify({ ...good, version: '1' }), /could not be read/],
    ['slide as a number', JSON.stringify({ ...good, slide: 3 }), /could not be read/],
    ['slide with markup', JSON.stringify({ ...good, slide: '<b>3</b>' }), /could not be read/],
    ['missing deck title', JSON.stringify({ ...good, deckTitle: undefined }), /could not be read/],
    ['bets as a list', JSON.stringify({ ...good, bets: ['a'] }), /could not be read/],
    ['a bet that is not text', JSON.stringify({ ...good, bets: { x: 1 } }), /could not be read/],
    ['plan as text', JSON.stringify({ ...good, plan: 'give' }), /could not be read/],
    [
      'a plan answer that is not text',
      JSON.stringify({ ...good, plan: { ...good.plan, who: {} } }),
      /could not be read/,
    ],
    ['a huge plan answer', JSON.stringify({ ...good, plan: { ...good.plan, who: 'x'.repeat(5000) } }), /could not/],
  ])('%s is ignored with a notice, never thrown', (_name, raw, notice) => {
    localStorage.setItem(READER_STORE_KEY, raw);
    const load = loadReaderState(localStorage);
    expect(load.state).toBeNull();
    expect(load.notice).toMatch(notice);
  });

  test('a storage that throws on read gives no state and no notice', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadReaderState(broken)).toEqual({ state: null, notice: null });
    expect(saveReaderState(broken, good)).toBe(false);
    expect(() => clearReaderState(broken)).not.toThrow();
  });
});

describe('saveReaderState and clearReaderState', () => {
  test('save writes one versioned key; clear removes it', () => {
    saveReaderState(localStorage, emptyReaderState('Deck'));
    expect(Object.keys(localStorage)).toEqual([READER_STORE_KEY]);
    expect(JSON.parse(localStorage.getItem(READER_STORE_KEY)!)).toMatchObject({ version: 1, deckTitle: 'Deck' });
    clearReaderState(localStorage);
    expect(localStorage.getItem(READER_STORE_KEY)).toBeNull();
  });

  test('save without storage reports false', () => {
    expect(saveReaderState(null, good)).toBe(false);
  });
});
