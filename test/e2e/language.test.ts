import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/staticServer.ts';
import { useBrowser } from './harness.ts';

/**
 * The page's language in real Chromium, on a build of the translation fixture (an English deck with slides/es/):
 * `?lang=` > stored choice > the browser's language > English; `<html lang>`, the slides and the catalogue's text
 * all follow it, and the pseudo-locale shows the English slides with accented interface text.
 */
const OUT = 'test-results/i18n-dist';
const SINGLE = 'test-results/i18n-single';
const browser = useBrowser();
let url = '';
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const previous = process.env.GF_SLIDES;
  process.env.GF_SLIDES = 'test/content/fixtures/translation';
  try {
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
    await build({
      configFile: resolve('vite.config.ts'),
      mode: 'single',
      logLevel: 'warn',
      build: { outDir: SINGLE, emptyOutDir: true },
    });
  } finally {
    if (previous === undefined) delete process.env.GF_SLIDES;
    else process.env.GF_SLIDES = previous;
  }
  const server = await serveStatic(OUT);
  url = server.url;
  close = () => server.close();
}, 180_000);
afterAll(async () => close?.());

async function open(b: Browser, path: string, locale = 'en-GB', stored?: string) {
  const context = await b.newContext({ viewport: { width: 1280, height: 720 }, locale });
  if (stored) await context.addInitScript((v) => localStorage.setItem('give-first:lang', v), stored);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(path, url).href);
  await page.waitForSelector('html[data-ready]', { timeout: 30_000 });
  const read = () =>
    page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.querySelector('.reveal .slides h1, main h1, main h2')?.textContent?.trim(),
      choice: document.querySelector('.view-choice a')?.textContent,
    }));
  return { page, context, errors, read };
}

describe('choosing the language (built kit, real Chromium)', () => {
  test.each([
    ['index.html', 'en-GB', undefined, 'en', 'Give First', 'Read at your own pace'],
    ['index.html?lang=es', 'en-GB', undefined, 'es', 'Da primero', 'Léelo a tu ritmo'],
    ['index.html', 'es-MX', undefined, 'es', 'Da primero', 'Léelo a tu ritmo'],
    ['index.html', 'en-GB', 'es', 'es', 'Da primero', 'Léelo a tu ritmo'],
    ['index.html?lang=en', 'es-ES', 'es', 'en', 'Give First', 'Read at your own pace'],
    ['index.html?lang=zz', 'en-GB', undefined, 'en', 'Give First', 'Read at your own pace'],
  ])('%s, browser %s, stored %s → %s', async (path, locale, stored, lang, title, choice) => {
    const { context, errors, read } = await open(browser(), path, locale, stored);
    expect(await read()).toEqual({ lang, title, choice });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the pseudo-locale: English slides, accented interface text', async () => {
    const { page, context, errors, read } = await open(browser(), 'index.html?lang=en-XA');
    const { lang, title, choice } = await read();
    expect([lang, title]).toEqual(['en-XA', 'Give First']);
    expect(choice).toMatch(/^⟦Ŕéàð àţ ýöûŕ öŵñ þàçé·+⟧$/);
    await page.screenshot({ path: `${OUT}/pseudo-first-slide.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the reading view and the handout open in Spanish with the Spanish slides', async () => {
    for (const path of ['index.html?view=read&lang=es', 'handout.html?lang=es']) {
      const { page, context, errors } = await open(browser(), path);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      const text = await page.evaluate(() => document.body.innerText);
      expect(text, path).toContain('Pruébalo');
      expect(text, path).not.toContain('Try it');
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  test('the single-file build carries both languages and opens in Spanish from file://', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${pathToFileURL(resolve(SINGLE, 'index.html')).href}?lang=es`);
    await page.waitForSelector('html[data-ready]', { timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.locator('.reveal .slides h1').first().textContent()).toBe('Da primero');
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    expect(readdirSync(SINGLE)).toEqual(['index.html']);
    await context.close();
  });
});
