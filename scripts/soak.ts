import type { Browser, CDPSession, Page } from 'playwright-core';

export interface SoakOptions {
  /** slide changes after the first pass over the deck */
  changes: number;
  /** open reveal's speaker view (S) first, so its two extra copies of the deck follow along */
  withSpeakerView: boolean;
  /** animation frames to let pass after pressing play on a simulation (default 10) */
  frames?: number;
  /** seed of the occasional random jumps (default 1) */
  seed?: number;
}

export interface SoakResult {
  slides: number;
  changes: number;
  /** simulations whose play button was pressed, over the whole soak */
  simsPlayed: number;
  durationMs: number;
  /** JS heap after a forced garbage collection, MB: after the first pass, and at the end */
  heapAfterFirstPassMB: number;
  heapEndMB: number;
  speakerHeapAfterFirstPassMB?: number;
  speakerHeapEndMB?: number;
  /** console errors and uncaught exceptions (main window, and speaker window with its iframes) */
  errors: string[];
  speakerErrors: string[];
}

const MB = 1024 * 1024;

// Page scripts are strings: tsx (the bench) compiles functions with a `__name` helper that the page does not have.
const SLIDE_LIST = `window.Reveal.getSlides().map((s) => { const i = window.Reveal.getIndices(s); return [i.h, i.v || 0]; })`;
const FRAMES = (n: number) =>
  `new Promise((done) => { let left = ${n}; const f = () => (--left <= 0 ? done() : requestAnimationFrame(f)); requestAnimationFrame(f); })`;
/** Presses play on every paused simulation of the slide on screen; returns how many it pressed. */
const PLAY_ALL = `(() => {
  const buttons = [...window.Reveal.getCurrentSlide().querySelectorAll('.sim-play')];
  const paused = buttons.filter((b) => b.getAttribute('aria-pressed') !== 'true');
  for (const b of paused) b.click();
  return paused.length;
})()`;
const SIMS_ON_SLIDE = `window.Reveal.getCurrentSlide().querySelectorAll('.sim[data-sim]').length`;
const WIDGETS_ON_SLIDE = `window.Reveal.getCurrentSlide().querySelectorAll('.sim-play').length`;

function watch(page: Page, into: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error') into.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => into.push(String(e)));
}

/** Polls a page expression until it is truthy (waitForFunction evaluates strings with eval, which the kit's CSP forbids). */
async function until(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await page.waitForTimeout(50);
  }
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / MB;
}

/** The slide indices to visit: back and forth across the whole deck, with a seeded random jump every 10th change. */
export function soakPath(slides: number, changes: number, seed = 1): number[] {
  let state = seed >>> 0 || 1;
  const random = () => {
    // xorshift32: a fixed, tiny generator so the walk is the same on every run
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const path: number[] = [];
  let at = slides - 1;
  let step = -1;
  for (let i = 0; i < changes; i++) {
    if (i % 10 === 9) at = Math.floor(random() * slides);
    else {
      if (at + step < 0 || at + step >= slides) step = -step;
      at = Math.max(0, Math.min(slides - 1, at + step));
    }
    path.push(at);
  }
  return path;
}

/**
 * A long presentation in the real browser: the first pass over every slide, then `changes` slide changes back and
 * forth, pressing play on each simulation when its slide is shown and letting a few frames pass. Heap readings
 * follow a forced garbage collection, so what remains is what the kit keeps alive.
 */
export async function runSoak(browser: Browser, baseUrl: string, options: SoakOptions): Promise<SoakResult> {
  const frames = options.frames ?? 10;
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  const speakerErrors: string[] = [];
  const start = performance.now();
  try {
    const page = await context.newPage();
    watch(page, errors);
    await page.goto(new URL('index.html', baseUrl).href);
    await page.waitForSelector('html[data-ready]', { timeout: 30_000 });
    let speaker: Page | undefined;
    if (options.withSpeakerView) {
      [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
      watch(speaker, speakerErrors);
      await speaker.waitForLoadState('load');
      await speaker.waitForSelector('#current-slide iframe, .current-slide iframe', { timeout: 30_000 });
    }
    const cdp = await context.newCDPSession(page);
    const speakerCdp = speaker ? await context.newCDPSession(speaker) : undefined;
    const slides = (await page.evaluate(SLIDE_LIST)) as [number, number][];
    let simsPlayed = 0;

    const show = async (index: number) => {
      const [h, v] = slides[index]!;
      await page.evaluate(`window.Reveal.slide(${h}, ${v})`);
      await page.evaluate(FRAMES(2));
      const sims = (await page.evaluate(SIMS_ON_SLIDE)) as number;
      if (sims === 0) return;
      // widgets mount asynchronously (their code loads on first use)
      await until(page, `${WIDGETS_ON_SLIDE} >= ${sims}`, 15_000);
      simsPlayed += (await page.evaluate(PLAY_ALL)) as number;
      await page.evaluate(FRAMES(frames));
    };

    for (let i = 0; i < slides.length; i++) await show(i);
    const heapAfterFirstPassMB = await heapMB(cdp);
    const speakerHeapAfterFirstPassMB = speakerCdp ? await heapMB(speakerCdp) : undefined;
    for (const index of soakPath(slides.length, options.changes, options.seed)) await show(index);
    const heapEndMB = await heapMB(cdp);
    const speakerHeapEndMB = speakerCdp ? await heapMB(speakerCdp) : undefined;
    return {
      slides: slides.length,
      changes: options.changes,
      simsPlayed,
      durationMs: performance.now() - start,
      heapAfterFirstPassMB,
      heapEndMB,
      speakerHeapAfterFirstPassMB,
      speakerHeapEndMB,
      errors,
      speakerErrors,
    };
  } finally {
    await context.close();
  }
}
