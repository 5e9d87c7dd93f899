import { expect, test } from 'vitest';
import { loadDeck } from '../../src/content/loadDeck.ts';
import { checkBudget, estimateCost, PAGE_BUDGET_MS } from '../../src/sim/index.ts';
import { OFF_THREAD_MS, paramsFor } from '../../src/widgets/simSession.ts';
import { openPage, useBrowser, useBuiltTestPage } from './harness.ts';

// A big run is made in a Web Worker: the page stays usable while it runs, Stop ends it, and the worker's run and
// frames are the page's own, bit for bit.
const browser = useBrowser();
const SIM = 's2-0-0'; // the fixture deck's give-first simulation (slide 2)

/** The worst address the page budget allows for SIM: the largest nCommunity that fits, the rest the slide's. */
function worstAddress(): string {
  const block = loadDeck('test/e2e/fixture-slides')
    .slides.flatMap((s) => s.sims)
    .find((b) => b.id === SIM)!;
  const params = paramsFor(block.preset, block.overrides).params;
  const largest = checkBudget({ ...params, nCommunity: 1e9 }, PAGE_BUDGET_MS).largest!;
  expect(largest.name).toBe('nCommunity');
  // big by the cost model: made off the main thread
  expect(estimateCost({ ...params, nCommunity: largest.value })).toBeGreaterThan(OFF_THREAD_MS);
  return `index.html?sim=${SIM}&nCommunity=${largest.value}#/2`;
}

test('while a big run is made, another control’s click is handled first; then the run is drawn', async () => {
  const { page, context, errors } = await openPage(browser(), worstAddress(), { which: 'fixture' });
  const widget = page.locator(`.sim[data-sim="${SIM}"]`);
  // the run is in flight (the widget says it is busy; "computing…" shows once it takes a while)
  await widget.locator('.sim-widget[aria-busy="true"]').waitFor({ timeout: 15_000 });
  // In the page: log when the run is done, and click another control. page.evaluate runs on the page's thread, so if
  // the run blocked it, the click could only come after the run: 'done' first.
  const order = await page.evaluate(async (sim) => {
    const root = document.querySelector(`.sim[data-sim="${sim}"] .sim-widget`)!;
    const log: string[] = [];
    const done = new Promise<void>((resolve) =>
      new MutationObserver(() => {
        if (!root.hasAttribute('aria-busy')) resolve();
      }).observe(root, { attributes: true, attributeFilter: ['aria-busy'] }),
    ).then(() => log.push('done'));
    root.querySelector('.sim-step')!.addEventListener('click', () => log.push('click'));
    (root.querySelector('.sim-step') as HTMLButtonElement).click();
    await done;
    return log;
  }, SIM);
  expect(order).toEqual(['click', 'done']);
  // the big run's picture is drawn: its chart and its network
  await widget.locator('.sim-chart-box svg').first().waitFor();
  expect(await widget.locator('.sim-note').isVisible()).toBe(false);
  expect(errors).toEqual([]);
  await context.close();
});

test('Stop ends a big run at once: the slide’s own run comes back with a note', async () => {
  const { page, context, errors } = await openPage(browser(), worstAddress(), { which: 'fixture' });
  const widget = page.locator(`.sim[data-sim="${SIM}"]`);
  const computing = widget.locator('.sim-computing');
  await computing.waitFor({ state: 'visible', timeout: 15_000 });
  await computing.locator('.sim-stop').click();
  expect(await computing.isVisible()).toBe(false);
  const note = widget.locator('.sim-note');
  await expect.poll(() => note.textContent()).toMatch(/Stopped that run/);
  expect(await note.isVisible()).toBe(true);
  // the slide's own run is drawn, and the address keeps nothing of the stopped one
  await widget.locator('.sim-chart-box svg').first().waitFor();
  expect(await widget.locator('.sim-computing').isVisible()).toBe(false);
  expect(errors).toEqual([]);
  await context.close();
});

const openTestPage = useBuiltTestPage('test/e2e/offthread-page');

test('the worker’s run and packed frames equal the page thread’s, bit for bit', async () => {
  const page = await openTestPage();
  const results = await page.evaluate(
    () =>
      (
        window as unknown as {
          __offThread: { name: string; main: object; worker: object; agents: number }[];
        }
      ).__offThread,
  );
  expect(results).toHaveLength(5);
  for (const r of results) {
    expect(r.worker, r.name).toEqual(r.main);
  }
  // every run carried real frames, not empty arrays that would be equal anyway
  for (const r of results) expect(r.agents, r.name).toBeGreaterThan(0);
  await page.close();
});
