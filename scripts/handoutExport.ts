import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { handoutQuery } from '../src/views/handoutOptions.ts';
import type { HandoutArgs } from './handoutArgs.ts';
import { launchChromium } from './lib/chromium.ts';
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

const SOURCES = ['slides', 'src', 'assets', 'index.html', 'vite.config.ts'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

/** Why dist/ must be (re)built, or undefined when it is up to date with the sources. */
export function staleReason(root = '.'): string | undefined {
  const built = join(root, 'dist/index.html');
  if (!existsSync(built)) return 'dist/ is missing';
  const source = Math.max(...SOURCES.map((p) => newestMtime(join(root, p))));
  return source > statSync(built).mtimeMs ? 'dist/ is older than slides/ or src/' : undefined;
}

/** Pages in a PDF that Chromium wrote (each page object says `/Type /Page`). */
export function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b(?!s)/g) ?? []
  ).length;
}

/** The footer Chromium stamps on every page: title, licence, page n of total (its template has no CSS of ours). */
export function footerTemplate(title: string, licence: string): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    '<div style="box-sizing:border-box;width:100%;padding:0 14mm;font:9px system-ui,sans-serif;color:#444;' +
    `display:flex;justify-content:space-between"><span>${esc(title)} · ${esc(licence)}</span>` +
    '<span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>'
  );
}

/**
 * The handout as a PDF: the kit's handout view printed by headless Chromium. The page size and margins come from
 * the view's `@page` (so Ctrl+P in a browser gives the same pages); the footer from Chromium's footer template.
 */
export async function exportHandout(options: ExportOptions): Promise<ExportResult> {
  const start = performance.now();
  const say = options.onProgress ?? (() => {});
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  // The browser starts while dist/ is checked, built and served: neither waits for the other.
  const launching = options.browser ? Promise.resolve(options.browser) : launchChromium();
  launching.catch(() => {});
  try {
    let base = options.baseUrl;
    if (!base) {
      const reason = staleReason();
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
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const url = new URL(`index.html${handoutQuery({ ...options, footer: 'none' })}`, base).href;
    // `data-ready` comes after the load event (the figures are drawn from lazily loaded chunks): wait for it alone
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('html[data-ready], .fatal-error', { timeout: 60_000 });
    const found = await page.evaluate(() => ({
      fatal: document.querySelector('.fatal-error')?.textContent ?? null,
      title: document.querySelector('.handout-cover h1')?.textContent ?? document.title,
      licence: document.querySelector('.handout')?.getAttribute('data-licence') ?? 'CC BY-SA 4.0',
    }));
    if (found.fatal || errors.length) throw new Error(`the handout view failed: ${found.fatal ?? errors.join('; ')}`);
    say('render', `${url} drawn`);
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(found.title, found.licence),
    });
    // as reveal's figure in the bench: from the new page to the PDF's bytes; closing it overlaps with writing
    const renderMs = performance.now() - renderStart;
    const closing = page.close();
    const path = resolve(options.out);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, pdf);
    await closing;
    const pages = countPdfPages(pdf);
    say('pdf', `${pages} pages written`);
    const ms = performance.now() - start;
    say('done', `${path} (${pages} pages, ${(ms / 1000).toFixed(1)} s)`);
    return { path, pages, ms, renderMs };
  } finally {
    await server?.close();
    if (!options.browser) await (await launching.catch(() => undefined))?.close();
  }
}
