import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { countPdfPages, exportHandout, staleReason, whenPresent } from '../scripts/handoutExport.ts';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveStatic } from '../scripts/lib/staticServer.ts';
import { loadDeck } from '../src/content/loadDeck.ts';
import type { HandoutLayout } from '../src/views/handoutOptions.ts';
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

/** One run of our exporter, warm: from a new page to the PDF's bytes (its `renderMs`), and the pages. */
async function ours1(browser: Browser, base: string, out: string, layout: HandoutLayout) {
  const r = await exportHandout({ layout, paper: 'a4', out, baseUrl: base, browser });
  return { ms: r.renderMs, pages: r.pages };
}

/**
 * The whole deck as a handout PDF (A4), warm: the browser is running and the kit served, as when a facilitator
 * exports a second time. Beside it, reveal's `?print-pdf` of the same deck. The goal, per page, is compared like for
 * like: reveal prints one slide a page, so does the `1up` layout (each slide with its narrative below). The default
 * `notes` layout puts two or three slides and their narrative on a page, so its figures are shown per page and per
 * slide of the deck, the measure both prints share.
 */
export async function run(): Promise<Figure[]> {
  const stale = staleReason(ROOT);
  if (stale) throw new Error(`${stale}: run \`npm run build\` before the handout bench`);
  const server = await serveStatic(join(ROOT, 'dist'));
  const browser = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), 'bench-handout-'));
  try {
    const out = join(dir, 'handout.pdf');
    // one warm-up each: first loads compile the scripts and fill the HTTP cache
    await exportHandout({ layout: 'notes', paper: 'a4', out, baseUrl: server.url, browser });
    await revealPrint(browser, server.url);
    // interleaved, so a drift in the machine's speed touches all three alike
    const theirRuns: { ms: number; pages: number }[] = [];
    const notesRuns: { ms: number; pages: number }[] = [];
    const oneUpRuns: { ms: number; pages: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      notesRuns.push(await ours1(browser, server.url, out, 'notes'));
      theirRuns.push(await revealPrint(browser, server.url));
      oneUpRuns.push(await ours1(browser, server.url, out, '1up'));
    }
    const sum = (runs: { ms: number; pages: number }[]) => ({
      ms: median(runs.map((r) => r.ms)),
      pages: runs[0]!.pages,
    });
    const [notes, oneUp, theirs] = [sum(notesRuns), sum(oneUpRuns), sum(theirRuns)];
    const theirsPer = theirs.ms / theirs.pages;
    const slides = loadDeck(join(ROOT, 'slides')).slides.length;
    return [
      {
        id: 'handout.export',
        label: `Handout PDF, notes layout, whole deck (${notes.pages} pages, warm)`,
        value: notes.ms,
        unit: 'ms',
      },
      {
        id: 'handout.perPage1up',
        label: `Handout PDF, one slide a page (1up, ${oneUp.pages} pages), per page`,
        value: oneUp.ms / oneUp.pages,
        unit: 'ms',
        goal: `≤ reveal ?print-pdf per page (${theirsPer.toFixed(0)} ms)`,
        ok: oneUp.ms / oneUp.pages <= theirsPer,
      },
      {
        id: 'handout.perPage',
        label: 'Handout PDF, notes layout (two or three slides and their narrative a page), per page',
        value: notes.ms / notes.pages,
        unit: 'ms',
      },
      {
        id: 'handout.perSlide',
        label: `Handout PDF, notes layout, per slide of the deck (${slides} slides)`,
        value: notes.ms / slides,
        unit: 'ms',
      },
      {
        id: 'handout.revealPerSlide',
        label: 'reveal ?print-pdf of the same deck, per slide',
        value: theirs.ms / slides,
        unit: 'ms',
      },
      {
        id: 'handout.revealPerPage',
        label: `reveal ?print-pdf, per page (${theirs.pages} pages, one slide or fragment step a page)`,
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
