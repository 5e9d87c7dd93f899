import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { EXPORT_FLAG, handoutQuery, PAGE_MARGIN_MM, PAPER_MM } from '../src/views/handout/handoutOptions.ts';
import { ROOM_BETS_KEY } from '../src/views/handout/handoutRoomBets.ts';
import { MAX_IMPORT_BYTES } from '../src/views/shared/takeHome.ts';
import type { HandoutArgs } from './handoutArgs.ts';
import { launchChromium } from './lib/chromium.ts';
import { staleReason } from './lib/staleBuild.ts';
import { serveStatic } from './lib/staticServer.ts';

export type HandoutStage = 'build' | 'serve' | 'render' | 'pdf' | 'done';

export interface ExportOptions extends HandoutArgs {
  /** a running kit to print (tests, bench); without it dist/ is built if stale and served here */
  baseUrl?: string;
  /** a browser to reuse (tests, bench); without it one is launched and closed */
  browser?: Browser;
  onProgress?: (stage: HandoutStage, detail: string) => void;
}

export interface ExportResult {
  path: string;
  pages: number;
  ms: number;
  /** time spent in the browser only (render + pdf), for per-page figures */
  renderMs: number;
}

/** Pages in a PDF that Chromium wrote (each page object says `/Type /Page`). */
export function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b(?!s)/g) ?? []
  ).length;
}

/**
 * Resolves as soon as `selector` matches in the page (a MutationObserver in the page), without waiting for a frame to
 * be painted as Playwright's visibility wait does: the print that follows lays the page out itself. A string, not a
 * function: tsx compiles functions with a `__name` helper the page does not have.
 */
export async function whenPresent(page: Page, selector: string, timeoutMs = 60_000): Promise<void> {
  await page.evaluate(`new Promise((resolve, reject) => {
    const sel = ${JSON.stringify(selector)};
    if (document.querySelector(sel)) return resolve();
    const timer = setTimeout(() => { obs.disconnect(); reject(new Error('timed out waiting for ' + sel)); }, ${timeoutMs});
    const obs = new MutationObserver(() => {
      if (!document.querySelector(sel)) return;
      obs.disconnect();
      clearTimeout(timer);
      resolve();
    });
    obs.observe(document, { attributes: true, childList: true, subtree: true });
  })`);
}

/**
 * The window the handout is laid out in before printing: the printable width of the paper (CSS px are 1/96 in), so
 * the page's own layout already has the width Chromium prints at.
 */
export function printViewport(paper: HandoutArgs['paper']): { width: number; height: number } {
  const px = (mm: number) => Math.round((mm * 96) / 25.4);
  const { width, height } = PAPER_MM[paper];
  const { top, side, bottom } = PAGE_MARGIN_MM;
  return { width: px(width - 2 * side), height: px(height - top - bottom) };
}

const WHY: Record<string, string> = {
  ENOTDIR: 'a part of that path is a file, not a folder',
  // what mkdir says when a folder on the way is a file
  EEXIST: 'a part of that path is a file, not a folder',
  EISDIR: 'that is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
};

/** A file-system error in plain words, with the system's own message for the details. */
function fsReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const why = (e.code && WHY[e.code]) || 'the file could not be written';
  return `${why} (${e.message ?? String(error)})`;
}

/**
 * Where the PDF is written: a temporary file beside the target, renamed over it only once the whole PDF is on disk, so
 * a failed export (full disk, a crash, Chromium failing) never leaves a truncated PDF, and an existing one stays as it
 * was. Made before anything is rendered: a target that cannot be written fails at once, not after the render.
 */
export async function openTarget(out: string): Promise<{ path: string; temp: string }> {
  const path = resolve(out);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.part`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, '');
  } catch (error) {
    throw new Error(`cannot write ${path}: ${fsReason(error)}; nothing was written`);
  }
  return { path, temp };
}

/** A PDF as Chromium writes it begins with its header and ends with an end-of-file marker: anything else is cut off. */
export function isWholePdf(pdf: Uint8Array): boolean {
  const text = Buffer.from(pdf).toString('latin1');
  return text.startsWith('%PDF-') && /%%EOF\s*$/.test(text.slice(-32));
}

/** `--bets FILE`'s text, read before anything is rendered: a missing or oversized file fails at once. */
async function readBetsFile(file: string): Promise<string> {
  try {
    if ((await stat(file)).size > MAX_IMPORT_BYTES) throw new Error('too big to be a file of bets from the room');
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot use --bets ${file}: ${(error as Error).message}; nothing was written`);
  }
}

