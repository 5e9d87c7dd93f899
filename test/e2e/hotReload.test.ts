import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { indices, launchChromium } from './harness.ts';

// `npm start` on a copy of the fixture deck: saving a slide file updates the open deck in place.
let browser: Browser;
let server: ViteDevServer;
let slidesDir: string;
let url: string;

beforeAll(async () => {
  slidesDir = mkdtempSync(join(tmpdir(), 'gf-slides-'));
  cpSync(resolve('test/e2e/fixture-slides'), slidesDir, { recursive: true });
  process.env.GF_SLIDES = slidesDir;
  server = await createServer({
    configFile: resolve('vite.config.ts'),
    logLevel: 'silent',
    server: { port: 0, open: false, host: '127.0.0.1' },
  });
  await server.listen();
  url = server.resolvedUrls?.local[0] ?? '';
  browser = await launchChromium();
});

afterAll(async () => {
  delete process.env.GF_SLIDES;
  await browser?.close();
  await server?.close();
});

const file = () => join(slidesDir, '01-fixture.md');

test('editing a slide hot-reloads the deck and keeps the current slide', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${url}#/1/1`);
  await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
  expect(await indices(page)).toEqual({ h: 1, v: 1 });
  writeFileSync(file(), readFileSync(file(), 'utf8').replace('## Stack below', '## Stack below, edited live'));
  await expect
    .poll(() => page.locator('section.present > h2').textContent(), { timeout: 20_000 })
    .toBe('Stack below, edited live');
  expect(await indices(page)).toEqual({ h: 1, v: 1 });
  await page.close();
});

test('after a hot reload on a simulation slide its live summary tells the tick on screen', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${url}#/2`);
  await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
  const summary = page.locator('section.present .sim-summary');
  await expect.poll(() => summary.textContent(), { timeout: 20_000 }).toMatch(/^Day 0 of \d+/);
  writeFileSync(file(), readFileSync(file(), 'utf8').replace('## Give first, live', '## Give first, live (edited)'));
  await expect
    .poll(() => page.locator('section.present > h2').textContent(), { timeout: 20_000 })
    .toBe('Give first, live (edited)');
  // the rebuilt widget writes its sentence at once, not after the next tick (it was blank after a reload)
  await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toMatch(/^Day 0 of \d+: /);
  await page.close();
});

test('a broken slide shows the error overlay with file and line; fixing it recovers without a restart', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${url}#/2`);
  await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
  const good = readFileSync(file(), 'utf8');
  writeFileSync(file(), good.replace('preset: give-first', 'preset: give-frist'));
  const overlay = page.locator('vite-error-overlay');
  await expect.poll(() => overlay.count(), { timeout: 20_000 }).toBe(1);
  const message = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
  expect(message).toMatch(/01-fixture\.md:\d+/);
  expect(message).toContain('give-first');
  writeFileSync(file(), good);
  await expect.poll(() => page.locator('vite-error-overlay').count(), { timeout: 20_000 }).toBe(0);
  await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
  expect(await page.locator('.reveal .slides section').count()).toBeGreaterThan(0);
  await page.close();
});
