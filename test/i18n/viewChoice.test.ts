// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { createViewChoice } from '../../src/views/shared/viewChoice.ts';

/** The worked example of the catalogue: the view choice on the first slide follows `<html lang>`. */
describe('createViewChoice in each language', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });
  const here = new URL('https://example.org/kit/?lang=es');
  const texts = (nav: HTMLElement) => [
    nav.getAttribute('aria-label'),
    ...[...nav.querySelectorAll('a')].flatMap((a) => [a.textContent, a.title]),
    nav.querySelector('.view-choice-hint')?.textContent,
  ];

  test('Spanish', () => {
    document.documentElement.lang = 'es';
    const nav = createViewChoice(document, here);
    expect(texts(nav)).toContain('Léelo a tu ritmo');
    expect(nav.querySelector('.view-choice-hint')?.textContent).toBe(
      '¿Vas a presentar? Pulsa S para abrir la vista del presentador.',
    );
    // the links keep ?lang=, so the reading view opens in the same language
    expect(new URL(nav.querySelector('a')!.href).searchParams.get('lang')).toBe('es');
  });

  test('English is the default', () => {
    expect(texts(createViewChoice(document, here))).toContain('Read at your own pace');
  });

  test('the pseudo-locale leaves no unaccented catalogue text', () => {
    document.documentElement.lang = 'en-XA';
    for (const text of texts(createViewChoice(document, here))) {
      expect(text).toMatch(/^⟦.*⟧$/);
      expect(text!.replace(/\bS\b/, '')).not.toMatch(/[A-Za-z]/);
    }
  });
});
