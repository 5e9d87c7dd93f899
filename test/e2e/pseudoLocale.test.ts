import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadDeck } from '../../src/content/index.ts';
import { launchChromium, openPage } from './harness.ts';

/**
 * ?lang=en-XA: every catalogue string comes out accented and bracketed ⟦…⟧, so visible text with a plain ASCII letter
 * and no bracket was not looked up in the catalogue. Slide content (titles, narrative, the deck's own metadata), the
 * language switch's endonyms and numbers are not catalogue text and are left out by selector. In the present view
 * the interface is what the kit adds to a slide: the simulation widgets, the first slide's view choice, reveal's
 * controls and slide number, and the speaker window's console; the rest of a slide is the deck's own words.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Visible text nodes under `scopes` (not under `skip`) that have an ASCII letter and no pseudo-locale bracket, and
 * the same for the attributes a person hears or sees (aria-label, title, placeholder, alt, aria-valuetext).
 */
const HARD_CODED = `(([scopes, skip]) => {
  const out = [];
  const plain = (text) => /[A-Za-z]/.test(text) && !/[⟦⟧]/.test(text);
  for (const scope of document.querySelectorAll(scopes)) {
    // a skip applies inside the scope: a simulation is interface even inside a slide's card, which is content
    const skipped = (el) => { const s = el.closest(skip); return s !== null && scope.contains(s); };
    for (const el of [scope, ...scope.querySelectorAll('*')]) {
      if (skipped(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
        const value = el.getAttribute(name);
        if (value && plain(value)) out.push(name + '="' + value + '"');
      }
    }
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const parent = node.parentElement;
      if (!text || !parent || skipped(parent)) continue;
      if (parent.closest('[hidden]') || parent.getClientRects().length === 0) continue;
      if (plain(text)) out.push(text);
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
  '.read-bet-question',
  '.read-bet-choice',
  '.read-bet-placed strong',
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
    // the bet form's own words are the catalogue's (its question and choices are the slide's, skipped above)
    const form = (await page.evaluate(`${HARD_CODED}(${JSON.stringify(['.read-bet-form', CHROME_SKIP])})`)) as string[];
    expect(form).toEqual([]);
    expect(await page.locator('.read-bet-tag').first().textContent()).toMatch(/^⟦.*⟧$/);
    // every bet placed, so each simulation mounts on the way down
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
    const scopes =
      '.read-header, .read-toolbar, .read-toc summary, .read-slide-number, .read-plan, .sim, .read-bet, .read-bet-outcome';
    const found = (await page.evaluate(`${HARD_CODED}(${JSON.stringify([scopes, CHROME_SKIP])})`)) as string[];
    expect(found).toEqual([]);
    // and there is catalogue text to see in each part: the check is not vacuous
    for (const sel of [
      '.read-kicker',
      '.read-progress',
      '.read-plan h2',
      '.sim .sim-data summary',
      '.read-bet-placed',
    ]) {
      expect(await page.locator(sel).first().textContent(), sel).toMatch(/⟦/);
    }
    // a 40% longer interface still fits a phone
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}, 60_000);

const deck = loadDeck('slides');

/** The interface on the present view: what the kit adds to a slide, and reveal's chrome around it. */
const PRESENT_SCOPES = [
  '.reveal .slides section.present .sim-widget',
  '.reveal .slides section.present .view-choice',
  '.reveal .controls',
  '.reveal .slide-number',
].join(', ');

/**
 * Overflow on the current slide at 1280×720: the slide's content beyond reveal's 16:9 frame (as overflow.test.ts
 * measures it), and any interface box whose content is wider or taller than the box itself (a label that no longer
 * fits its button, a notice cut off).
 */
const OVERFLOW = `((scopes) => {
  const out = [];
  const config = window.Reveal.getConfig();
  const section = [...document.querySelectorAll('.reveal .slides section.present')].at(-1);
  const frame = section.getBoundingClientRect();
  const scale = frame.width / section.offsetWidth || 1;
  let right = 0;
  for (const el of section.querySelectorAll('*')) {
    if (el.closest('aside.notes')) continue;
    for (const r of el.getClientRects()) right = Math.max(right, (r.right - frame.left) / scale);
  }
  const top = Number.parseFloat(section.style.top || '0');
  const height = Math.max(section.scrollHeight, section.offsetHeight);
  const width = Math.max(section.scrollWidth, right);
  if (top + height > Number(config.height) + 1 || width > Number(config.width) + 1)
    out.push('slide ' + Math.round(width) + '×' + Math.round(top + height));
  for (const scope of document.querySelectorAll(scopes)) {
    for (const el of [scope, ...scope.querySelectorAll('*')]) {
      if (!(el instanceof HTMLElement) || el.closest('[hidden]') || el.getClientRects().length === 0) continue;
      // a visually hidden element (the live summary on a slide, clipped to 1 px for screen readers) is not a box
      if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        const what = el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '');
        out.push(what + ' "' + el.textContent.trim().slice(0, 40) + '" ' + el.scrollWidth + '×' + el.scrollHeight +
          ' in ' + el.clientWidth + '×' + el.clientHeight);
      }
    }
  }
  return out;
})`;

/** Shows slide (h, v) with every fragment, and waits until its simulations are mounted and drawn. */
async function showSlide(page: Page, h: number, v: number, sims: number): Promise<void> {
  await page.evaluate(
    ([h, v]) => {
      window.Reveal!.slide(h, v);
      while (window.Reveal!.nextFragment()) {}
    },
    [h, v],
  );
  if (sims) {
    const current = (selector: string) =>
      page.evaluate((sel) => window.Reveal!.getCurrentSlide().querySelectorAll(sel).length, selector);
    await expect.poll(() => current('.sim-widget .sim-play'), { timeout: 20_000 }).toBeGreaterThanOrEqual(sims);
    await expect.poll(() => current('.sim-summary:not(:empty)'), { timeout: 10_000 }).toBeGreaterThanOrEqual(sims);
  }
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

test(`the present view at 1280×720, every slide (${deck.slides.length}): the interface is all from the catalogue, nothing overflows`, async () => {
  const { page, context, errors } = await openPage(browser, 'index.html?lang=en-XA');
  try {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-XA');
    await page.evaluate(() => window.Reveal!.configure({ transition: 'none', backgroundTransition: 'none' }));
    const found: string[] = [];
    const overflowing: string[] = [];
    for (const slide of deck.slides) {
      await showSlide(page, slide.h, slide.v, slide.sims.length);
      const where = `${slide.file}:${slide.line} "${slide.title}"`;
      const text = (await page.evaluate(
        `${HARD_CODED}(${JSON.stringify([PRESENT_SCOPES, 'script, style'])})`,
      )) as string[];
      found.push(...text.map((t) => `${where}: ${t}`));
      const over = (await page.evaluate(`${OVERFLOW}(${JSON.stringify(PRESENT_SCOPES)})`)) as string[];
      overflowing.push(...over.map((o) => `${where}: ${o}`));
    }
    expect(found).toEqual([]);
    expect(overflowing).toEqual([]);
    // not vacuous: the widgets' controls and the first slide's view choice are bracketed catalogue text
    await showSlide(page, 0, 0, deck.slides[0]!.sims.length);
    expect(await page.locator('.view-choice a').first().textContent()).toMatch(/⟦/);
    const sim = deck.slides.find((s) => s.sims.length > 0)!;
    await showSlide(page, sim.h, sim.v, sim.sims.length);
    expect(await page.locator('section.present .sim-widget .sim-summary').first().textContent()).toMatch(/^⟦/);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}, 300_000);

test('the speaker window in en-XA: its console and labels are all from the catalogue, nothing overflows', async () => {
  const sims = deck.slides.filter((s) => s.sims.length > 0);
  const { page, context, errors } = await openPage(browser, 'index.html?lang=en-XA');
  try {
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.setViewportSize({ width: 1280, height: 720 });
    await speaker.waitForSelector('body.gf-speaker #gf-console', { state: 'attached', timeout: 20_000 });
    expect(await speaker.evaluate(() => [document.documentElement.lang, document.title.startsWith('⟦')])).toEqual([
      'en-XA',
      true,
    ]);
    // the console and cues strip, and reveal's own labels of the speaker view's panes (revealChrome.ts)
    const scopes = [
      '#gf-console',
      '#gf-cues',
      '.speaker-controls-notes .label',
      '.speaker-controls-time .label',
      '.speaker-controls-time .pacing-title',
      '#upcoming-slide .label',
    ].join(', ');
    // the cues themselves are the slides' notes (content); the strip's own label is its aria-label
    // the console's heading is the slide's title, and W / E are key names
    const skip = '#gf-cues .cue, .gf-console-title, kbd, script, style';
    const found: string[] = [];
    const overflowing: string[] = [];
    for (const slide of [deck.slides[0]!, ...sims]) {
      await page.evaluate(([h, v]) => window.Reveal!.slide(h!, v!), [slide.h, slide.v]);
      await expect.poll(() => speaker.locator('.gf-console').count(), { timeout: 10_000 }).toBe(slide.sims.length);
      const where = `${slide.file}:${slide.line} "${slide.title}"`;
      const text = (await speaker.evaluate(`${HARD_CODED}(${JSON.stringify([scopes, skip])})`)) as string[];
      found.push(...text.map((t) => `${where}: ${t}`));
      const over = (await speaker.evaluate(`((scope) => {
        const out = [];
        for (const el of document.querySelectorAll(scope + ', ' + scope.split(', ').map((s) => s + ' *').join(', '))) {
          if (!(el instanceof HTMLElement) || el.getClientRects().length === 0 || el.clientWidth <= 1) continue;
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto')
            out.push(el.tagName.toLowerCase() + '.' + el.className + ' "' + el.textContent.trim().slice(0, 40) + '"');
        }
        return out;
      })(${JSON.stringify('#gf-console')})`)) as string[];
      overflowing.push(...over.map((o) => `${where}: ${o}`));
    }
    expect(found).toEqual([]);
    expect(overflowing).toEqual([]);
    expect(await speaker.locator('.gf-console .gf-reset').first().textContent()).toMatch(/^⟦/);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}, 300_000);
