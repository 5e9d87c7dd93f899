import { expect, test } from 'vitest';
import { openPage, useBrowser } from './harness.ts';

// Addresses as an outsider would write them: the deck owns its URL (reveal.js takes no settings from it), and a
// simulation size the page cannot hold is refused with a visible note instead of freezing the tab.
const browser = useBrowser();
const SIM = 's2-0-0'; // the fixture deck's give-first simulation (slide 2)

test.each([
  ['?transition=', 'a blank transition'],
  ['?display=none', 'hidden slides'],
  ['?plugins=1', 'a broken plugin list'],
  ['?controls=false&progress=false&width=1&embedded=true', 'layout settings'],
  ['?receiver&transition=zoom&display=none', 'a pane with settings the speaker view never sends'],
])('%s (%s): the deck starts and shows its slide; reveal kept the kit’s settings', async (query) => {
  const { page, context, errors } = await openPage(browser(), `index.html${query}#/1`, { which: 'fixture' });
  const present = page.locator('.reveal .slides section.present').first();
  expect(await present.isVisible()).toBe(true);
  expect(await page.locator('.fatal-error').count()).toBe(0);
  const config = await page.evaluate(() => {
    const c = (window as unknown as { Reveal: { getConfig(): Record<string, unknown> } }).Reveal.getConfig();
    return { transition: c.transition, display: c.display, plugins: Array.isArray(c.plugins), width: c.width };
  });
  expect(config).toEqual({ transition: 'slide', display: 'block', plugins: true, width: 1280 });
  // the address is left as it was written (a reload or a shared link keeps it)
  expect(new URL(page.url()).search).toBe(query);
  expect(errors).toEqual([]);
  await context.close();
});

test.each([
  ['nCommunity=1e9'],
  ['nCommunity=20000'],
  ['pNeed=1&pSee=1&pShareCommunity=1&pShareGiver=1&qAmp=1&f0=50&ticks=2000'],
])('?sim=…&%s: refused with a visible note; the slide’s own run is drawn, in range', async (params) => {
  const { page, context, errors } = await openPage(browser(), `index.html?sim=${SIM}&${params}&tick=100000#/2`, {
    which: 'fixture',
  });
  const widget = page.locator(`.sim[data-sim="${SIM}"]`);
  await widget.locator('svg, canvas').first().waitFor({ timeout: 15_000 });
  const note = widget.locator('.sim-note');
  expect(await note.isVisible()).toBe(true);
  expect(await note.textContent()).toMatch(/this page's budget/);
  const timeline = widget.locator('.sim-timeline');
  expect(Number(await timeline.inputValue())).toBe(Number(await timeline.getAttribute('max')));
  expect(Number(await timeline.getAttribute('max'))).toBeLessThanOrEqual(2000);
  // the page answers: another control's click is handled (on a slide the controls wake when the pointer comes)
  await widget.locator('.sim-figure').hover();
  await widget.locator('.sim-step, button').first().click();
  expect(errors).toEqual([]);
  await context.close();
});
