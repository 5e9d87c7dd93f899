import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveStatic } from '../scripts/lib/staticServer.ts';
import { buildBaseline } from './baseline/buildBaseline.ts';
import { buildKit, buildKitIfStale } from './buildKitIfStale.ts';
import { type Figure, median, runWhenAlone } from './figure.ts';

const ROOT = resolve(import.meta.dirname, '..');
const COLD_LOADS = 7;
const BYTES_GOAL_KB = 120;

// A string, not a function: tsx compiles functions with a `__name` helper the page does not have. <html> may not
// exist yet when it runs, so it watches the whole document for the attribute.
const READY_PROBE = `new MutationObserver(() => {
  if (window.__readyAt === undefined && document.documentElement.dataset.ready !== undefined)
    window.__readyAt = performance.now();
}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });`;

export interface LoadSample {
  /** navigation start → `html[data-ready]`, ms */
  readyMs: number;
  /** bytes on the wire (gzip, headers included) of every response finished before ready */
  bytes: number;
}

/**
 * One cold load in a fresh context (empty cache). The page records when `data-ready` appears (a MutationObserver
 * installed before any script runs), and the Resource Timing entries that finished by then give the transfer size:
 * lazy chunks fetched after the first slide is shown are not counted, as the goal is about the first slide.
 */
export async function coldLoad(browser: Browser, url: string): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    await page.goto(url);
    await page.waitForSelector('html[data-ready]', { timeout: 30_000 });
    return await page.evaluate(() => {
      const readyMs = (window as unknown as { __readyAt: number }).__readyAt;
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[];
      const bytes = entries.filter((e) => e.responseEnd <= readyMs).reduce((sum, e) => sum + e.transferSize, 0);
      return { readyMs, bytes };
    });
  } finally {
    await context.close();
  }
}

/** Builds what is missing or older than its sources, the single-file build too. */
async function ensureKitBuilds(): Promise<void> {
  const stale = await buildKitIfStale();
  if (stale || !existsSync(join(ROOT, 'dist-single/index.html'))) await buildKit('single');
}

/**
 * Transfer size and time to the first slide of the built kit, against a plain reveal.js deck of the same slides
 * (markdown plugin, serif theme), both served gzipped from 127.0.0.1 and loaded cold, alternately, in one run.
 */
export async function run(): Promise<Figure[]> {
  await ensureKitBuilds();
  const baselineDir = mkdtempSync(join(tmpdir(), 'gf-baseline-'));
  await buildBaseline(baselineDir, join(ROOT, 'slides'));
  const kit = await serveStatic(join(ROOT, 'dist'));
  const baseline = await serveStatic(baselineDir);
  const browser = await launchChromium();
  try {
    // one discarded load each warms the browser process and the OS file cache
    await coldLoad(browser, kit.url);
    await coldLoad(browser, baseline.url);
    const ours: LoadSample[] = [];
    const theirs: LoadSample[] = [];
    for (let i = 0; i < COLD_LOADS; i++) {
      ours.push(await coldLoad(browser, kit.url));
      theirs.push(await coldLoad(browser, baseline.url));
    }
    const oursMs = median(ours.map((s) => s.readyMs));
    const theirsMs = median(theirs.map((s) => s.readyMs));
    const oursKb = median(ours.map((s) => s.bytes)) / 1024;
    const theirsKb = median(theirs.map((s) => s.bytes)) / 1024;
    const single = readFileSync(join(ROOT, 'dist-single/index.html'));
    return [
      {
        id: 'load.kit.bytes',
        label: 'Kit: bytes transferred until the first slide (gzip)',
        value: oursKb,
        unit: 'KB',
        goal: `≤ ${BYTES_GOAL_KB} KB`,
        ok: oursKb <= BYTES_GOAL_KB,
      },
      {
        id: 'load.baseline.bytes',
        label: 'Plain reveal.js deck: bytes until the first slide (gzip)',
        value: theirsKb,
        unit: 'KB',
      },
      {
        id: 'load.kit.firstSlide',
        label: `Kit: time to first slide (median of ${COLD_LOADS} cold loads)`,
        value: oursMs,
        unit: 'ms',
        goal: `≤ plain reveal.js (${theirsMs.toFixed(0)} ms)`,
        ok: oursMs <= theirsMs,
      },
      {
        id: 'load.baseline.firstSlide',
        label: `Plain reveal.js deck: time to first slide (median of ${COLD_LOADS} cold loads)`,
        value: theirsMs,
        unit: 'ms',
      },
      {
        id: 'load.single.bytes',
        label: 'Single-file build (dist-single/index.html)',
        value: single.length / 1024,
        unit: 'KB',
      },
      {
        id: 'load.single.gzip',
        label: 'Single-file build, gzipped',
        value: gzipSync(single).length / 1024,
        unit: 'KB',
      },
    ];
  } finally {
    await browser.close();
    await kit.close();
    await baseline.close();
    rmSync(baselineDir, { recursive: true, force: true });
  }
}

runWhenAlone(import.meta.url, run);
