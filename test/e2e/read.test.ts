import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/content/index.ts';
import { READER_STORE_KEY, type ReaderState } from '../../src/views/shared/readerStore.ts';
import { baseUrl, indices, openPage, useBrowser } from './harness.ts';

const decks = { kit: loadDeck('slides'), fixture: loadDeck('test/e2e/fixture-slides') };
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const browser = useBrowser();

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(quot|#39|lt|gt|amp);/g, (m) => ENTITIES[m]!)
    .replace(/\s+/g, ' ')
    .trim();
const firstWords = (html: string) => plain(html).split(' ').slice(0, 6).join(' ');
const squash = (text: string) => text.replace(/\s+/g, ' ');
/** The cue lines of a slide's notes: in the speaker notes, not in the narrative. */
const cues = (notesHtml: string, narrativeHtml: string) =>
  plain(notesHtml)
    .split(/(?=Cue:)/)
    .filter((part) => part.startsWith('Cue:') && !plain(narrativeHtml).includes(part.slice(4, 40).trim()))
    .map((part) => part.slice(4, 44).trim());

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } })
      .axe;
    const { violations } = await axe.run();
    return violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** The slide whose article is at the reading position (the toolbar's "Slide n of N"). */
const progressText = (page: Page) => page.locator('#read-progress-label').textContent();
/** What the reading view has saved on the device so far (null before its first save). */
const stored = async (page: Page): Promise<ReaderState | null> =>
  JSON.parse(
    (await page.evaluate((key) => localStorage.getItem(key), READER_STORE_KEY)) ?? 'null',
  ) as ReaderState | null;

describe.each([360, 1280])('reading view at %i px (built kit, real Chromium)', (width) => {
  const deck = decks.kit;

  test('every slide and its narrative appear, presenter cues do not; no overflow, errors or outside requests', async () => {
    const { page, context, errors, external } = await openPage(browser(), 'index.html?view=read', { width });
    expect(await page.locator('article.read-slide').count()).toBe(deck.slides.length);
    const text = squash((await page.locator('body').textContent()) ?? '');
    for (const slide of deck.slides) {
      if (slide.narrativeHtml) expect(text).toContain(firstWords(slide.narrativeHtml));
      for (const cue of cues(slide.notesHtml, slide.narrativeHtml)) expect(text).not.toContain(cue);
    }
    expect(text).not.toMatch(/\bCue:/);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: `/tmp/read-${width}.png`, fullPage: false });
    // with every bet placed, each simulation mounts on the way down: none may widen the page
    await page.$$eval('.read-bet-form', (forms) => {
      for (const form of forms as HTMLFormElement[]) {
        form.querySelector<HTMLInputElement>('input[type=radio]')!.checked = true;
        form.requestSubmit();
      }
    });
    // the page's height as it is now: slides below are laid out only as they come near (read.css, .read-later)
    const total = () => page.evaluate(() => document.documentElement.scrollHeight);
    // two frames a step, so the intersection observer sees every simulation pass
    const scrollTo = (top: number) =>
      new Promise((done) => {
        window.scrollTo(0, top);
        requestAnimationFrame(() => requestAnimationFrame(done));
      });
    for (let y = 0; y < (await total()); y += 600) await page.evaluate(scrollTo, y);
    const sims = deck.slides.flatMap((s) => s.sims).length;
    await expect.poll(() => page.locator('.sim .sim-play').count(), { timeout: 20_000 }).toBe(sims);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  test('axe-core finds no violations, also with a bet placed and a simulation running', async () => {
    // axe is injected as an inline script, which the kit's Content-Security-Policy rightly refuses
    const context = await browser().newContext({ viewport: { width, height: 720 }, bypassCSP: true });
    const { page, errors } = await openPage(browser(), 'index.html?view=read', { context });
    expect(await axeViolations(page)).toEqual([]);
    const bet = page.locator('.read-bet').first();
    await bet.scrollIntoViewIfNeeded();
    await bet.locator('input[type=radio]').first().check();
    await bet.locator('button[type=submit]').click();
    await page.locator('.read-bet ~ .sim .sim-play').first().waitFor();
    await page.screenshot({ path: `/tmp/read-${width}-sim.png`, fullPage: false });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('reading view: place, bets and storage', () => {
  const deck = decks.kit;

  test('?view=read#/h/v opens at that slide, and the URL follows scrolling', async () => {
    const target = deck.slides[Math.floor(deck.slides.length / 2)]!;
    const { page, context } = await openPage(browser(), `index.html?view=read#/${target.h}/${target.v}`, {
      width: 360,
    });
    const index = deck.slides.indexOf(target);
    expect(await progressText(page)).toBe(`Slide ${index + 1} of ${deck.slides.length}`);
    const top = await page
      .locator(`article[data-slide-id="${target.id}"]`)
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    const next = deck.slides[index + 2]!;
    await page.locator(`article[data-slide-id="${next.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(next.v ? `#/${next.h}/${next.v}` : `#/${next.h}`);
    expect(await page.locator('.read-present').getAttribute('href')).toMatch(new RegExp(`#/${next.h}(/${next.v})?$`));
    await context.close();
  });

  test('"Present this" opens the slides at the slide being read', async () => {
    const target = deck.slides.find((s) => s.v > 0) ?? deck.slides[5]!;
    // 1280 px: below 435 px reveal switches to its scroll view, which has no current slide to compare
    const { page, context, errors } = await openPage(browser(), `index.html?view=read#/${target.h}/${target.v}`);
    await page.locator('.read-present').click();
    await page.waitForSelector('html[data-ready="present"]');
    expect(await indices(page)).toEqual({ h: target.h, v: target.v });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('reload returns to the same slide and keeps a bet and the plan', async () => {
    const { page, context, errors } = await openPage(browser(), 'index.html?view=read', { width: 1280 });
    const bet = page.locator('.read-bet').nth(1);
    await bet.scrollIntoViewIfNeeded();
    const choice = (await bet.locator('label').nth(2).textContent())!.trim();
    await bet.locator('input[type=radio]').nth(2).check();
    await bet.locator('button[type=submit]').click();
    await expect.poll(() => bet.locator('.read-bet-placed').textContent()).toBe(`Your bet: ${choice}`);
    await page.locator('#plan-who').fill('Ana & <b>Ben</b>');
    const where = deck.slides[12]!;
    await page.locator(`article[data-slide-id="${where.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect.poll(() => progressText(page)).toBe(`Slide 13 of ${deck.slides.length}`);
    // the save is debounced: wait until it has happened rather than for a guess of how long it takes
    await expect
      .poll(async () => {
        const saved = await stored(page);
        return { slide: saved?.slide, who: saved?.plan.who, bet: Object.values(saved?.bets ?? {}).includes(choice) };
      })
      .toEqual({ slide: where.id, who: 'Ana & <b>Ben</b>', bet: true });

    // a new tab on the bare URL, as after closing the tab: the place comes from storage, not the hash
    await page.close();
    const again = await context.newPage();
    await again.goto(new URL('index.html?view=read', page.url()).href);
    await again.waitForSelector('html[data-ready]');
    expect(await progressText(again)).toBe(`Slide 13 of ${deck.slides.length}`);
    expect(await again.locator('.read-bet-placed').nth(1).textContent()).toBe(`Your bet: ${choice}`);
    expect(await again.locator('#plan-who').inputValue()).toBe('Ana & <b>Ben</b>');
    expect(await again.locator('#plan b').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a link to another slide wins over the saved place, and offers the way back', async () => {
    const { page, context } = await openPage(browser(), 'index.html?view=read#/9', { width: 1280 });
    const saved = deck.slides.findIndex((s) => s.h === 9 && s.v === 0);
    await expect.poll(() => stored(page)).toMatchObject({ slide: deck.slides[saved]!.id });
    await page.close();
    const again = await context.newPage();
    await again.goto(new URL('index.html?view=read#/2', baseUrl()).href);
    await again.waitForSelector('html[data-ready]');
    expect(await progressText(again)).toMatch(new RegExp(`^Slide ${deck.slides.findIndex((s) => s.h === 2) + 1} of`));
    expect(await again.locator('.read-notice').textContent()).toMatch(`You were last reading slide ${saved + 1}.`);
    await again.locator('.read-notice button').click();
    await expect.poll(() => progressText(again)).toBe(`Slide ${saved + 1} of ${deck.slides.length}`);
    expect(await again.evaluate(() => document.activeElement?.getAttribute('data-slide-id'))).toBe('9');
    await context.close();
  });

  test('keyboard: the first Tab offers a skip past the contents to the slide being read', async () => {
    const { page, context } = await openPage(browser(), 'index.html?view=read#/6', { width: 360 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the slide you are reading');
    expect(await page.locator('.read-skip').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-slide-id'))).toBe('6');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('article')?.getAttribute('data-slide-id'));
    expect(next === '6' || next === '7').toBe(true);
    await context.close();
  });

  test.each([
    ['corrupted JSON', '{"version":1,"slide":"3', /could not be read/],
    ['an old version', JSON.stringify({ version: 0, slide: '3' }), /older version/],
    [
      'markup in the stored place',
      JSON.stringify({ version: 1, deckTitle: '<img src=x onerror=alert(1)>', slide: '<b>' }),
      /could not be read/,
    ],
  ])('%s does not break the page: a quiet notice, the content is there', async (_name, raw, notice) => {
    const context = await browser().newContext({ viewport: { width: 360, height: 720 } });
    await context.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      },
      [READER_STORE_KEY, raw],
    );
    const { page, errors } = await openPage(browser(), 'index.html?view=read', { context });
    await expect.poll(() => page.locator('.read-notice[role=status]').textContent()).toMatch(notice);
    expect(await page.locator('article.read-slide').count()).toBe(deck.slides.length);
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a placed bet reveals the simulation, and the end of its run tells how the bet came out', async () => {
    const { page, context, errors } = await openPage(browser(), 'index.html?view=read', { width: 1280 });
    const article = page.locator('article.read-slide', { has: page.locator('.read-bet') }).first();
    await article.scrollIntoViewIfNeeded();
    const sim = article.locator('.sim[data-sim]');
    expect(await sim.isHidden()).toBe(true);
    await article.locator('input[type=radio]').last().check();
    await article.locator('button[type=submit]').click();
    const timeline = sim.locator('.sim-timeline');
    await timeline.waitFor();
    await timeline.evaluate((el: HTMLInputElement) => {
      el.value = el.max;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect
      .poll(() => article.locator('.read-bet-outcome').textContent(), { timeout: 20_000 })
      .toMatch(/^You bet “.+”\. Here is how it came out\. Help received over \d+ days: the giver \d/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('Start over clears place, bets and plan after confirming', async () => {
    const { page, context } = await openPage(browser(), 'index.html?view=read#/5', { width: 1280 });
    await page.locator('#plan-where').fill('a forum');
    await expect.poll(() => stored(page)).toMatchObject({ plan: { where: 'a forum' } });
    page.once('dialog', (d) => void d.accept());
    await page.locator('.read-start-over').click();
    await expect.poll(() => page.locator('.read-notice').textContent()).toMatch(/Started over/);
    expect(await page.locator('#plan-where').inputValue()).toBe('');
    expect(await page.evaluate((key) => localStorage.getItem(key) ?? '', READER_STORE_KEY)).not.toContain('a forum');
    expect(await progressText(page)).toBe(`Slide 1 of ${deck.slides.length}`);
    await context.close();
  });
});

describe('reading view on the fixture deck', () => {
  const deck = decks.fixture;

  test('cards match the deck and a simulation scrolled into view plays', async () => {
    const { page, context, errors, external } = await openPage(browser(), 'index.html?view=read', {
      which: 'fixture',
      width: 360,
    });
    expect(await page.locator('article.read-slide').count()).toBe(deck.slides.length);
    const text = squash((await page.locator('main').textContent()) ?? '');
    for (const slide of deck.slides) expect(text).toContain(firstWords(slide.narrativeHtml));
    expect(text).not.toContain('presenter-only fixture cue');
    const sim = page.locator('.sim[data-sim]').first();
    await sim.scrollIntoViewIfNeeded();
    const tick = sim.locator('.sim-tick');
    await tick.waitFor();
    const before = Number((await tick.textContent())?.split('/')[0]);
    await sim.locator('.sim-play').click();
    await expect
      .poll(async () => Number((await tick.textContent())?.split('/')[0]), { timeout: 10_000 })
      .toBeGreaterThan(before);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  test('a deep link into a vertical stack opens there', async () => {
    const target = deck.slides.find((s) => s.v > 0)!;
    const { page, context } = await openPage(browser(), `index.html?view=read#/${target.h}/${target.v}`, {
      which: 'fixture',
      width: 1280,
    });
    expect(await progressText(page)).toBe(`Slide ${deck.slides.indexOf(target) + 1} of ${deck.slides.length}`);
    await context.close();
  });
});
