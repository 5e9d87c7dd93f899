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

/** One language's cold loads: the kit at `?lang=` against the plain reveal.js deck of that language's slides. */
interface Pair {
  lang: 'en' | 'es';
  kitUrl: string;
  baselineUrl: string;
  ours: LoadSample[];
  theirs: LoadSample[];
}

function pairFigures({ lang, ours, theirs }: Pair): Figure[] {
  const oursMs = median(ours.map((s) => s.readyMs));
  const theirsMs = median(theirs.map((s) => s.readyMs));
  const oursKb = median(ours.map((s) => s.bytes)) / 1024;
  const theirsKb = median(theirs.map((s) => s.bytes)) / 1024;
  // the English figures keep their ids (bench/results.json's history); Spanish ones are `load.<side>.es.*`
  const id = (side: string, what: string) => (lang === 'en' ? `load.${side}.${what}` : `load.${side}.es.${what}`);
  const tag = lang === 'en' ? '' : ' (Spanish deck, ?lang=es)';
  return [
    {
      id: id('kit', 'bytes'),
      label: `Kit${tag}: bytes transferred until the first slide (gzip)`,
      value: oursKb,
      unit: 'KB',
      goal: `≤ ${BYTES_GOAL_KB} KB`,
      ok: oursKb <= BYTES_GOAL_KB,
    },
    {
      id: id('baseline', 'bytes'),
      label: `Plain reveal.js deck${tag}: bytes until the first slide (gzip)`,
      value: theirsKb,
      unit: 'KB',
    },
    {
      id: id('kit', 'firstSlide'),
      label: `Kit${tag}: time to first slide (median of ${COLD_LOADS} cold loads)`,
      value: oursMs,
      unit: 'ms',
      goal: `≤ plain reveal.js (${theirsMs.toFixed(0)} ms)`,
      ok: oursMs <= theirsMs,
    },
    {
      id: id('baseline', 'firstSlide'),
      label: `Plain reveal.js deck${tag}: time to first slide (median of ${COLD_LOADS} cold loads)`,
      value: theirsMs,
      unit: 'ms',
    },
  ];
}

/**
 * Transfer size and time to the first slide of the built kit, against a plain reveal.js deck of the same slides
 * (markdown plugin, serif theme), both served gzipped from 127.0.0.1 and loaded cold, alternately, in one run: in
 * English, and in Spanish (the kit at `?lang=es`, which loads the Spanish deck's chunk before its first slide,
 * against a plain deck of slides/es/). The two languages are printed side by side.
 */
export async function run(): Promise<Figure[]> {
  await ensureKitBuilds();
  const baselineDir = mkdtempSync(join(tmpdir(), 'gf-baseline-'));
  const baselineEsDir = mkdtempSync(join(tmpdir(), 'gf-baseline-es-'));
  await buildBaseline(baselineDir, join(ROOT, 'slides'));
  await buildBaseline(baselineEsDir, join(ROOT, 'slides/es'), ROOT);
  const kit = await serveStatic(join(ROOT, 'dist'));
  const baseline = await serveStatic(baselineDir);
  const baselineEs = await serveStatic(baselineEsDir);
  const browser = await launchChromium();
  try {
    const pairs: Pair[] = [
      { lang: 'en', kitUrl: kit.url, baselineUrl: baseline.url, ours: [], theirs: [] },
      { lang: 'es', kitUrl: new URL('?lang=es', kit.url).href, baselineUrl: baselineEs.url, ours: [], theirs: [] },
    ];
    // one discarded load each warms the browser process and the OS file cache
    for (const p of pairs) {
      await coldLoad(browser, p.kitUrl);
      await coldLoad(browser, p.baselineUrl);
    }
    for (let i = 0; i < COLD_LOADS; i++) {
      for (const p of pairs) {
        p.ours.push(await coldLoad(browser, p.kitUrl));
        p.theirs.push(await coldLoad(browser, p.baselineUrl));
      }
    }
    const [en, es] = pairs.map(pairFigures) as [Figure[], Figure[]];
    console.log('  first slide         English                 Spanish (?lang=es)');
    const row = (label: string, i: number, unit: string) =>
      console.log(
        `  ${label.padEnd(18)}  ${`${en[i]!.value.toFixed(1)} ${unit}`.padEnd(22)}  ${es[i]!.value.toFixed(1)} ${unit}`,
      );
    row('kit, gzip', 0, 'KB');
    row('reveal.js, gzip', 1, 'KB');
    row('kit, time', 2, 'ms');
    row('reveal.js, time', 3, 'ms');
    const single = readFileSync(join(ROOT, 'dist-single/index.html'));
    return [
      ...en,
      ...es,
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
    await baselineEs.close();
    rmSync(baselineDir, { recursive: true, force: true });
    rmSync(baselineEsDir, { recursive: true, force: true });
  }
}

runWhenAlone(import.meta.url, run);
