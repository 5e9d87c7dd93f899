import type { Browser, Page } from 'playwright-core';
import { median } from './figure.ts';

/**
 * The smooth bench's walks through the built kit in a throttled Chromium (bench/smooth.ts runs and summarises them):
 * long tasks seen by a buffered PerformanceObserver, and each simulation slide's first frame.
 */
const SETTLE_MS = 900;
// A string, not a function: tsx compiles functions with a `__name` helper the page does not have.
const PROBE = `window.__tasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true });
window.__lcp = 0;
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; })
  .observe({ type: 'largest-contentful-paint', buffered: true });`;

// Reveal.next(), then at every animation frame: has the slide's simulation a drawn figure yet? (A string: see PROBE.)
const NEXT_AND_WATCH = `(() => {
  window.__frameAt = undefined;
  const t = performance.now();
  window.Reveal.next();
  const seen = () => {
    const sim = window.Reveal.getCurrentSlide().querySelector('.sim[data-sim]');
    if (!sim) return;
    if (sim.querySelector('svg circle, svg path, canvas')) window.__frameAt = performance.now() - t;
    else if (performance.now() - t < 20000) requestAnimationFrame(seen);
  };
  requestAnimationFrame(seen);
  return t;
})()`;

export interface Walk {
  /** the longest task after arriving on a simulation slide / on any other slide, ms */
  simMax: number;
  textMax: number;
  /** slides (of all) with a task over the goal */
  over: number;
  /** first frame per simulation slide, ms (median over the slides) and the worst */
  frameMedian: number;
  frameMax: number;
}

export interface ReadWalk {
  count: number;
  max: number;
  sum: number;
}

async function throttled(browser: Browser, width: number, height: number, rate: number) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { page, close: () => context.close() };
}

const tasksSince = (page: Page, t0: number) =>
  page.evaluate(
    (t) => (window as unknown as { __tasks: [number, number][] }).__tasks.filter(([s]) => s >= t).map(([, d]) => d),
    t0,
  );

/** Every slide once with Reveal.next(), from the first. */
export async function presentWalk(browser: Browser, url: string, rate: number, goal: number): Promise<Walk> {
  const { page, close } = await throttled(browser, 1280, 720, rate);
  try {
    await page.goto(url);
    await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);
    const total = await page.evaluate(() => window.Reveal!.getTotalSlides());
    let simMax = 0;
    let textMax = 0;
    let over = 0;
    const frames: number[] = [];
    for (let i = 1; i < total; i++) {
      // From the call to the first animation frame at which the slide's simulation shows a drawn figure (a node, a
      // line or a canvas): a frame blocked by a long task comes after it, so the time counts what the person waits.
      const t0 = (await page.evaluate(NEXT_AND_WATCH)) as number;
      await page.waitForTimeout(SETTLE_MS);
      const hasSim = await page.evaluate(() => !!window.Reveal!.getCurrentSlide().querySelector('.sim[data-sim]'));
      if (hasSim) {
        const frame = await page
          .waitForFunction(() => (window as unknown as { __frameAt?: number }).__frameAt, undefined, {
            timeout: 30_000,
            polling: 100,
          })
          .then((h) => h.jsonValue() as Promise<number>)
          .catch(() => Number.NaN);
        frames.push(frame);
      }
      const tasks = await tasksSince(page, t0);
      const longest = Math.max(0, ...tasks);
      if (longest > goal) over++;
      if (hasSim) simMax = Math.max(simMax, longest);
      else textMax = Math.max(textMax, longest);
    }
    return {
      simMax,
      textMax,
      over,
      frameMedian: frames.length ? median(frames) : Number.NaN,
      frameMax: Math.max(...frames),
    };
  } finally {
    await close();
  }
}

/** The reading view at 360 px from top to bottom, a screen at a time, every bet placed when it comes into view. */
export async function readWalk(browser: Browser, url: string, rate: number): Promise<ReadWalk & { lcp: number }> {
  const { page, close } = await throttled(browser, 360, 740, rate);
  try {
    await page.goto(`${url}?view=read`);
    await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);
    const lcp = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp);
    const t0 = await page.evaluate(() => performance.now());
    for (;;) {
      const done = await page.evaluate(() => {
        for (const form of document.querySelectorAll<HTMLFormElement>('.read-bet-form')) {
          const r = form.getBoundingClientRect();
          if (r.top < innerHeight && r.bottom > 0 && !form.dataset.benchBet) {
            form.dataset.benchBet = '1';
            form.querySelector<HTMLInputElement>('input[type=radio]')?.click();
            form.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
          }
        }
        const end = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
        scrollBy(0, innerHeight * 0.8);
        return end;
      });
      await page.waitForTimeout(250);
      if (done) break;
    }
    await page.waitForTimeout(SETTLE_MS);
    const tasks = await tasksSince(page, t0);
    return { count: tasks.length, max: Math.max(0, ...tasks), sum: tasks.reduce((a, b) => a + b, 0), lcp };
  } finally {
    await close();
  }
}
