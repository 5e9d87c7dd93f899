/**
 * The reading view and the room: "Import my bets from the room" reads the phone's take-home file (made here by the
 * phone page's own resultsFile, so the format is the room's), validated like any saved state; a broken file leaves
 * everything as it was, with a notice. After a bet's run the reading view says what the model says, by the same rule
 * per bet as the room (src/content/betRules.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { betRuleFor } from '../../src/content/betRules.ts';
import { loadDeck } from '../../src/content/loadDeck.ts';
import { messagesFor } from '../../src/i18n/index.ts';
import { resultsFile } from '../../src/join/resultsFile.ts';
import type { HistoryEntry } from '../../src/roomProtocol/roomMessages.ts';
import { READER_STORE_KEY } from '../../src/views/shared/readerStore.ts';
import { openPage, useBrowser } from './harness.ts';

const browser = useBrowser();
const deck = loadDeck('slides');
const betBlocks = deck.slides.flatMap((s) => s.sims.filter((b) => b.bet));
const dir = mkdtempSync(join(tmpdir(), 'gf-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A phone's history: it voted on the bets at these positions, choice (k + i) % choices. */
function history(positions: number[]): HistoryEntry[] {
  return positions.map((k, i) => {
    const b = betBlocks[k]!;
    const choices = b.bet!.choices;
    return {
      bet: b.id,
      question: b.bet!.question,
      choices,
      yourVote: (k + i) % choices.length,
      tally: [1, 2, 3],
      verdict: 2,
    };
  });
}
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), READER_STORE_KEY);

async function importFile(page: Page, path: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('.read-import').click()]);
  await chooser.setFiles(path);
}
const placed = (page: Page, id: string) =>
  page.locator(`.read-bet:has(input[name="bet-${id}"]) .read-bet-placed`).textContent();

describe('importing bets from the room into the reading view (real Chromium)', () => {
  test('a file in the room download format: the reading view shows those bets', async () => {
    const entries = history([0, 2, 4]);
    const file = resultsFile(deck.meta.title, 'ABCDE', entries, new Date().toISOString());
    const path = write('give-first-bets-ABCDE.json', JSON.stringify(file));
    const { page, context, errors } = await openPage(browser(), 'index.html?view=read', { width: 1280 });
    await importFile(page, path);
    await expect.poll(() => page.locator('.read-notice').textContent()).toBe('Imported 3 bets from the room.');
    for (const h of entries) {
      await expect.poll(() => placed(page, h.bet)).toBe(`Your bet: ${h.choices[h.yourVote!]}`);
    }
    // kept on the device: a reload still shows them
    const saved = JSON.parse((await stored(page))!) as { bets: Record<string, string> };
    expect(saved.bets).toEqual(Object.fromEntries(entries.map((h) => [h.bet, h.choices[h.yourVote!]])));
    await page.reload();
    await page.waitForSelector('html[data-ready]');
    await expect
      .poll(() => placed(page, entries[1]!.bet))
      .toBe(`Your bet: ${entries[1]!.choices[entries[1]!.yourVote!]}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each([
    ['not JSON', 'this is not a file of bets {'],
    ['another version', JSON.stringify({ ...resultsFile(deck.meta.title, 'X', history([1]), ''), version: 7 })],
    ['bets that are not text', JSON.stringify({ ...resultsFile(deck.meta.title, 'X', [], ''), bets: { s7: 3 } })],
  ])('a broken file (%s): a notice, and nothing changes', async (_, text) => {
    const path = write('broken.json', text);
    const { page, context, errors } = await openPage(browser(), 'index.html?view=read', { width: 1280 });
    // one bet placed by hand first: it must survive
    const bet = page.locator('.read-bet').first();
    await bet.scrollIntoViewIfNeeded();
    await bet.locator('input[type=radio]').first().check();
    await bet.locator('button[type=submit]').click();
    await expect
      .poll(async () => JSON.parse((await stored(page)) ?? '{}').bets)
      .toEqual({
        [betBlocks[0]!.id]: betBlocks[0]!.bet!.choices[0],
      });
    // what an import could change: the bets and the plan (the reading place follows the scroll, on its own time)
    const kept = async () => {
      const { bets, plan } = JSON.parse((await stored(page)) ?? '{}') as { bets?: unknown; plan?: unknown };
      return { bets, plan };
    };
    const before = await kept();
    const placedBefore = await page.locator('.read-bet-placed:not([hidden])').count();
    await importFile(page, path);
    await expect
      .poll(() => page.locator('.read-notice').textContent())
      .toBe('That file could not be read as bets from the room, so nothing changed.');
    expect(await kept()).toEqual(before);
    expect(await page.locator('.read-bet-placed:not([hidden])').count()).toBe(placedBefore);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('after a bet’s run the reading view says what the model says, by the bet’s rule', async () => {
    const block = betBlocks[0]!;
    const rule = betRuleFor(block)!;
    const { page, context, errors } = await openPage(browser(), 'index.html?view=read', { width: 1280 });
    const article = page.locator('article.read-slide', { has: page.locator(`.sim[data-sim="${block.id}"]`) });
    await article.scrollIntoViewIfNeeded();
    await article.locator('input[type=radio]').first().check();
    await article.locator('button[type=submit]').click();
    const timeline = article.locator('.sim-timeline');
    await timeline.waitFor();
    await timeline.evaluate((el: HTMLInputElement) => {
      el.value = el.max;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect
      .poll(() => article.locator('.read-bet-outcome').textContent(), { timeout: 20_000 })
      .toContain(
        `The model says: ${block.bet!.choices[rule.supports]} (measured as ${rule.measure(messagesFor('en'))}).`,
      );
    await page.screenshot({ path: 'test-results/read-model-says.png' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
