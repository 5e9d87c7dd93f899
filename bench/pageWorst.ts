import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveStatic } from '../scripts/lib/staticServer.ts';
import { loadDeck } from '../src/content/loadDeck.ts';
import { checkBudget, estimateCost, PAGE_BUDGET_MS } from '../src/sim/index.ts';
import { paramsFor } from '../src/widgets/simSession.ts';
import { buildKitIfStale } from './buildKitIfStale.ts';
import { type Figure, runWhenAlone } from './figure.ts';

const SIM = 's7-0-0'; // the deck's first simulation: give-first, the one issue 20's addresses aimed at
const PLAY_MS = 3000;

// Registered before the page's own scripts: every task of 50 ms or more on the page's main thread, from the start.
const OBSERVE = `window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longTasks.push({ at: e.startTime, ms: e.duration });
}).observe({ type: 'longtask', buffered: true });`;

/**
 * The page's longest task while the worst run its budget allows is made and shown: the slide's simulation with the
 * largest nCommunity the page accepts from the address (the run is made in a worker; its frames are then stepped,
 * laid out and drawn on the page), from arriving on the slide through the run and PLAY_MS of playing it.
 */
export async function pageLongestTask(): Promise<Figure[]> {
  await buildKitIfStale();
  const block = loadDeck('slides')
    .slides.flatMap((s) => s.sims)
    .find((b) => b.id === SIM)!;
  const params = paramsFor(block.preset, block.overrides).params;
  const largest = checkBudget({ ...params, nCommunity: 1e9 }, PAGE_BUDGET_MS).largest!;
  const server = await serveStatic('dist');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(OBSERVE);
    await page.goto(new URL(`index.html?sim=${SIM}&nCommunity=${largest.value}`, server.url).href);
    await page.waitForSelector('html[data-ready]', { timeout: 120_000 });
    const arrived = await page.evaluate((id) => {
      const section = document.querySelector(`.sim[data-sim="${id}"]`)!.closest('section')!;
      const reveal = (window as unknown as { Reveal: { getIndices(s: Element): { h: number; v: number } } }).Reveal;
      const { h, v } = reveal.getIndices(section);
      (window as unknown as { Reveal: { slide(h: number, v: number): void } }).Reveal.slide(h, v);
      return performance.now();
    }, SIM);
    const widget = page.locator(`.sim[data-sim="${SIM}"] .sim-widget`);
    await widget.locator('.sim-chart-box svg').first().waitFor({ timeout: 300_000 });
    await page.waitForFunction(
      (id) => !document.querySelector(`.sim[data-sim="${id}"] .sim-widget`)?.hasAttribute('aria-busy'),
      SIM,
      { timeout: 300_000 },
    );
    const note = (await widget.locator('.sim-note').isVisible()) ? await widget.locator('.sim-note').textContent() : '';
    await widget.locator('.sim-figure').hover();
    await widget.locator('button.sim-play').click();
    await page.waitForTimeout(PLAY_MS);
    const tasks = await page.evaluate(
      (from) =>
        (window as unknown as { __longTasks: { at: number; ms: number }[] }).__longTasks.filter((t) => t.at >= from),
      arrived,
    );
    const longest = Math.max(0, ...tasks.map((t) => t.ms));
    console.log(
      `  ${SIM} nCommunity ${largest.value} (estimated ${Math.round(estimateCost({ ...params, nCommunity: largest.value }))} ms of computing): ` +
        `${tasks.length} tasks ≥ 50 ms, longest ${Math.round(longest)} ms${note ? `; note: ${note}` : ''}`,
    );
    return [
      {
        id: 'page-worst-allowed-longest-task',
        label: `Page: longest task while the worst address the page budget allows runs (nCommunity ${largest.value})`,
        value: longest,
        unit: 'ms',
        goal: '≤ ~100 ms',
        ok: longest <= 100,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

runWhenAlone(import.meta.url, pageLongestTask);
