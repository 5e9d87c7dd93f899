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
/** where every member and newcomer is drawn (not the follows, whose shades a trust parameter may change) */
const places = (page: Page) =>
  page.evaluate(() =>
    [...window.Reveal!.getCurrentSlide().querySelectorAll('.sim svg circle, .sim svg path:not(.edge-band)')].map((n) =>
      ['cx', 'cy', 'transform'].map((a) => n.getAttribute(a)).join(' '),
    ),
  );
/** the whole figure is drawn: the network's members, and every chart's lines (a chart may come a frame later) */
const drawn = (page: Page) =>
  expect
    .poll(() =>
      page.evaluate(() => {
        const slide = window.Reveal!.getCurrentSlide();
        const charts = [...slide.querySelectorAll('.sim-chart-box')];
        return (
          slide.querySelectorAll('.sim svg circle').length > 0 && charts.every((c) => c.querySelector('svg path.line'))
        );
      }),
    )
    .toBe(true);

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

  test("the build's layout is the one the page computes: a parameter that leaves the graph alone keeps every node", async () => {
    // decay changes how trust fades, not the graph at tick 0: its run gets no shipped layout, so this page computes
    // the layout itself (layoutNetwork, keyed by the graph), and every node must be where the shipped one put it, to
    // the last digit (the build made it in Node, whose Math.sin/cos/pow differ from Chromium's: detSinCos)
    const block = slide.sims.find((b) => b.view !== 'chart')!;
    const hash = `#/${slide.h}/${slide.v}`;
    const shipped = await openPage(browser(), `index.html${hash}`);
    await drawn(shipped.page);
    const expected = await places(shipped.page);
    await shipped.context.close();
    const { page, context, errors } = await openPage(browser(), `index.html?sim=${block.id}&decay=0.31${hash}`);
    await drawn(page);
    expect(await places(page)).toEqual(expected);
    expect(expected.filter((p) => /\d/.test(p)).length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the reading view draws a figure a screen ahead, in idle time (issue 19)', () => {
  // a network figure (not the first: the first may be near the top), its bet placed while it is still below the screen
  const ids = deck.slides.flatMap((s) => s.sims.filter((b) => b.view !== 'chart' && b.bet).map((b) => b.id));
  const id = ids[1]!;

  /**
   * Places the figure's bet with its form `screens` below the top of the window (0: then scrolled onto the figure).
   * Slides not yet shown have an estimated height (read.css, content-visibility), so the scroll is corrected until the
   * form stays where it was put.
   */
  const betAt = (page: Page, screens: number) =>
    page.evaluate(
      async ([sim, at]) => {
        const el = document.querySelector<HTMLElement>(`.sim[data-sim="${sim}"]`)!;
        const form = el.previousElementSibling!.querySelector('form')!;
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
        for (let i = 0; i < 10; i++) {
          const off = form.getBoundingClientRect().top - innerHeight * (at as number);
          if (Math.abs(off) < 2) break;
          scrollTo(0, scrollY + off);
          await frame();
        }
        form.querySelector<HTMLInputElement>('input[type=radio]')!.click();
        form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
        if (at === 0) el.scrollIntoView({ block: 'start' });
      },
      [id, screens] as const,
    );
  const places = (page: Page) =>
    page.evaluate(
      (sim) =>
        [
          ...document.querySelectorAll(`.sim[data-sim="${sim}"] svg circle, .sim[data-sim="${sim}"] svg path.newcomer`),
        ].map((n) => ['cx', 'cy', 'transform'].map((a) => n.getAttribute(a)).join(' ')),
      id,
    );
  const below = (page: Page) =>
    page.evaluate(
      (sim) => document.querySelector(`.sim[data-sim="${sim}"]`)!.getBoundingClientRect().top > innerHeight,
      id,
    );

  test('a figure a screen below is drawn before it is seen, as it is drawn on sight', async () => {
    expect(ids.length).toBeGreaterThan(1);
    const onSight = await openPage(browser(), 'index.html?view=read', { width: 360, height: 740 });
    await betAt(onSight.page, 0);
    await expect.poll(async () => (await places(onSight.page)).length).toBeGreaterThan(10);
    const expected = await places(onSight.page);
    await onSight.context.close();

    const { page, context, errors } = await openPage(browser(), 'index.html?view=read', { width: 360, height: 740 });
    await betAt(page, 1.4);
    // drawn while still below the screen: nothing has scrolled it into view
    await expect.poll(async () => (await places(page)).length).toBeGreaterThan(10);
    expect(await below(page)).toBe(true);
    expect(await places(page)).toEqual(expected);
    // drawn but not painted until shown: a figure drawn ahead costs a playing neighbour no paint (speaker-view CPU)
    const visibility = () =>
      page.evaluate(
        (sim) => getComputedStyle(document.querySelector(`.sim[data-sim="${sim}"] .sim-figure`)!).visibility,
        id,
      );
    expect(await visibility()).toBe('hidden');
    // scrolled onto it, it is the same picture, now live
    await page.evaluate((sim) => document.querySelector(`.sim[data-sim="${sim}"]`)!.scrollIntoView(), id);
    await expect.poll(() => below(page)).toBe(false);
    await expect.poll(visibility).toBe('visible');
    expect(await places(page)).toEqual(expected);
    expect(errors).toEqual([]);
    await context.close();
  });
});
