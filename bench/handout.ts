import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { countPdfPages, exportHandout, whenPresent } from '../scripts/handoutExport.ts';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { staleReason } from '../scripts/lib/staleBuild.ts';
import { serveStatic } from '../scripts/lib/staticServer.ts';
import { loadDeck } from '../src/content/loadDeck.ts';
import type { HandoutLayout } from '../src/views/handout/handoutOptions.ts';
import { buildBaseline } from './baseline/buildBaseline.ts';
import { type Figure, median } from './figure.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 5;

interface Run {
  ms: number;
  pages: number;
}

/**
 * reveal's own print: `?print-pdf` laid out, then Chromium's PDF of it, as a presenter makes it (open the URL,
 * print). Timed over the same span as our exporter's `renderMs`: from asking for a new page to the PDF's bytes. Both
 * include making the page (250–450 ms here) because every export makes one; timing it for one side only would
 * charge it to ours alone.
 */
async function revealPrint(browser: Browser, base: string): Promise<Run> {
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
async function ours(browser: Browser, base: string, out: string, layout: HandoutLayout): Promise<Run> {
  const r = await exportHandout({ layout, paper: 'a4', out, baseUrl: base, browser });
  return { ms: r.renderMs, pages: r.pages };
}

/** The median run of each kind (the page count does not change between runs). */
const summary = (runs: Run[]): Run => ({ ms: median(runs.map((r) => r.ms)), pages: runs[0]!.pages });

/**
 * The whole deck as a handout PDF (A4), warm: the browser is running and the kit served, as when a facilitator
 * exports a second time. Beside it, reveal's `?print-pdf` of the same slides, twice: the plain reveal.js deck the
 * issue's anchors use (markdown plugin, serif theme; the load bench's baseline), and the kit's own index.html in
 * reveal's print mode (every simulation drawn). The goal, per page, is compared like for like: reveal prints one
 * slide a page, so does the `1up` layout (each slide with its narrative below). The default `notes` layout puts two
 * or three slides and their narrative on a page, so it is shown per page and per slide of the deck, the measure
 * both prints share.
 */
export async function run(): Promise<Figure[]> {
  const stale = staleReason(ROOT);
  if (stale) throw new Error(`${stale}: run \`npm run build\` before the handout bench`);
  const baselineDir = mkdtempSync(join(tmpdir(), 'bench-handout-baseline-'));
  await buildBaseline(baselineDir, join(ROOT, 'slides'));
  const kit = await serveStatic(join(ROOT, 'dist'));
  const plain = await serveStatic(baselineDir);
  const browser = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), 'bench-handout-'));
  try {
    const out = join(dir, 'handout.pdf');
    const kinds = {
      notes: () => ours(browser, kit.url, out, 'notes'),
      oneUp: () => ours(browser, kit.url, out, '1up'),
      plain: () => revealPrint(browser, plain.url),
      kitPrint: () => revealPrint(browser, kit.url),
    };
    type Kind = keyof typeof kinds;
    const names = Object.keys(kinds) as Kind[];
    // one warm-up each (first loads compile the scripts and fill the HTTP cache), then the kinds interleaved and
    // rotated, so a drift in the machine's speed touches all alike
    for (const k of names) await kinds[k]();
    const runs = Object.fromEntries(names.map((k) => [k, [] as Run[]])) as Record<Kind, Run[]>;
    for (let i = 0; i < RUNS; i++) {
      for (let j = 0; j < names.length; j++) {
        const k = names[(i + j) % names.length]!;
        runs[k].push(await kinds[k]());
      }
    }
    const [notes, oneUp, plainPrint, kitPrint] = names.map((k) => summary(runs[k])) as [Run, Run, Run, Run];
    const per = (r: Run) => r.ms / r.pages;
    const slides = loadDeck(join(ROOT, 'slides')).slides.length;
    return [
      {
        id: 'handout.export',
        label: `Handout PDF, notes layout, whole deck (${notes.pages} pages, warm, median of ${RUNS})`,
        value: notes.ms,
        unit: 'ms',
      },
      {
        id: 'handout.perPage1up',
        label: `Handout PDF, one slide a page (1up, ${oneUp.pages} pages), per page`,
        value: per(oneUp),
        unit: 'ms',
        goal: `≤ reveal.js ?print-pdf per page (${per(plainPrint).toFixed(0)} ms)`,
        ok: per(oneUp) <= per(plainPrint),
      },
      {
        id: 'handout.revealPerPage',
        label: `reveal.js ?print-pdf of the same slides (plain deck, markdown plugin; ${plainPrint.pages} pages), per page`,
        value: per(plainPrint),
        unit: 'ms',
      },
      {
        id: 'handout.kitPrintPerPage',
        label: `The kit's own deck in reveal's ?print-pdf (simulations drawn; ${kitPrint.pages} pages), per page`,
        value: per(kitPrint),
        unit: 'ms',
      },
      {
        id: 'handout.perPage',
        label: 'Handout PDF, notes layout (two or three slides and their narrative a page), per page',
        value: per(notes),
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
        label: 'reveal.js ?print-pdf of the same slides (plain deck), per slide',
        value: plainPrint.ms / slides,
        unit: 'ms',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(baselineDir, { recursive: true, force: true });
    await browser.close();
    await kit.close();
    await plain.close();
  }
}
