import type { Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { indices, openPage, useBrowser } from './harness.ts';

const browser = useBrowser();

/** Go to the slide holding the n-th simulation and wait for its widget. */
async function showSim(page: Page | Frame, n = 0) {
  await page.evaluate((i) => {
    const section = document.querySelectorAll('.sim[data-sim]')[i]!.closest('section')!;
    const { h, v } = window.Reveal!.getIndices(section);
    window.Reveal!.slide(h, v);
  }, n);
  const widget = page.locator('.sim-widget').nth(n);
  await widget.waitFor();
  // reveal slides the new slide in (~0.8 s, longer on a busy machine): a click during the move can land elsewhere
  await page.waitForFunction((i) => {
    const section = document.querySelectorAll('.sim[data-sim]')[i]!.closest('section')!;
    return section.classList.contains('present') && section.getAnimations().length === 0;
  }, n);
  // the run is made in a Web Worker (widgets README): wait until it is there and drawn
  await page.waitForFunction((i) => {
    const w = document.querySelectorAll('.sim-widget')[i]!;
    return !w.hasAttribute('aria-busy') && w.querySelector('.sim-figure svg, .sim-figure canvas') !== null;
  }, n);
  return widget;
}
/** n rendered frames of the page: after them, whatever a frame does has been done. */
const frames = (page: Page, n: number) =>
  page.evaluate(
    (k) =>
      new Promise<void>((done) => {
        const next = (left: number) => (left === 0 ? done() : requestAnimationFrame(() => next(left - 1)));
        next(k);
      }),
    n,
  );
const tickOf = async (page: Page | Frame, n = 0) =>
  Number(((await page.locator('.sim-widget .sim-tick').nth(n).textContent()) ?? '').split('/')[0]);
/** The network's follows (band paths and single lines) and nodes, and the chart's lines: what a viewer sees. */
const picture = (page: Page) =>
  page.evaluate(() => {
    const w = document.querySelector('.sim-widget')!;
    const edges = [...w.querySelectorAll('.sim-net path.edge-band, .sim-net line.edge')].map((l) =>
      ['d', 'x1', 'y1', 'x2', 'y2', 'stroke', 'stroke-opacity'].map((a) => l.getAttribute(a)).join(','),
    );
    const nodes = [...w.querySelectorAll('.sim-net circle, .sim-net path:not(.edge-band)')].map((n) =>
      ['cx', 'cy', 'r', 'fill', 'transform'].map((a) => n.getAttribute(a)).join(','),
    );
    return { edges: edges.sort(), nodes, chart: w.querySelector('.sim-chart .lines')?.innerHTML };
  });

describe('simulation widgets (fixture deck, real Chromium)', () => {
  test('play advances the tick and the chart, without console errors', async () => {
    const { page, context, errors } = await openPage(browser(), 'index.html', { which: 'fixture' });
    const widget = await showSim(page);
    const before = (await widget.locator('.sim-chart path.line').first().getAttribute('d')) ?? '';
    await widget.locator('button.sim-play').click({ force: true });
    await expect.poll(() => tickOf(page)).toBeGreaterThan(3);
    await widget.locator('button.sim-play').click({ force: true });
    expect(await tickOf(page)).toBeGreaterThan(3);
    expect(((await widget.locator('.sim-chart path.line').first().getAttribute('d')) ?? '').length).toBeGreaterThan(
      before.length,
    );
    expect(await widget.locator('.sim-net path.edge-band').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the keyboard operates the controls and does not turn the slide', async () => {
    const { page, context } = await openPage(browser(), 'index.html', { which: 'fixture' });
    const widget = await showSim(page);
    const slide = await indices(page);
    await widget.locator('button.sim-play').focus();
    await page.keyboard.press('Tab'); // step
    await page.keyboard.press('Enter');
    expect(await tickOf(page)).toBe(1);
    await page.keyboard.press('Tab'); // reset
    await page.keyboard.press('Tab'); // timeline
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await tickOf(page)).toBe(3);
    await page.keyboard.press('ArrowLeft');
    expect(await tickOf(page)).toBe(2);
    await page.keyboard.press('Tab'); // speed
    await page.keyboard.press('ArrowDown');
    expect(await widget.locator('select.sim-speed').inputValue()).toBe('20');
    await page.keyboard.press('Tab'); // first parameter slider
    const slider = widget.locator('.sim-params input[type="range"]').first();
    const value = Number(await slider.inputValue());
    await page.keyboard.press('ArrowRight');
    expect(Number(await slider.inputValue())).toBeGreaterThan(value);
    await widget.locator('.sim-seed').fill('7');
    await widget.locator('.sim-seed').press('Enter');
    await widget.locator('.sim-seed').press('Tab');
    await widget.locator('.sim-timeline').focus();
    await page.keyboard.press('k');
    expect(await widget.locator('button.sim-play').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('k');
    expect(await indices(page)).toEqual(slide);
    await context.close();
  });

  test('scrubbing back shows exactly the earlier state', async () => {
    const { page, context } = await openPage(browser(), 'index.html', { which: 'fixture' });
    const widget = await showSim(page);
    await widget.locator('.sim-timeline').fill('40');
    await widget.locator('.sim-timeline').fill('40');
    const fresh = await picture(page);
    await widget.locator('.sim-timeline').fill('150');
    await widget.locator('.sim-timeline').fill('40');
    await widget.locator('.sim-timeline').fill('40');
    expect(await picture(page)).toEqual(fresh);
    await context.close();
  });

  test('two pages stay in step when either drives', async () => {
    const a = await openPage(browser(), 'index.html', { which: 'fixture' });
    const b = await openPage(browser(), 'index.html', { which: 'fixture', context: a.context });
    const wa = await showSim(a.page);
    const wb = await showSim(b.page);
    await wa.locator('.sim-timeline').fill('60');
    await expect.poll(() => tickOf(b.page)).toBe(60);
    await wb.locator('.sim-timeline').fill('25');
    // A background tab gets no animation frames and paints nothing (its simulation is off screen): look at it.
    await a.page.bringToFront();
    await expect.poll(() => tickOf(a.page)).toBe(25);
    // a DOM click: bringing the page to the front can re-run reveal's layout mid-click (flaky "outside the viewport")
    await wa.locator('button.sim-play').dispatchEvent('click');
    await expect.poll(() => tickOf(a.page)).toBeGreaterThan(25);
    await wa.locator('button.sim-play').dispatchEvent('click');
    await expect.poll(() => tickOf(b.page)).toBe(await tickOf(a.page));
    expect(await tickOf(a.page)).toBeGreaterThan(25);
    await a.context.close();
  });

  test('a simulation on a slide that is no longer shown does not advance', async () => {
    const { page, context } = await openPage(browser(), 'index.html', { which: 'fixture' });
    const widget = await showSim(page);
    await widget.locator('button.sim-play').click({ force: true });
    await expect.poll(() => tickOf(page)).toBeGreaterThan(0);
    await page.evaluate(() => window.Reveal!.next());
    await frames(page, 2);
    const left = await tickOf(page);
    // not a wait for something but the measure of "does not advance": the clock plays by time (ticks per second)
    await page.waitForTimeout(1000);
    expect(await tickOf(page)).toBe(left);
    await context.close();
  });

  test('speaker view: the current pane shows what the main window plays; a pane on another slide does no work', async () => {
    const { page, context } = await openPage(browser(), 'index.html', { which: 'fixture' });
    const widget = await showSim(page);
    // As reveal's speaker view: two same-origin frames of the deck, the current slide and the next one.
    await page.evaluate((url) => {
      for (const left of [0, 500]) {
        const f = document.createElement('iframe');
        f.src = url;
        f.style.cssText = `position:fixed;bottom:0;width:480px;height:270px;z-index:99;left:${left}px`;
        document.body.append(f);
      }
    }, page.url().split('#')[0]!);
    await expect.poll(() => page.frames().length).toBe(3);
    const [current, upcoming] = page.frames().filter((f) => f !== page.mainFrame()) as [Frame, Frame];
    for (const f of [current, upcoming]) await f.waitForSelector('html[data-ready]');
    await showSim(current);
    // The upcoming pane moves on at once, as the speaker view does: its simulation may finish mounting after that.
    await upcoming.evaluate(() => {
      const section = document.querySelector('.sim[data-sim]')!.closest('section')!;
      const { h, v } = window.Reveal!.getIndices(section);
      window.Reveal!.slide(h, v);
      window.Reveal!.next();
    });
    await upcoming.locator('.sim-widget').first().waitFor({ state: 'attached' });
    // reveal's slide transition over (its class changes are not the simulation's work)
    await expect
      .poll(() =>
        upcoming.evaluate(() => document.querySelector('.reveal .slides')!.getAnimations({ subtree: true }).length),
      )
      .toBe(0);
    const changes = await upcoming.evaluateHandle(() => {
      const seen = { n: 0 };
      const w = document.querySelector('.sim-widget')!;
      new MutationObserver((list) => {
        seen.n += list.length;
      }).observe(w, { subtree: true, attributes: true, childList: true, characterData: true });
      return seen;
    });
    await widget.locator('button.sim-play').dispatchEvent('click');
    await expect.poll(() => tickOf(current), { timeout: 5000 }).toBeGreaterThan(0);
    // playing long enough for a pane that wrongly followed to have shown it
    await expect.poll(() => tickOf(page)).toBeGreaterThan(10);
    await widget.locator('button.sim-play').dispatchEvent('click');
    const tick = await tickOf(page);
    await expect.poll(() => tickOf(current)).toBe(tick);
    expect(await changes.evaluate((c) => c.n)).toBe(0);
    await upcoming.evaluate(() => window.Reveal!.prev()); // back on screen: it shows where the others are
    await expect.poll(() => tickOf(upcoming)).toBe(tick);

    // The presenter presses play in the current pane: the audience's window takes the clock and plays at full rate
    // (a follower only moves when it hears from the leader, about twice a second).
    await current.locator('.sim-widget button.sim-play').first().dispatchEvent('click');
    await expect.poll(() => tickOf(page), { timeout: 5000 }).toBeGreaterThan(tick);
    const seen = new Set<number>();
    for (let i = 0; i < 12; i++) {
      seen.add(await tickOf(page));
      // sampled in time on purpose: the claim is a rate (full rate against a follower's twice a second)
      await page.waitForTimeout(100);
    }
    expect(seen.size).toBeGreaterThanOrEqual(6);
    await current.locator('.sim-widget button.sim-play').first().dispatchEvent('click');
    await expect.poll(async () => (await tickOf(page)) === (await tickOf(current))).toBe(true);
    await context.close();
  });
});
