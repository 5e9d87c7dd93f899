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

// The kit's own keys (views/shared/kitQuery.ts reads them all, once): a value the page cannot use is named in a
// notice (the console; the reading view's notice area too) and the deck starts as if it were not there.
const presentReady = async (page: import('playwright-core').Page) => {
  expect(await page.locator('html').getAttribute('data-ready')).toBe('present');
  expect(await page.locator('.reveal .slides section.present').first().isVisible()).toBe(true);
  expect(await page.locator('.fatal-error').count()).toBe(0);
};

test.each([
  ['?view=constructor', 'view=constructor'],
  ['?view=__proto__', 'view=__proto__'],
  ['?lang=__proto__', '“__proto__”'],
  ['?lang=constructor&view=toString', 'view=toString'],
  ['?room=not-a-token', 'room=not-a-token'],
])('%s: the present view starts in English, and the console names what was ignored', async (query, named) => {
  const { page, context, errors, warnings } = await openPage(browser(), `index.html${query}#/1`, { which: 'fixture' });
  await presentReady(page);
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(warnings.join('\n')).toContain(named);
  // no room panel was connected by a token that is not one
  expect(await page.locator('.room-panel:not([hidden])').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('unknown keys are left alone: no notice, reveal does not see them, the address keeps them', async () => {
  const query = '?utm_source=chat&fbclid=abc&constructor=1&__proto__=x&transition=zoom';
  const { page, context, errors, warnings } = await openPage(browser(), `index.html${query}#/1`, { which: 'fixture' });
  await presentReady(page);
  expect(warnings).toEqual([]);
  const transition = await page.evaluate(
    () => (window as unknown as { Reveal: { getConfig(): { transition: string } } }).Reveal.getConfig().transition,
  );
  expect(transition).toBe('slide');
  expect(new URL(page.url()).search).toBe(query);
  expect(errors).toEqual([]);
  await context.close();
});

test('the reading view shows the notices: repeated keys (the first counts), a bad language, a huge value cut short', async () => {
  // as long as the server takes (Node's limit for a request head is 16 KB; parseKitQuery's test takes 1 MB)
  const huge = 'x'.repeat(6000);
  const { page, context, errors } = await openPage(
    browser(),
    `index.html?view=read&view=handout&lang=__proto__&room=${huge}#/1`,
    { which: 'fixture' },
  );
  // the first `view` counts: the reading view, not the handout
  expect(await page.locator('html').getAttribute('data-ready')).toBe('read');
  const notice = page.locator('.read-notice');
  expect(await notice.isVisible()).toBe(true);
  const text = (await notice.textContent()) ?? '';
  expect(text).toContain('view=handout');
  expect(text).toContain('“__proto__”');
  expect(text).toContain(`room=${'x'.repeat(40)}…`);
  expect(text.length).toBeLessThan(600);
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(errors).toEqual([]);
  await context.close();
});

test('a simulation’s keys: nonsense, prototype names and huge values are named in its note; its run is the slide’s', async () => {
  const huge = '9'.repeat(5000);
  const query = `?${SIM}.tick=abc&${SIM}.__proto__=1&${SIM}.constructor=2&${SIM}.seed=${huge}&${SIM}.${'p'.repeat(5000)}=1`;
  const { page, context, errors } = await openPage(browser(), `index.html${query}#/2`, { which: 'fixture' });
  const widget = page.locator(`.sim[data-sim="${SIM}"]`);
  await widget.locator('svg, canvas').first().waitFor({ timeout: 15_000 });
  const note = widget.locator('.sim-note');
  expect(await note.isVisible()).toBe(true);
  const text = (await note.textContent()) ?? '';
  expect(text).toMatch(/tick 'abc'/);
  expect(text).toMatch(/__proto__/);
  expect(text).toMatch(/constructor/);
  expect(text.length).toBeLessThan(2000);
  // the tick and the seed are the slide's: the timeline at its own start or end, in range
  const timeline = widget.locator('.sim-timeline');
  expect(Number(await timeline.inputValue())).toBeLessThanOrEqual(Number(await timeline.getAttribute('max')));
  // the page answers a control
  await widget.locator('.sim-figure').hover();
  await widget.locator('.sim-step, button').first().click();
  expect(errors).toEqual([]);
  await context.close();
});

test('the short form and the scoped form of one key: the scoped one counts', async () => {
  const { page, context, errors } = await openPage(browser(), `index.html?sim=${SIM}&tick=5&${SIM}.tick=9#/2`, {
    which: 'fixture',
  });
  const timeline = page.locator(`.sim[data-sim="${SIM}"] .sim-timeline`);
  await timeline.waitFor({ timeout: 15_000 });
  await expect.poll(async () => Number(await timeline.inputValue())).toBe(9);
  expect(errors).toEqual([]);
  await context.close();
});
