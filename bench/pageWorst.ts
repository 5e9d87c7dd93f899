import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveStatic } from '../scripts/lib/staticServer.ts';
import { loadDeck } from '../src/content/loadDeck.ts';
import {
  checkBudget,
  checkPageBudget,
  estimateCost,
  estimateFrameCost,
  FRAME_BUDGET_MS,
  PAGE_BUDGET_MS,
} from '../src/sim/index.ts';
import { paramsFor } from '../src/widgets/paramsFor.ts';
import { buildKitIfStale } from './buildKitIfStale.ts';
import { type Figure, runWhenAlone } from './figure.ts';
import { arriveAtSim, waitForRun } from './simSlide.ts';

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
  // the largest both of the page's budgets allow: the run's computing and one frame's work (src/sim/cost.ts)
  const asked = { ...params, nCommunity: 1e9 };
  const largest = checkPageBudget(asked).largest!;
  const byRun = checkBudget(asked, PAGE_BUDGET_MS, 'run').largest!.value;
  const byFrame = checkBudget(asked, FRAME_BUDGET_MS, 'frame').largest!.value;
  const bound = byFrame < byRun ? 'frame' : 'run';
  const server = await serveStatic('dist');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(OBSERVE);
    await page.goto(new URL(`index.html?sim=${SIM}&nCommunity=${largest.value}`, server.url).href);
    await page.waitForSelector('html[data-ready]', { timeout: 120_000 });
    const arrived = await arriveAtSim(page, SIM);
    const widget = await waitForRun(page, SIM);
    const ran = await page.evaluate(() => performance.now());
    const note = (await widget.locator('.sim-note').isVisible()) ? await widget.locator('.sim-note').textContent() : '';
    await widget.locator('.sim-figure').hover();
    const played = await page.evaluate(() => performance.now());
    await widget.locator('button.sim-play').click();
    await page.waitForTimeout(PLAY_MS);
    const tasks = await page.evaluate(
      (from) =>
        // every task that ends after the slide was asked for: the arrival's own task began before `from`
        (window as unknown as { __longTasks: { at: number; ms: number }[] }).__longTasks.filter(
          (t) => t.at + t.ms > from,
        ),
      arrived,
    );
    const longest = Math.max(0, ...tasks.map((t) => t.ms));
    // when each long task came: arriving and computing (until the run is drawn), then playing
    const phase = (at: number) => (at < ran ? 'arrival and run' : at < played ? 'after the run' : 'playing');
    const list = tasks.map((t) => `${Math.round(t.ms)} ms at +${Math.round(t.at - arrived)} (${phase(t.at)})`);
    console.log(
      `  ${SIM} nCommunity ${largest.value}, the largest the ${bound}'s budget allows (run's: ${byRun}, frame's: ${byFrame}; ` +
        `estimated ${Math.round(estimateCost({ ...params, nCommunity: largest.value }))} ms of computing, ` +
        `${Math.round(estimateFrameCost({ ...params, nCommunity: largest.value }))} ms a frame): ` +
        `${tasks.length} tasks ≥ 50 ms, longest ${Math.round(longest)} ms${note ? `; note: ${note}` : ''}`,
    );
    if (list.length > 0) console.log(`  ${list.join(', ')}`);
    return [
      {
        id: 'page-worst-allowed-longest-task',
        label: `Page: longest task while the worst address the page budgets allow runs (nCommunity ${largest.value}, by the ${bound}'s)`,
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
