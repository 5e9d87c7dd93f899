import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { type StaticServer, serveStatic } from '../../scripts/lib/staticServer.ts';

export { launchChromium };

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** console errors and uncaught exceptions seen so far */
  errors: string[];
  /** console warnings seen so far (the page's notices about its address go there too) */
  warnings: string[];
  /** every request that left the page's own origin */
  external: string[];
}

/** The built kit's base URL, or the fixture deck's (see globalSetup). */
export function baseUrl(which: 'kit' | 'fixture' = 'kit'): string {
  return which === 'kit' ? inject('kitUrl') : inject('fixtureUrl');
}

/**
 * Opens `path` (relative to the kit, e.g. `index.html?view=read#/3`) in a fresh context, recording console errors
 * and requests outside the origin. Waits for the view to say it is ready (`data-ready` on <html>).
 */
export async function openPage(
  browser: Browser,
  path: string,
  options: {
    which?: 'kit' | 'fixture';
    width?: number;
    height?: number;
    reducedMotion?: boolean;
    context?: BrowserContext;
  } = {},
): Promise<OpenedPage> {
  const base = baseUrl(options.which);
  const context =
    options.context ??
    (await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
      reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    }));
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  const external: string[] = [];
  const origin = new URL(base).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:') && url !== 'about:blank')
      external.push(url);
  });
  await page.goto(new URL(path, base).href);
  await page.waitForSelector('html[data-ready]', { timeout: 30_000 });
  return { page, context, errors, warnings, external };
}

/** reveal's current indices (the hash lags by up to a second, so tests read the API). */
export function indices(page: Page): Promise<{ h: number; v: number }> {
  return page.evaluate(() => {
    const { h, v } = window.Reveal!.getIndices();
    return { h, v: v ?? 0 };
  });
}

/** One Chromium for a test file: launched before its tests, closed after. Call the result inside tests. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is only there inside tests');
    return browser;
  };
}

/**
 * A test page of its own (a folder with an index.html under test/e2e, e.g. determinism-page), built with Vite into a
 * temporary folder and served, with its own Chromium: launched before the file's tests, closed after. The result opens
 * the page and waits for it to say it is ready (`data-ready` on <html>).
 */
export function useBuiltTestPage(dir: string): () => Promise<Page> {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    const outDir = mkdtempSync(join(tmpdir(), `gf-${basename(dir)}-`));
    await build({
      configFile: false,
      root: resolve(dir),
      base: './',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, target: 'es2022' },
    });
    server = await serveStatic(outDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return async () => {
    if (!browser || !server) throw new Error('useBuiltTestPage(): the page is only there inside tests');
    const page = await browser.newPage();
    await page.goto(`${server.url}index.html`);
    await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
    return page;
  };
}
