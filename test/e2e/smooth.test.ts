import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/content/index.ts';
import { openPage, useBrowser } from './harness.ts';

const deck = loadDeck('slides');
const browser = useBrowser();

/** every drawn member's and newcomer's position in the current slide's network, in document order */
const picture = (page: Page) =>
  page.evaluate(() =>
    [...window.Reveal!.getCurrentSlide().querySelectorAll('.sim svg circle, .sim svg path')].map((n) =>
      ['cx', 'cy', 'd', 'transform'].map((a) => n.getAttribute(a)).join(' '),
    ),
  );
const drawn = (page: Page) =>
  expect
    .poll(() => page.evaluate(() => window.Reveal!.getCurrentSlide().querySelectorAll('.sim svg circle').length))
    .toBeGreaterThan(0);

describe('a simulation made ready while the slide before is on screen (issue 19)', () => {
  const i = deck.slides.findIndex((s, k) => k > 0 && s.sims.some((b) => b.view !== 'chart'));
  const slide = deck.slides[i]!;
  const before = deck.slides[i - 1]!;

  test('the slide before prepares it, and arriving draws the same picture as opening the slide itself', async () => {
    expect(i).toBeGreaterThan(0);
    const direct = await openPage(browser(), `index.html#/${slide.h}/${slide.v}`);
    await drawn(direct.page);
    // opened on its own slide, nothing was prepared ahead: the widget computed its layout itself
    expect(await direct.page.locator('.sim[data-prepared]').count()).toBe(0);
    const expected = await picture(direct.page);
    await direct.context.close();

    const { page, context, errors } = await openPage(browser(), `index.html#/${before.h}/${before.v}`);
    await expect
      .poll(() =>
        page.evaluate(
          (id) => document.querySelector(`.sim[data-sim="${id}"]`)?.hasAttribute('data-prepared'),
          slide.sims[0]!.id,
        ),
      )
      .toBe(true);
    await page.evaluate(() => window.Reveal!.next());
    await expect.poll(() => page.evaluate(() => window.Reveal!.getIndices().h)).toBe(slide.h);
    await drawn(page);
    expect(await picture(page)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await context.close();
  });
});
