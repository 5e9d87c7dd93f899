import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type BetterSqlite3 from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RoomProcess, startRoomProcess } from '../../scripts/lib/roomProcess.ts';
import { betRuleFor } from '../../src/content/betRules.ts';
import { loadDeck, loadTranslation } from '../../src/content/loadDeck.ts';
import { openPage, useBrowser } from './harness.ts';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const Database = require('better-sqlite3') as typeof BetterSqlite3;

const browser = useBrowser();
const deck = loadDeck('slides');
const spanish = loadTranslation(deck, 'slides', 'es', 'slides');
const betSlides = deck.slides.filter((s) => s.sims.some((b) => b.bet));
const [first, second] = betSlides;
const betOf = (s: typeof first) => s!.sims.find((b) => b.bet)!;

let data: string;
let room: RoomProcess;
let projector: Page;
const phones: { page: Page; context: BrowserContext; errors: string[] }[] = [];

async function openPhone(base: string, locale = 'en-US', path = 'join', bypassCSP = false) {
  const context = await browser().newContext({
    viewport: { width: 360, height: 720 },
    isMobile: true,
    hasTouch: true,
    locale,
    bypassCSP,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}${path}`);
  await page.waitForSelector('html[data-ready]');
  return { page, context, errors };
}

const yours = (p: Page) => p.locator('.join-yours').getAttribute('data-vote');
const count = (choice: number) =>
  projector.locator(`.room-panel li[data-choice="${choice}"] .room-count`).textContent();

async function goToSlide(page: Page, slide: { h: number; v: number }) {
  await page.evaluate(([h, v]) => window.Reveal!.slide(h, v), [slide.h, slide.v] as const);
}

/** What of the current slide the room's panel covers: its title, its text, its figure's words (none, is the rule). */
function coveredByPanel(page: Page) {
  return page.evaluate(() => {
    const panel = document.querySelector('.room-panel')!.getBoundingClientRect();
    const slide = window.Reveal!.getCurrentSlide() as HTMLElement;
    const covered: string[] = [];
    for (const t of slide.querySelectorAll('h1, h2, h3, p, li, .sim-figure text')) {
      const r = t.getBoundingClientRect();
      if (r.width === 0 || !t.textContent?.trim()) continue;
      const ox = Math.min(r.right, panel.right) - Math.max(r.left, panel.left);
      const oy = Math.min(r.bottom, panel.bottom) - Math.max(r.top, panel.top);
      if (ox > 0 && oy > 0) covered.push(t.textContent.trim());
    }
    return covered;
  });
}

/** Each phone votes choice (i % choices) and waits until its page says the vote is recorded. */
async function vote(phone: Page, choice: number) {
  await phone.locator(`.join-choice input[value="${choice}"]`).tap();
  await expect.poll(() => yours(phone)).toBe(String(choice));
}

beforeAll(async () => {
  expect(betSlides.length, 'the deck needs two bet slides for this test').toBeGreaterThanOrEqual(2);
  data = mkdtempSync(join(tmpdir(), 'gf-room-'));
  room = await startRoomProcess(data);
});

afterAll(async () => {
  await room?.stop();
  rmSync(data, { recursive: true, force: true });
});

describe('the room (real server, real sockets, real SQLite, real Chromium)', () => {
  test('a projector and three phones: votes, the live tally, closing, refusals', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    projector = await context.newPage();
    await projector.goto(`${room.base}?room=${room.token}#/${first!.h}/${first!.v}`);
    await projector.waitForSelector('html[data-ready]');
    await goToSlide(projector, first!);
    await expect.poll(() => projector.locator('.room-panel-head').textContent()).toMatch(/Betting not open/);

    for (let i = 0; i < 3; i++) phones.push(await openPhone(room.base));
    const bet = betOf(first);
    for (const { page } of phones) {
      await expect.poll(() => page.locator('.join-question').textContent()).toBe(bet.bet!.question);
      expect(await page.locator('.join-choice input').first().isDisabled()).toBe(true);
      // the phone page runs neither reveal.js nor d3
      expect(await page.evaluate(() => 'Reveal' in window || 'd3' in window)).toBe(false);
    }

    await projector.keyboard.press('t'); // open betting
    await expect.poll(() => phones[0]!.page.locator('.join-choice input').first().isDisabled()).toBe(false);
    const n = bet.bet!.choices.length;
    const expected = new Array<number>(n).fill(0);
    for (const [i, { page }] of phones.entries()) {
      await vote(page, i % n);
      expected[i % n]!++;
    }
    // a phone changes its mind while betting is open: still one vote per device
    await vote(phones[2]!.page, 0);
    expected[2 % n]!--;
    expected[0]!++;
    for (let c = 0; c < n; c++) await expect.poll(() => count(c)).toBe(String(expected[c]));
    // the live tally, at 1280×720, covers neither the slide's title nor its own line of choices nor any figure text
    await projector.waitForTimeout(900); // the slide's re-scale into the room's column
    await projector.screenshot({ path: 'test-results/room-live-tally.png' });
    expect(await coveredByPanel(projector)).toEqual([]);

    // a participant's own socket tries to drive the room: refused, nothing moves
    const refusals = await phones[0]!.page.evaluate(
      ([betId, token]) =>
        new Promise<string[]>((ok) => {
          const ws = new WebSocket(`ws://${location.host}/room/ws`);
          const got: string[] = [];
          ws.onmessage = (e) => {
            const m = JSON.parse(e.data as string) as { type: string; reason?: string };
            if (m.type === 'refused') got.push(m.reason!);
            if (got.length === 3) ok(got);
          };
          ws.onopen = () => {
            ws.send(JSON.stringify({ type: 'open', token, bet: betId }));
            ws.send(JSON.stringify({ type: 'slide', token, slide: '0' }));
            ws.send(JSON.stringify({ type: 'reset', token }));
          };
        }),
      [bet.id, 'not-the-presenter-token-0123'] as const,
    );
    expect(refusals).toEqual([
      'only the presenter can do that',
      'only the presenter can do that',
      'only the presenter can do that',
    ]);
    await expect.poll(() => phones[1]!.page.locator('.join-question').textContent()).toBe(bet.bet!.question);

    await projector.keyboard.press('t'); // close betting
    for (const { page } of phones) {
      await expect.poll(() => page.locator('.join-split h2').textContent()).toBe(`How the room bet (3 votes)`);
      expect(await page.locator('.join-choice input').first().isDisabled()).toBe(true);
    }
    // a vote after closing is refused and changes nothing
    const late = await phones[1]!.page.evaluate(
      ([betId]) =>
        new Promise<string>((ok) => {
          const ws = new WebSocket(`ws://${location.host}/room/ws`);
          ws.onmessage = (e) => ok(JSON.parse(e.data as string).type === 'refused' ? 'refused' : 'other');
          ws.onopen = () =>
            ws.send(JSON.stringify({ type: 'vote', device: 'late-device-0001', bet: betId, choice: 0 }));
        }),
      [bet.id] as const,
    );
    expect(late).toBe('refused');
    for (let c = 0; c < n; c++) expect(await count(c)).toBe(String(expected[c]));
  });

  test('SIGKILL mid-vote: every recorded vote survives, phones reconnect and show their votes', async () => {
    await goToSlide(projector, second!);
    const bet = betOf(second);
    await expect.poll(() => phones[0]!.page.locator('.join-question').textContent()).toBe(bet.bet!.question);
    await projector.keyboard.press('t');
    await expect.poll(() => phones[0]!.page.locator('.join-choice input').first().isDisabled()).toBe(false);
    await vote(phones[0]!.page, 1);
    await vote(phones[1]!.page, 0);
    // the third phone taps and the server dies at once: its vote may or may not have landed
    await phones[2]!.page.locator('.join-choice input[value="1"]').tap();
    await room.kill();
    for (const { page } of phones)
      await expect.poll(() => page.locator('.join-conn').textContent()).toBe('Reconnecting…');

    room = await startRoomProcess(data, room.port);
    expect(room.output()).toMatch(/picked up where it was/);
    // the phones reconnect on their own (no reload) and show the votes the server had recorded; the third resends
    for (const { page } of phones)
      await expect.poll(() => page.locator('.join-conn').textContent(), { timeout: 20_000 }).toBe('Connected');
    await expect.poll(() => yours(phones[0]!.page)).toBe('1');
    await expect.poll(() => yours(phones[1]!.page)).toBe('0');
    await expect.poll(() => yours(phones[2]!.page)).toBe('1');
    // the projector reconnects too and its tally is the store's
    await expect.poll(() => count(1), { timeout: 20_000 }).toBe('2');
    expect(await count(0)).toBe('1');

    const db = new Database(join(data, 'rooms.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT choice, COUNT(*) AS n FROM votes WHERE bet = ? GROUP BY choice').all(bet.id);
    db.close();
    expect(rows).toEqual([
      { choice: 0, n: 1 },
      { choice: 1, n: 2 },
    ]);
    for (const { errors } of phones) expect(errors).toEqual([]);
  });

  test('the speaker window drives the room: phones connected, betting opened and closed, the outcome shown', async () => {
    const third = betSlides[2];
    expect(third, 'the deck needs three bet slides for this test').toBeDefined();
    const bet = betOf(third);
    const rule = betRuleFor(bet);
    expect(rule, `a rule for ${bet.id}`).toBeDefined();
    await goToSlide(projector, third!);
    const [speaker] = await Promise.all([projector.context().waitForEvent('page'), projector.keyboard.press('s')]);
    const speakerErrors: string[] = [];
    speaker.on('pageerror', (e) => speakerErrors.push(String(e)));
    await speaker.setViewportSize({ width: 1280, height: 720 });
    await speaker.waitForSelector('body.gf-speaker #gf-room', { timeout: 20_000 });
    const status = () => speaker.locator('#gf-room .gf-room-status').textContent();
    await expect.poll(status).toMatch(/^3 phones connected · Betting not open yet · 0 votes$/);
    for (const { page } of phones)
      await expect.poll(() => page.locator('.join-question').textContent()).toBe(bet.bet!.question);

    // the button opens betting: the phones can vote, and the speaker window counts the votes
    await speaker.locator('.gf-room-open').click();
    for (const { page } of phones)
      await expect.poll(() => page.locator('.join-choice input').first().isDisabled()).toBe(false);
    await vote(phones[0]!.page, 0);
    await vote(phones[1]!.page, 2);
    await expect.poll(status).toMatch(/Betting open · 2 votes$/);
    expect(await speaker.locator('.gf-room-open').isDisabled()).toBe(true);

    // T, the same key as on the projector, closes betting; it does not play the simulation (W does, in this window)
    await speaker.locator('.speaker-controls-notes').click();
    await speaker.keyboard.press('t');
    await expect.poll(status).toMatch(/Betting closed · 2 votes$/);
    for (const { page } of phones)
      await expect.poll(() => page.locator('.join-choice input').first().isDisabled()).toBe(true);
    const tick = () =>
      projector.evaluate(() => {
        const input = window.Reveal!.getCurrentSlide()?.querySelector<HTMLInputElement>('input.sim-timeline');
        return input ? Number(input.value) : Number.NaN;
      });
    expect(await tick()).toBe(0);

    // the outcome: phones are told which choice the model supports, by the bet's rule
    await speaker.locator('.gf-room-reveal').click();
    await expect.poll(status).toMatch(/Outcome shown/);
    const supported = bet.bet!.choices[rule!.supports]!;
    for (const { page } of phones)
      await expect.poll(() => page.locator('.join-verdict').textContent()).toBe(`The model supports: ${supported}`);
    await expect
      .poll(() => projector.locator('.room-verdict').getAttribute('data-choice'))
      .toBe(String(rule!.supports));

    // Q in the speaker window shows the join overlay on the projector, and hides it again
    await speaker.keyboard.press('q');
    await expect.poll(() => projector.locator('.room-join').isVisible()).toBe(true);
    // the QR code (its library loaded only because a room serves the deck) encodes the address printed under it
    const qr = projector.locator('.room-join .room-qr svg[data-modules]');
    await qr.waitFor();
    expect(await qr.locator('title').textContent()).toContain(
      await projector.locator('.room-join .room-url').textContent(),
    );
    await speaker.screenshot({ path: 'test-results/room-speaker-window.png' });
    await speaker.locator('.gf-room-join').click();
    await expect.poll(() => projector.locator('.room-join').isVisible()).toBe(false);
    expect(speakerErrors).toEqual([]);
    await speaker.close();
  });

  test('a phone in Spanish beside an English projector: its own language, a switch, the same tally by choice number', async () => {
    const fourth = betSlides[3];
    expect(fourth, 'the deck needs four bet slides for this test').toBeDefined();
    const bet = betOf(fourth);
    const words = spanish.slides.find((s) => s.id === fourth!.id)!.sims.find((b) => b.id === bet.id)!.bet!;
    await goToSlide(projector, fourth!);
    // a phone whose browser prefers Spanish (the projector stays English), and AXE needs its script in: no CSP here
    const es = await openPhone(room.base, 'es-ES', 'join', true);
    expect(await es.page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect.poll(() => es.page.locator('.join-question').textContent()).toBe(words.question);
    expect(await es.page.locator('.join-choice span').allTextContents()).toEqual(words.choices);
    await expect.poll(() => phones[0]!.page.locator('.join-question').textContent()).toBe(bet.bet!.question);
    await projector.keyboard.press('t'); // open
    await expect.poll(() => es.page.locator('.join-status').textContent()).toMatch(/^Las apuestas están abiertas/);
    await vote(es.page, 1);
    expect(await es.page.locator('.join-yours').textContent()).toBe(`Tu apuesta está registrada: ${words.choices[1]}`);
    // the projector counts it on its own (English) choice 1
    await expect.poll(() => count(1)).toBe('1');
    expect(await projector.locator('.room-panel li[data-choice="1"] .room-choice-text').textContent()).toBe(
      `B. ${bet.bet!.choices[1]}`,
    );
    await es.page.screenshot({ path: 'test-results/room-phone-es-360.png', fullPage: true });
    await projector.screenshot({ path: 'test-results/room-projector-tally-1280.png' });

    // axe on the Spanish page at 360 px
    await es.page.addScriptTag({ path: AXE });
    const result = await es.page.evaluate(() =>
      (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21aa', 'best-practice'] },
      }),
    );
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    expect(await es.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // the switch: English on the same phone; its vote is kept (same device, same choice number)
    await es.page.locator('.join-languages a[lang="en"]').click();
    await es.page.waitForURL(/lang=en/);
    await es.page.waitForSelector('html[data-ready]');
    expect(await es.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => es.page.locator('.join-question').textContent()).toBe(bet.bet!.question);
    await expect.poll(() => yours(es.page)).toBe('1');
    expect(await es.page.locator('.join-yours').textContent()).toBe(`Your bet is recorded: ${bet.bet!.choices[1]}`);
    await es.page.screenshot({ path: 'test-results/room-phone-en-360.png', fullPage: true });
    expect(es.errors).toEqual([]);
    await es.context.close();
  });

  test('the participant page in the pseudo-locale: every word of its own is the catalogue’s', async () => {
    const xa = await openPhone(room.base, 'en-US', 'join?lang=en-XA');
    await xa.page.waitForSelector('.join-bet');
    // the deck's words (slide title, question, choices) and the switch's endonyms are not catalogue text
    const plain = await xa.page.evaluate(() => {
      const out: string[] = [];
      const skip = 'h1, .join-question, .join-choice span, .join-languages';
      const walker = document.createTreeWalker(document.getElementById('join')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!.trim();
        const parent = node.parentElement!;
        if (!text || parent.closest(skip) || parent.getClientRects().length === 0) continue;
        if (/[A-Za-z]/.test(text) && !/[⟦⟧]/.test(text)) out.push(text);
      }
      return out;
    });
    expect(plain).toEqual([]);
    expect(await xa.page.evaluate(() => document.title)).toMatch(/^⟦/);
    expect(await xa.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await xa.context.close();
  });

  test('the participant page is axe-clean at 360 px (AAA contrast) and keeps its layout at 200% text', async () => {
    const context = await browser().newContext({ viewport: { width: 360, height: 720 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${room.base}join`);
    await page.waitForSelector('.join-bet');
    for (const size of ['100%', '200%']) {
      await page.evaluate((s) => {
        document.documentElement.style.fontSize = s;
      }, size);
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(() =>
        (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResults> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21aa', 'best-practice'] },
        }),
      );
      expect(result.passes.length).toBeGreaterThan(0);
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      // nothing wider than the phone
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
    await context.close();
  });

  test('without the room (a static host) a bet slide shows its choices once, with no live tally', async () => {
    const { page, context, errors, external } = await openPage(browser(), `index.html#/${first!.h}/${first!.v}`);
    // the slide's own line of choices is the show of hands: no panel repeats it over the slide
    const own = page.locator('.reveal .slides section.present .bet-choices');
    await expect.poll(() => own.isVisible()).toBe(true);
    for (const choice of betOf(first).bet!.choices)
      expect((await own.textContent())!.toLowerCase()).toContain(choice.split(' ').at(-1)!.toLowerCase());
    expect(await page.locator('.room-panel').isVisible()).toBe(false);
    await page.keyboard.press('t'); // nothing to open without a room
    await page.keyboard.press('q');
    expect(await page.locator('.room-join').isVisible()).toBe(true);
    await page.screenshot({ path: 'test-results/room-show-of-hands.png' });
    expect(await page.locator('.room-count').count()).toBe(0);
    expect([...errors, ...external]).toEqual([]);
    await context.close();
  });

  test('without the room, a bet slide with no line of choices of its own shows them once, under its title', async () => {
    const fixture = loadDeck('test/e2e/fixture-slides').slides.find(
      (s) => s.sims.some((b) => b.bet) && !s.html.includes('bet-choices'),
    )!;
    const { page, context, errors } = await openPage(browser(), `index.html#/${fixture.h}/${fixture.v}`, {
      which: 'fixture',
      width: 1280,
      height: 720,
    });
    const line = page.locator('.reveal .slides section.present .bet-choices');
    await expect
      .poll(() => line.allTextContents())
      .toEqual([fixture.sims.find((b) => b.bet)!.bet!.choices.join(' · ')]);
    expect(await page.locator('.room-panel').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
