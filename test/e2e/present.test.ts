import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/content/index.ts';
import { indices, openPage, useBrowser } from './harness.ts';

const deck = loadDeck('slides');
const browser = useBrowser();

const notesText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('present view (built kit, real Chromium)', () => {
  test('loads with no console errors and no request outside its origin', async () => {
    const { page, context, errors, external } = await openPage(browser(), 'index.html');
    expect(await page.locator('.reveal .slides section').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.Reveal!.getTotalSlides())).toBe(deck.slides.length);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  test.each([
    ['ArrowRight/ArrowDown', 'arrows'],
    ['PageDown (a clicker)', 'PageDown'],
  ])('%s visits every slide in order, fragments included', async (_label, mode) => {
    const { page, context, errors } = await openPage(browser(), 'index.html');
    const here = async () => {
      const { h, v } = await indices(page);
      return v > 0 ? `${h}/${v}` : `${h}`;
    };
    const seen = [await here()];
    // A press first reveals the slide's fragments, then moves on: press until the slide changes.
    for (let i = 0; i < deck.slides.length - 1; i++) {
      const next = deck.slides[i + 1]!;
      const key = mode === 'PageDown' ? 'PageDown' : next.h === deck.slides[i]!.h ? 'ArrowDown' : 'ArrowRight';
      const before = await here();
      for (let presses = 0; presses < 30 && (await here()) === before; presses++) await page.keyboard.press(key);
      seen.push(await here());
    }
    expect(seen).toEqual(deck.slides.map((s) => s.id));
    const last = await here();
    for (let presses = 0; presses < 30 && (await here()) === last; presses++) await page.keyboard.press('PageUp');
    expect(await here()).toBe(deck.slides.at(-2)!.id);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a deep link opens the right slide', async () => {
    const target = deck.slides[Math.min(3, deck.slides.length - 1)]!;
    const { page, context } = await openPage(browser(), `index.html#/${target.h}/${target.v}`);
    expect(await indices(page)).toEqual({ h: target.h, v: target.v });
    await context.close();
  });

  test('S opens the speaker view, whose notes follow the main window', async () => {
    const { page, context, errors } = await openPage(browser(), 'index.html');
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    const notes = speaker.locator('.speaker-controls-notes .value');
    const withNotes = deck.slides.filter((s) => s.notesHtml).slice(0, 3);
    for (const slide of withNotes) {
      await page.evaluate(([h, v]) => window.Reveal!.slide(h, v), [slide.h, slide.v]);
      const expected = notesText(slide.notesHtml).slice(0, 40);
      await expect.poll(async () => notesText(await notes.innerHTML()), { timeout: 10_000 }).toContain(expected);
    }
    // the speaker view shows the upcoming slide and a timer
    expect(await speaker.locator('.speaker-controls-time').count()).toBe(1);
    expect(await speaker.locator('#upcoming-slide iframe, .upcoming-slide iframe').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('?print-pdf lays out a page for every slide', async () => {
    const { page, context, errors } = await openPage(browser(), 'index.html?print-pdf');
    await page.waitForSelector('.pdf-page');
    const ids = await page.$$eval('.pdf-page section[data-slide-id]', (els) => [
      ...new Set(els.map((e) => (e as HTMLElement).dataset.slideId)),
    ]);
    expect(ids).toEqual(deck.slides.map((s) => s.id));
    const pages = await page.locator('.pdf-page').count();
    expect(pages).toBeGreaterThanOrEqual(deck.slides.length);
    expect(errors).toEqual([]);
    await context.close();
  });
});
