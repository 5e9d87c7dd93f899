import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/lib/staticServer.ts';
import { determinismCases, runHashes, simulate } from '../../src/sim/index.ts';
import { launchChromium } from './harness.ts';

// Same seed, same numbers, in Node and in Chromium: what lets every window and the handout agree.
let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'gf-determinism-'));
  await build({
    configFile: false,
    root: resolve('test/e2e/determinism-page'),
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

test('the state hash at every tick is identical in Node and in Chromium', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}index.html`);
  await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
  const inBrowser = await page.evaluate(
    () =>
      (window as unknown as { __determinism: { results: { name: string; hashes: string[] }[]; summary: string } })
        .__determinism,
  );
  const inNode = determinismCases.map((c) => ({ name: c.name, hashes: runHashes(c.params, c.seed, c.ticks) }));
  expect(inBrowser.results.map((r) => r.hashes.length)).toEqual(inNode.map((r) => r.hashes.length));
  expect(inBrowser.results).toEqual(inNode);
  expect(inBrowser.summary).toBe(JSON.stringify(simulate({}, 11).byStrategy));
  // and the hashes are not trivially equal: a run changes its state, and seeds differ
  expect(new Set(inNode[0]!.hashes).size).toBeGreaterThan(inNode[0]!.hashes.length / 2);
  await page.close();
});
