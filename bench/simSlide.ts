import type { Locator, Page } from 'playwright-core';

/**
 * Goes to the slide of simulation `id` with reveal's own navigation and returns `performance.now()` taken just before
 * the slide changes (so the arrival's own task counts), for the benches that time what a simulation costs.
 */
export const arriveAtSim = (page: Page, id: string): Promise<number> =>
  page.evaluate((sim) => {
    const section = document.querySelector(`.sim[data-sim="${sim}"]`)!.closest('section')!;
    type Reveal = { getIndices(s: Element): { h: number; v: number }; slide(h: number, v: number): void };
    const reveal = (window as unknown as { Reveal: Reveal }).Reveal;
    const { h, v } = reveal.getIndices(section);
    const from = performance.now();
    reveal.slide(h, v);
    return from;
  }, id);

/** Waits until simulation `id`'s run is there and drawn (its chart, no longer busy) and returns its widget. */
export async function waitForRun(page: Page, id: string): Promise<Locator> {
  const widget = page.locator(`.sim[data-sim="${id}"] .sim-widget`);
  await widget.locator('.sim-chart-box svg').first().waitFor({ timeout: 300_000 });
  await page.waitForFunction(
    (sim) => !document.querySelector(`.sim[data-sim="${sim}"] .sim-widget`)?.hasAttribute('aria-busy'),
    id,
    { timeout: 300_000 },
  );
  return widget;
}
