import { expect, test } from 'vitest';
import { loadDeck } from '../../src/content/loadDeck.ts';
import { checkPageBudget, estimateCost } from '../../src/sim/index.ts';
import { paramsFor } from '../../src/widgets/paramsFor.ts';
import { OFF_THREAD_MS } from '../../src/widgets/simSession.ts';
import { openPage, useBrowser, useBuiltTestPage } from './harness.ts';

// A big run is made in a Web Worker: the page stays usable while it runs, Stop ends it, and the worker's run and
// frames are the page's own, bit for bit.
const browser = useBrowser();
const SIM = 's2-0-0'; // the fixture deck's give-first simulation (slide 2)

/** The worst address the page budgets allow for SIM: the largest nCommunity that fits both, the rest the slide's. */
function worstAddress(): string {
  const block = loadDeck('test/e2e/fixture-slides')
    .slides.flatMap((s) => s.sims)
    .find((b) => b.id === SIM)!;
  const params = paramsFor(block.preset, block.overrides).params;
  const largest = checkPageBudget({ ...params, nCommunity: 1e9 }).largest!;
  expect(largest.name).toBe('nCommunity');
  // big by the cost model: made off the main thread
  expect(estimateCost({ ...params, nCommunity: largest.value })).toBeGreaterThan(OFF_THREAD_MS);
  return `index.html?sim=${SIM}&nCommunity=${largest.value}#/2`;
}

/**
 * Holds back what workers send to the page until `__releaseWorkers()`; after it, messages pass as usual. The run
 * stays in flight however fast the machine is (on a quiet one the worst run the budget allows can end before Stop is
 * clicked). A terminated worker's held messages are dropped, as the browser would never deliver them.
 */
function holdWorkers(): void {
  type Held = { worker: { dead: boolean }; deliver: () => void };
  const w = window as unknown as { __holdWorkers: boolean; __held: Held[]; __releaseWorkers: () => void };
  const Real = window.Worker;
  w.__holdWorkers = true;
  w.__held = [];
  window.Worker = class extends Real {
    dead = false;
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      let handler: ((e: MessageEvent) => void) | null = null;
      super.onmessage = (e: MessageEvent) => {
        if (w.__holdWorkers) w.__held.push({ worker: this, deliver: () => handler?.call(this, e) });
        else handler?.call(this, e);
      };
      Object.defineProperty(this, 'onmessage', {
        get: () => handler,
        set: (f: ((e: MessageEvent) => void) | null) => {
          handler = f;
        },
      });
    }
    override terminate(): void {
      this.dead = true;
      super.terminate();
    }
  };
  w.__releaseWorkers = () => {
    w.__holdWorkers = false;
    for (const h of w.__held.splice(0)) if (!h.worker.dead) h.deliver();
  };
}

test('while a big run is made, another control’s click is handled first; then the run is drawn', async () => {
  const held = await browser().newContext({ viewport: { width: 1280, height: 720 } });
  await held.addInitScript(holdWorkers);
  const { page, context, errors } = await openPage(browser(), worstAddress(), { which: 'fixture', context: held });
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
    // the worker's answer, held until now (holdWorkers), so the run cannot end before the click on a fast machine
    (window as unknown as { __releaseWorkers: () => void }).__releaseWorkers();
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
  const held = await browser().newContext({ viewport: { width: 1280, height: 720 } });
  await held.addInitScript(holdWorkers);
  const { page, context, errors } = await openPage(browser(), worstAddress(), { which: 'fixture', context: held });
  const widget = page.locator(`.sim[data-sim="${SIM}"]`);
  const computing = widget.locator('.sim-computing');
  await computing.waitFor({ state: 'visible', timeout: 15_000 });
  await computing.locator('.sim-stop').click();
  expect(await computing.isVisible()).toBe(false);
  const note = widget.locator('.sim-note');
  await expect.poll(() => note.textContent()).toMatch(/Stopped that run/);
  expect(await note.isVisible()).toBe(true);
  // what the stopped worker had sent is dropped; anything since (the slide's own run, if made off the page) goes on
  await page.evaluate(() => (window as unknown as { __releaseWorkers: () => void }).__releaseWorkers());
  // the slide's own run is drawn, and the address keeps nothing of the stopped one
  await widget.locator('.sim-chart-box svg').first().waitFor();
  expect(await widget.locator('.sim-computing').isVisible()).toBe(false);
  expect(errors).toEqual([]);
  await context.close();
});

const openTestPage = useBuiltTestPage('test/e2e/offthread-page');

test('the worker’s run, packed frames and network layout equal the page thread’s, bit for bit', async () => {
  const page = await openTestPage();
  const results = await page.evaluate(
    () =>
      (
        window as unknown as {
          __offThread: { name: string; main: object; worker: object; agents: number; placed: number }[];
        }
      ).__offThread,
  );
  expect(results).toHaveLength(5);
  for (const r of results) {
    expect(r.worker, r.name).toEqual(r.main);
  }
  // every run carried real frames, not empty arrays that would be equal anyway
  for (const r of results) expect(r.agents, r.name).toBeGreaterThan(0);
  // and a layout, for each network run (the science model has none)
  expect(results.filter((r) => r.placed > 0)).toHaveLength(4);
  await page.close();
});
