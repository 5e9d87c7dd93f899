import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { preloadScript } from '../../scripts/translationPreloadPlugin.ts';

/** Runs the page's inline preload script with the given address, stored choice and browser languages. */
function preloaded(search: string, stored: string | null, languages: string[]): string[] {
  const links: { rel: string; href: string }[] = [];
  runInNewContext(preloadScript({ es: './assets/es-1.js' }), {
    location: { search },
    URLSearchParams,
    localStorage: { getItem: () => stored },
    navigator: { languages },
    document: { createElement: () => ({}), head: { append: (l: { rel: string; href: string }) => links.push(l) } },
    Object,
  });
  return links.map((l) => `${l.rel} ${l.href}`);
}

describe("the translated deck's chunk is preloaded when the page will show that language", () => {
  test.each([
    ['?lang=es', null, ['en-US'], ['modulepreload ./assets/es-1.js']],
    ['?lang=en', 'es', ['es-ES'], []],
    ['?lang=en-XA', null, ['es'], []],
    ['?lang=xx', null, ['es-MX', 'en'], ['modulepreload ./assets/es-1.js']],
    ['', 'es', ['en-GB'], ['modulepreload ./assets/es-1.js']],
    ['', 'en', ['es'], []],
    ['', null, ['es-ES', 'en'], ['modulepreload ./assets/es-1.js']],
    ['', null, ['fr-FR', 'en-GB', 'es'], []],
    ['', null, ['fr', 'de'], []],
  ] as const)('%s, stored %s, browser %j', (search, stored, languages, expected) => {
    expect(preloaded(search, stored, [...languages])).toEqual(expected);
  });
});
