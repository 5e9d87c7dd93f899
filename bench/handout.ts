import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { countPdfPages, exportHandout, staleReason, whenPresent } from '../scripts/handoutExport.ts';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveStatic } from '../scripts/lib/staticServer.ts';
import { loadDeck } from '../src/content/loadDeck.ts';
import type { Figure } from './figure.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * reveal's own print: `?print-pdf` laid out, then Chromium's PDF of it, as a presenter makes it (open the URL,
 * print). Timed over the same span as our exporter's `renderMs`: from asking for a new page to the PDF's bytes. Both
 * include making the page (250–450 ms here) because every export makes one; timing it for one side only would
 * charge it to ours alone.
 */
async function revealPrint(browser: Browser, base: string): Promise<{ ms: number; pages: number }> {
  const start = performance.now();
  const page = await browser.newPage();
  try {
    // waited for as our exporter waits: the moment the pages exist, not after a painted frame
    await page.goto(new URL('index.html?print-pdf', base).href, { waitUntil: 'commit' });
    await whenPresent(page, 'html[data-ready] .pdf-page');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return { ms: performance.now() - start, pages: countPdfPages(pdf) };
  } finally {
    await page.close();
  }
}

/**
 * The whole deck as a handout PDF (notes layout, A4), warm: the browser is running and the kit served, as when a
 * facilitator exports a second time. Beside it, reveal's `?print-pdf` of the same deck, per page: the goal is that
 * our print view, which draws every simulation, costs no more per page than reveal's.
 */
export async function run(): Promise<Figure[]> {
  const stale = staleReason(ROOT);
  if (stale) throw new Error(`${stale}: run \`npm run build\` before the handout bench`);
  const server = await serveStatic(join(ROOT, 'dist'));
  const browser = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), 'bench-handout-'));
  try {
    const ours: { ms: number; pages: number }[] = [];
    const theirs: { ms: number; pages: number }[] = [];
    const out = join(dir, 'handout.pdf');
    // one warm-up each: first loads compile the scripts and fill the HTTP cache
    await exportHandout({ layout: 'notes', paper: 'a4', out, baseUrl: server.url, browser });
    await revealPrint(browser, server.url);
    for (let i = 0; i < RUNS; i++) {
      const r = await exportHandout({ layout: 'notes', paper: 'a4', out, baseUrl: server.url, browser });
      ours.push({ ms: r.renderMs, pages: r.pages });
      theirs.push(await revealPrint(browser, server.url));
    }
    const oursMs = median(ours.map((r) => r.ms));
    const theirsMs = median(theirs.map((r) => r.ms));
    const oursPer = oursMs / ours[0]!.pages;
    const theirsPer = theirsMs / theirs[0]!.pages;
    // Per page favours sparse pages: reveal prints one slide (or one fragment step) a page, the handout two slides
    // and their narrative. The same deck's slides are the common measure, so the whole export is shown per slide too.
    const slides = loadDeck(join(ROOT, 'slides')).slides.length;
    return [
      {
        id: 'handout.export',
        label: `Handout PDF, whole deck (${ours[0]!.pages} pages, warm)`,
        value: oursMs,
        unit: 'ms',
      },
      {
        id: 'handout.perPage',
        label: 'Handout PDF, per page',
        value: oursPer,
        unit: 'ms',
        goal: `≤ reveal ?print-pdf per page (${theirsPer.toFixed(0)} ms)`,
        ok: oursPer <= theirsPer,
      },
      {
        id: 'handout.perSlide',
        label: `Handout PDF, per slide of the deck (${slides} slides)`,
        value: oursMs / slides,
        unit: 'ms',
      },
      {
        id: 'handout.revealPerSlide',
        label: 'reveal ?print-pdf of the same deck, per slide',
        value: theirsMs / slides,
        unit: 'ms',
      },
      {
        id: 'handout.revealPerPage',
        label: `reveal ?print-pdf, per page (${theirs[0]!.pages} pages)`,
        value: theirsPer,
        unit: 'ms',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await browser.close();
    await server.close();
  }
}
