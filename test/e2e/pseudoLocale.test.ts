import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, openPage } from './harness.ts';

/**
 * ?lang=en-XA: every catalogue string comes out accented and bracketed ⟦…⟧, so visible text with a plain ASCII letter
 * and no bracket was not looked up in the catalogue. Slide content (titles, narrative, the deck's own metadata), the
 * language switch's endonyms and numbers are not catalogue text and are left out by selector.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Visible text nodes under `scopes` (not under `skip`) that have an ASCII letter and no pseudo-locale bracket. */
const HARD_CODED = `(([scopes, skip]) => {
  const out = [];
  for (const scope of document.querySelectorAll(scopes)) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest(skip)) continue;
      if (parent.closest('[hidden]') || parent.getClientRects().length === 0) continue;
      if (/[A-Za-z]/.test(text) && !/[⟦⟧]/.test(text)) out.push(text);
    }
  }
  return out;
})`;

const CHROME_SKIP = [
  '.read-header h1',
  '.read-subtitle',
  '.read-card',
  '.read-narrative',
  '.read-toc li',
  '.read-footer',
  '.language-switch',
  '.read-bet',
  'textarea',
  'script',
  'style',
].join(', ');

test('the reading view at 360 px: chrome, plan and a simulation with its controls, legend and axes are all from the catalogue', async () => {
  const { page, context, errors } = await openPage(browser, 'index.html?view=read&lang=en-XA', {
    width: 360,
    height: 740,
  });
  try {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-XA');
    // every bet placed (the bet's own strings are readBets.ts's, not migrated yet: skipped above), so each
    // simulation mounts on the way down
    await page.$$eval('.read-bet-form', (forms) => {
      for (const form of forms as HTMLFormElement[]) {
        form.querySelector<HTMLInputElement>('input[type=radio]')!.checked = true;
        form.requestSubmit();
      }
    });
    // scroll through once, two frames a step, so every simulation mounts its controls, chart and legend
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    const scrollTo = (top: number) =>
      new Promise((done) => {
        window.scrollTo(0, top);
        requestAnimationFrame(() => requestAnimationFrame(done));
      });
    for (let y = 0; y < total; y += 600) await page.evaluate(scrollTo, y);
    await page.waitForSelector('.sim .sim-play', { state: 'attached', timeout: 20_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(500);
    const scopes = '.read-header, .read-toolbar, .read-toc summary, .read-slide-number, .read-plan, .sim';
    const found = (await page.evaluate(`${HARD_CODED}(${JSON.stringify([scopes, CHROME_SKIP])})`)) as string[];
    expect(found).toEqual([]);
    // and there is catalogue text to see in each part: the check is not vacuous
    for (const sel of ['.read-kicker', '.read-progress', '.read-plan h2', '.sim .sim-data summary']) {
      expect(await page.locator(sel).first().textContent(), sel).toMatch(/⟦/);
    }
    // a 40% longer interface still fits a phone
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}, 60_000);
