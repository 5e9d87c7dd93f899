import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/content/index.ts';
import { baseUrl, launchChromium, openPage } from './harness.ts';

const deck = loadDeck('slides');
const SINGLE = resolve('dist-single/index.html');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  // the single-file build under test is built here, so it always matches the slides and code being tested
  await build({ configFile: resolve('vite.config.ts'), mode: 'single', logLevel: 'warn' });
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

const notesText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Every request of a context (all its pages, popups and iframes) that `allowed` refuses. */
function recordRequests(context: BrowserContext, allowed: (url: URL) => boolean): string[] {
  const refused: string[] = [];
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
    if (!allowed(url)) refused.push(r.url());
  });
  return refused;
}

async function newContext(): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 720 } });
}

/**
 * Shows every slide in turn and waits for the simulations on it to mount (their code loads on first use).
 *
 * With the speaker view open, each step also waits until the speaker view's copy of the deck shows the same slide.
 * reveal's notes plugin sends any slide change of that copy back to the deck (debounced by 500 ms); on a busy machine
 * the copy lags behind a deck driven faster than any presenter, reports a slide the deck has already left, and the
 * deck jumps back to it. The test then waited for the simulations of "the current slide", a slide without any, in
 * vain ("expected 0 to be greater than or equal to 1"). So: the count is read on the slide that was shown, and the
 * next slide is shown only once the speaker view has caught up.
 */
async function visitEverySlide(page: Page, speaker?: Page): Promise<number> {
  const copy = speaker && (await (await speaker.waitForSelector('#current-slide iframe')).contentFrame());
  let widgets = 0;
  for (const slide of deck.slides) {
    const at = [slide.h, slide.v] as const;
    await page.evaluate(([h, v]) => window.Reveal!.slide(h, v), at);
    if (slide.sims.length) {
      // polled from here: waitForFunction would eval in the page, which the kit's CSP forbids
      await expect
        .poll(
          () =>
            page.evaluate(([h, v]) => window.Reveal!.getSlide(h, v)?.querySelectorAll('.sim-widget').length ?? 0, at),
          { timeout: 15_000 },
        )
        .toBeGreaterThanOrEqual(slide.sims.length);
      widgets += slide.sims.length;
    }
    if (copy)
      await expect
        .poll(() => copy.evaluate(() => window.Reveal?.getIndices()), { timeout: 15_000 })
        .toMatchObject({ h: slide.h, v: slide.v });
  }
  return widgets;
}

/** Scrolls a long page to the end in screen-sized steps, so whatever loads on sight loads. */
async function scrollThrough(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    // a rendered frame at this position: whatever watches for elements coming into view has been told
    await page.evaluate(
      () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
  }
}

describe('offline: the built kit asks nothing outside its origin', () => {
  const kitOrigin = () => new URL(baseUrl('kit')).origin;

  test('present view, every slide visited, with the speaker view open', async () => {
    const context = await newContext();
    const refused = recordRequests(context, (u) => u.origin === kitOrigin());
    const { page, errors } = await openPage(browser, 'index.html', { context });
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.waitForLoadState('load');
    expect(await visitEverySlide(page, speaker)).toBe(deck.slides.flatMap((s) => s.sims).length);
    await page.waitForLoadState('networkidle');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each([
    ['reading view', 'index.html?view=read'],
    ['handout view', 'handout.html'],
    ['handout view by its index.html link', 'index.html?view=handout'],
    ['print layout', 'index.html?print-pdf'],
  ])('%s', async (_name, path) => {
    const context = await newContext();
    const refused = recordRequests(context, (u) => u.origin === kitOrigin());
    const { page, errors } = await openPage(browser, path, { context });
    await scrollThrough(page);
    await page.waitForLoadState('networkidle');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('offline: the single-file build works from file://', () => {
  const fileUrl = pathToFileURL(SINGLE);
  const onlyTheFile = (u: URL) => u.protocol === 'file:' && u.pathname === fileUrl.pathname;

  async function open(search: string, context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${fileUrl.href}${search}`);
    await page.waitForSelector('html[data-ready]', { timeout: 30_000 });
    return { page, errors };
  }

  test('presents every slide, and the speaker view opens from it with the notes', async () => {
    const context = await newContext();
    const refused = recordRequests(context, onlyTheFile);
    const { page, errors } = await open('', context);
    expect(await page.evaluate(() => window.Reveal!.isReady())).toBe(true);
    expect(await page.evaluate(() => window.Reveal!.getTotalSlides())).toBe(deck.slides.length);
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    const withNotes = deck.slides.find((s) => s.notesHtml)!;
    await page.evaluate(([h, v]) => window.Reveal!.slide(h, v), [withNotes.h, withNotes.v]);
    const notes = speaker.locator('.speaker-controls-notes .value');
    await expect
      .poll(async () => notesText(await notes.innerHTML()), { timeout: 15_000 })
      .toContain(notesText(withNotes.notesHtml).slice(0, 40));
    expect(await visitEverySlide(page, speaker)).toBeGreaterThan(0);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the speaker window is dressed there too: the cue strip, and a console whose Play moves the projector', async () => {
    const context = await newContext();
    const sim = deck.slides.find((s) => s.sims.length > 0)!;
    const { page, errors } = await open(`#/${sim.h}/${sim.v}`, context);
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.locator('#gf-cues').waitFor({ state: 'attached', timeout: 20_000 });
    await speaker.locator('.gf-console .gf-play').click({ timeout: 15_000 });
    const projectorTick = () =>
      page.evaluate(() =>
        Number(window.Reveal!.getCurrentSlide().querySelector<HTMLInputElement>('.sim-timeline')?.value ?? 0),
      );
    await expect.poll(projectorTick, { timeout: 10_000 }).toBeGreaterThan(0);
    await speaker.locator('.gf-console .gf-play').click();
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each([
    ['reading view', '?view=read', '.read-slide', deck.slides.length],
    ['handout view', '?view=handout', '.handout', 1],
  ])('%s', async (_name, search, selector, count) => {
    const context = await newContext();
    const refused = recordRequests(context, onlyTheFile);
    const { page, errors } = await open(search, context);
    expect(await page.locator(selector).count()).toBe(count);
    await scrollThrough(page);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