/**
 * The handout as a PDF: the kit's handout view printed by headless Chromium. The page size, margins and footer come
 * from the view's `@page` (so Ctrl+P in a browser gives the same pages).
 *
 * Speed: the page is opened with print media and a window as wide as the printed column, so what the page computes
 * before printing is what the print needs (measured here: ~840 → ~430 ms for the 18-page notes layout), and with
 * `?export`, which leaves the slide blocks to be laid out once, by the print, not also for a screen nobody sees. The
 * page waits for its images and fonts without forcing a layout of its own (see `whenPrintable` in views/handout/handout.ts).
 * The footer is CSS page-margin boxes rather than Chromium's footer template, which builds and runs a small document
 * per page (~8 ms a page). Printing starts when `data-ready` appears, not after a painted frame (~100 ms).
 */
export async function exportHandout(options: ExportOptions): Promise<ExportResult> {
  const start = performance.now();
  const say = options.onProgress ?? (() => {});
  const bets = options.bets === undefined ? undefined : await readBetsFile(options.bets);
  // all or nothing: the target is replaced only by a whole PDF (see openTarget)
  const { path, temp } = await openTarget(options.out);
  let written = false;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  // The browser starts while dist/ is checked, built and served: neither waits for the other.
  const launching = options.browser ? Promise.resolve(options.browser) : launchChromium();
  launching.catch(() => {});
  try {
    let base = options.baseUrl;
    if (!base) {
      const reason = staleReason('.');
      if (reason) {
        say('build', `${reason}: building the kit`);
        const { build } = await import('vite');
        await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn' });
      } else say('build', 'dist/ is up to date');
      server = await serveStatic('dist');
      base = server.url;
      say('serve', `serving dist/ at ${base}`);
    }
    const browser = await launching;
    const renderStart = performance.now();
    const page = await browser.newPage({ viewport: printViewport(options.paper) });
    await page.emulateMedia({ media: 'print' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // handout.html, the handout's own page: no reveal.js to load, parse and run before the handout starts
    // EXPORT_FLAG: each block is laid out once, by the print (see html[data-exporting] in assets/handout.css)
    // ?lang= picks the slides and the interface's words; <html lang> follows, and Chromium writes it as the PDF's /Lang
    const lang = options.lang ? `&lang=${encodeURIComponent(options.lang)}` : '';
    const url = new URL(`handout.html${handoutQuery({ ...options, footer: 'css' })}${lang}&${EXPORT_FLAG}`, base).href;
    // `data-ready` comes after the load event (the figures are drawn from lazily loaded chunks): wait for it alone
    // --bets: the file goes where the page's own "Import my bets" keeps it; the page reads and checks it (one parser)
    if (bets !== undefined)
      await page.addInitScript({
        content: `try { localStorage.setItem(${JSON.stringify(ROOM_BETS_KEY)}, ${JSON.stringify(bets)}); } catch {}`,
      });
    await page.goto(url, { waitUntil: 'commit' });
    await whenPresent(page, 'html[data-ready], .fatal-error');
    const fatal = await page.evaluate(() => document.querySelector('.fatal-error')?.textContent ?? null);
    if (fatal || errors.length) throw new Error(`the handout view failed: ${fatal ?? errors.join('; ')}`);
    const shown = await page.evaluate(() => document.documentElement.lang);
    if (options.lang && shown !== options.lang)
      throw new Error(`the handout is in "${shown}", not "${options.lang}": this build has no slides/${options.lang}/`);
    if (bets !== undefined) {
      const printed = await page.evaluate(() => ({
        count: Number(document.documentElement.dataset.roomBets ?? 0),
        notice: document.querySelector('.handout-notice')?.textContent ?? '',
      }));
      if (printed.count === 0)
        throw new Error(`--bets ${options.bets}: ${printed.notice || 'the file holds no bets on this workshop'}`);
      say('render', `bets from the room printed on their slides: ${printed.count}`);
    }
    say('render', `${url} drawn`);
    // tagged: the PDF carries its structure and the page's <html lang> as /Lang (screen readers, `--lang es`)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    // as reveal's figure in the bench: from the new page to the PDF's bytes; closing it overlaps with writing
    const renderMs = performance.now() - renderStart;
    const closing = page.close();
    if (!isWholePdf(pdf)) throw new Error('Chromium returned an incomplete PDF');
    try {
      await writeFile(temp, pdf);
      await rename(temp, path);
    } catch (error) {
      throw new Error(`cannot write ${path}: ${fsReason(error)}`);
    }
    written = true;
    await closing;
    const pages = countPdfPages(pdf);
    say('pdf', `${pages} pages written`);
    const ms = performance.now() - start;
    say('done', `${path} (${pages} pages, ${(ms / 1000).toFixed(1)} s)`);
    return { path, pages, ms, renderMs };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const kept = existsSync(path) ? `${path} is unchanged` : `no file was written`;
    throw new Error(`${why}; ${kept}`, { cause: error });
  } finally {
    if (!written) await rm(temp, { force: true });
    await server?.close();
    if (!options.browser) await (await launching.catch(() => undefined))?.close();
  }
}
