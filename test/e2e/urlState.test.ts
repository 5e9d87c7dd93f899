import { expect, test } from 'vitest';
import { openPage, useBrowser } from './harness.ts';

// A link can reproduce what was on screen; nonsense in it is clamped or ignored with a visible note, never a blank page.
const browser = useBrowser();

const SIM = 's2-0-0'; // the fixture deck's give-first simulation (slide 2)

test('a link with a tick and parameters opens the simulation at that state', async () => {
  const { page, context, errors } = await openPage(browser(), `index.html?sim=${SIM}&tick=120&seed=4#/2`, {
    which: 'fixture',
  });
  const widget = page.locator(`.sim[data-sim="${SIM}"]`);
  await expect.poll(() => widget.locator('.sim-timeline').inputValue(), { timeout: 15_000 }).toBe('120');
  expect(await widget.locator('input.sim-seed').inputValue()).toBe('4');
  expect(await widget.locator('.sim-note').isHidden()).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

test.each([
  ['non-numbers and out-of-range values', `sim=${SIM}&tick=abc&seed=-5&tStop=99999&decay=NaN`],
  ['markup and unknown names', `sim=${SIM}&tick=%3Cimg%20src%3Dx%3E&%3Cb%3Eboom%3C%2Fb%3E=1&pNeed=%3Cscript%3E`],
  ['a huge tick', `sim=${SIM}&tick=1e308`],
])('%s: the widget still draws, says what it ignored, and inserts nothing as HTML', async (_label, query) => {
  const { page, context, errors } = await openPage(browser(), `index.html?${query}#/2`, { which: 'fixture' });
  const widget = page.locator(`.sim[data-sim="${SIM}"]`);
  await widget.locator('svg, canvas').first().waitFor({ timeout: 15_000 });
  const note = widget.locator('.sim-note');
  expect(await note.isVisible()).toBe(true);
  expect((await note.textContent())?.length).toBeGreaterThan(10);
  expect(await note.locator('*').count()).toBe(0);
  expect(await page.locator('.reveal img[src="x"], .reveal b').count()).toBe(0);
  const tick = Number(await widget.locator('.sim-timeline').inputValue());
  expect(tick).toBeGreaterThanOrEqual(0);
  expect(tick).toBeLessThanOrEqual(200);
  expect(errors).toEqual([]);
  await context.close();
});
