// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import {
  chooseLocale,
  documentLocale,
  formatDate,
  formatNumber,
  formatPercent,
  LANG_KEY,
  plural,
  startLocale,
  storeLocale,
} from '../../src/i18n/index.ts';
import { parseKitQuery } from '../../src/views/shared/kitQuery.ts';

const both = ['en', 'es'] as const;

describe('chooseLocale: ?lang= > stored choice > browser language > English, among languages with slides', () => {
  test.each([
    ['?lang=es', null, ['en-GB'], both, 'es', undefined],
    ['?lang=ES-mx', null, [], both, 'es', undefined],
    ['', 'es', ['en-US'], both, 'es', undefined],
    ['', null, ['fr-FR', 'es-AR', 'en'], both, 'es', undefined],
    ['', null, ['fr-FR'], both, 'en', undefined],
    ['', 'de', ['en-US'], both, 'en', undefined],
    ['?lang=en', 'es', ['es'], both, 'en', undefined],
    // not a language of the interface: the address's reader (kitQuery) drops it with a notice, chooseLocale never sees it
    ['?lang=xx', 'es', [], both, 'es', undefined],
    ['?lang=<script>', null, ['es'], both, 'es', undefined],
    ['?lang=__proto__', null, [], both, 'en', undefined],
    // no Spanish slides in this build: Spanish is never chosen, and an explicit ?lang=es is reported
    ['?lang=es', null, ['es'], ['en'], 'en', 'es'],
    ['', 'es', ['es-ES'], ['en'], 'en', undefined],
    ['?lang=en-XA', null, [], ['en'], 'en-XA', undefined],
    ['?lang=en-xa', null, [], both, 'en-XA', undefined],
  ] as const)(
    'search %j, stored %j, browser %j, available %j → %s',
    (search, stored, browser, available, locale, ignored) => {
      const asked = parseKitQuery(search).lang;
      expect(chooseLocale({ asked, stored, browser, available })).toEqual(ignored ? { locale, ignored } : { locale });
    },
  );
});

describe('startLocale', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'en';
    history.replaceState(null, '', '/');
  });

  test('sets <html lang> from ?lang=, and views read it back', () => {
    expect(startLocale(window, ['en', 'es'], 'es')).toEqual({ locale: 'es' });
    expect(document.documentElement.lang).toBe('es');
    expect(documentLocale(document)).toBe('es');
  });

  test('a stored choice is used when the URL says nothing; storeLocale keeps only real locales', () => {
    storeLocale(window, 'es');
    expect(localStorage.getItem(LANG_KEY)).toBe('es');
    expect(startLocale(window, ['en', 'es']).locale).toBe('es');
    storeLocale(window, 'xx' as never);
    expect(localStorage.getItem(LANG_KEY)).toBe('es');
  });

  test('a page whose lang is not ours reads as English', () => {
    document.documentElement.lang = 'fr';
    expect(documentLocale(document)).toBe('en');
  });
});

describe('Intl formatting for the language', () => {
  test('numbers and percentages', () => {
    expect(formatNumber('en', 12345.678, 1)).toBe('12,345.7');
    expect(formatNumber('es', 12345.678, 1)).toBe('12.345,7');
    expect(formatPercent('en', 0.25)).toBe('25%');
    expect(formatPercent('es', 0.25)).toBe('25\u00a0%');
    expect(formatPercent('en-XA', 0.125, 1)).toBe('12.5%');
  });

  test('dates, in UTC', () => {
    const date = new Date(Date.UTC(2026, 11, 6, 23, 30));
    expect(formatDate('en', date)).toBe('December 6, 2026');
    expect(formatDate('es', date)).toBe('6 de diciembre de 2026');
  });

  test('plural picks a whole form by the language’s rules', () => {
    const forms = (n: number) => ({ one: `${n} slide`, other: `${n} slides` });
    expect([0, 1, 2].map((n) => plural('en', n, forms(n)))).toEqual(['0 slides', '1 slide', '2 slides']);
    expect(plural('es', 1, { one: 'una', other: 'varias' })).toBe('una');
    expect(plural('es', 1_000_000, { one: 'uno', many: 'muchos', other: 'otros' })).toBe('muchos');
  });
});
