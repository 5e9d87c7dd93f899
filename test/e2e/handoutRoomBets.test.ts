/**
 * The handout and the room: a participant's take-home file (made here by the phone page's own resultsFile, so the
 * format is the room's) imported on the handout page, or given to `npm run handout -- --bets FILE`, prints on each bet
 * slide their bet, the room's split and the model's answer (content/betVerdict.ts, as the room's server says it), in
 * every layout; checked in the PDF with pdftotext, page by page. A broken file: a notice, nothing changes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { exportHandout } from '../../scripts/handoutExport.ts';
import { betVerdict } from '../../src/content/betVerdict.ts';
import { loadDeck, loadTranslation } from '../../src/content/index.ts';
import type { Deck } from '../../src/content/types.ts';
import { resultsFile } from '../../src/join/resultsFile.ts';
import type { HistoryEntry } from '../../src/roomProtocol/roomMessages.ts';
import { LAYOUTS } from '../../src/views/handout/handoutOptions.ts';
import { baseUrl, openPage, useBrowser } from './harness.ts';

const browser = useBrowser();
const deck = loadDeck('slides');
const spanish = loadTranslation(deck, 'slides', 'es', 'slides');
const betBlocks = (d: Deck) =>
  d.slides.flatMap((s) => s.sims.filter((b) => b.bet).map((b) => ({ slide: s, block: b })));
const bets = betBlocks(deck);
const dir = mkdtempSync(join(tmpdir(), 'gf-handout-bets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A phone's history: votes on the bets at these positions (choice (k + 1) % n), split [k+1, k+2, …] per choice. */
function history(positions: number[]): HistoryEntry[] {
  return positions.map((k) => {
    const { block } = bets[k]!;
    const choices = block.bet!.choices;
    return {
      bet: block.id,
      question: block.bet!.question,
      choices,
      yourVote: (k + 1) % choices.length,
      tally: choices.map((_, i) => k + 1 + i),
      verdict: betVerdict(block)?.choice ?? null,
    };
  });
}
const POSITIONS = [0, 2, 3];
const entries = history(POSITIONS);
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const goodFile = write(
  'give-first-bets-ABCDE.json',
  JSON.stringify(resultsFile(deck.meta.title, 'ABCDE', entries, '')),
);

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();
/**
 * The PDF's text, one squashed string per page. `column`: only the right-hand column of an A4 page (3-up prints the
 * room's box there, beside the slide: read whole, its lines would interleave with the figure's labels).
 */
const pdfPages = (pdf: string, column = false) =>
  execFileSync('pdftotext', [...(column ? ['-x', '330', '-y', '0', '-W', '265', '-H', '842'] : []), pdf, '-'], {
    encoding: 'utf8',
  })
    .split('\f')
    .map(squash);

/** What each imported bet must print, in `d`'s words, and the slide's title to find it by. */
function expected(d: Deck) {
  const blocks = betBlocks(d);
  return POSITIONS.map((k, i) => {
    const { slide, block } = blocks[k]!;
    const h = entries[i]!;
    const choices = block.bet!.choices;
    const total = h.tally!.reduce((a, b) => a + b, 0);
    return {
      title: slide.title,
      yours: choices[h.yourVote!]!,
      rows: choices.map((c, j) => ({ c, n: h.tally![j]!, total })),
      model: choices[betVerdict(block)!.choice]!,
    };
  });
}

/** Each bet's box, whole, on the page that prints its slide (`boxes`: the text to find the box in, page by page). */
function checkPdf(pages: string[], d: Deck, words: { yours: string; model: string; split: RegExp }, boxes = pages) {
  for (const e of expected(d)) {
    const at = boxes.findIndex((p) => p.includes(squash(`${words.yours} ${e.yours}`)));
    expect(at, `"${words.yours} ${e.yours}" is printed`).toBeGreaterThanOrEqual(0);
    expect(pages[at], `the bet is printed on the page of "${e.title}"`).toContain(squash(e.title));
    const page = boxes[at];
    expect(page).toMatch(words.split);
    for (const r of e.rows) expect(page).toContain(squash(`${r.c}: ${r.n}`));
    expect(page).toContain(squash(`${words.model} ${e.model}`));
  }
}
const EN = { yours: 'Your bet:', model: 'What the model supports:', split: /How the room bet \(\d+ votes\):/ };

async function importFile(page: Page, path: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('.handout-import').click()]);
  await chooser.setFiles(path);
}

describe('the handout prints the room take-home file (real Chromium, real PDFs)', () => {
  test('imported on the handout page: each bet on its slide, kept for the next layout, printed to PDF', async () => {
    const { page, context, errors } = await openPage(browser(), 'handout.html?layout=notes', { width: 1000 });
    await importFile(page, goodFile);
    await expect
      .poll(() => page.locator('.handout-notice').textContent())
      .toBe('3 bets from the room are printed on their slides.');
    for (const h of entries) {
      const box = page.locator(`.handout-slide .handout-room[data-bet="${h.bet}"]`);
      await expect
        .poll(() => box.locator('.handout-room-yours').textContent())
        .toBe(`Your bet: ${h.choices[h.yourVote!]}`);
    }
    expect(await page.locator('.handout-room').count()).toBe(entries.length);
    // a layout link is a new page: the file is kept in this browser and printed there too
    await page.locator('.handout-toolbar a', { hasText: '3 slides a page' }).click();
    await page.waitForSelector('html[data-ready]');
    await expect.poll(() => page.locator('.handout-row .handout-room').count()).toBe(entries.length);
    await page.goto(`${baseUrl()}handout.html?layout=notes`);
    await page.waitForSelector('html[data-ready]');
    const pdf = join(dir, 'browser.pdf');
    await page.emulateMedia({ media: 'print' });
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    checkPdf(pdfPages(pdf), deck, EN);
    // forgetting them prints the handout as before
    await page.emulateMedia({ media: 'screen' });
    await page.locator('.handout-forget').click();
    await expect.poll(() => page.locator('.handout-notice').textContent()).toMatch(/forgotten/);
    expect(await page.locator('.handout-room').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each(LAYOUTS)('npm run handout -- --bets FILE --layout %s', async (layout) => {
    const out = join(dir, `bets-${layout}.pdf`);
    await exportHandout({ layout, paper: 'a4', out, bets: goodFile, baseUrl: baseUrl(), browser: browser() });
    checkPdf(pdfPages(out), deck, EN, layout === '3up' ? pdfPages(out, true) : undefined);
    if (layout === '3up')
      execFileSync('pdftoppm', [
        '-r',
        '50',
        '-png',
        '-f',
        '3',
        '-l',
        '4',
        out,
        join('test-results', 'handout-bets-3up'),
      ]);
    if (layout === 'notes')
      execFileSync('pdftoppm', [
        '-r',
        '50',
        '-png',
        '-f',
        '5',
        '-l',
        '7',
        out,
        join('test-results', 'handout-bets-notes'),
      ]);
  });

  test('an English room file on the Spanish handout: the same choices by number, in Spanish', async () => {
    const out = join(dir, 'bets-es.pdf');
    await exportHandout({
      layout: 'notes',
      paper: 'a4',
      out,
      lang: 'es',
      bets: goodFile,
      baseUrl: baseUrl(),
      browser: browser(),
    });
    checkPdf(pdfPages(out), spanish, {
      yours: 'Tu apuesta:',
      model: 'Lo que respalda el modelo:',
      split: /Cómo apostó la sala \(\d+ votos\):/,
    });
  });

  test.each([
    ['not JSON', 'this is not a file of bets {'],
    ['another version', JSON.stringify({ ...resultsFile(deck.meta.title, 'X', entries, ''), version: 7 })],
    [
      'a split that is not counts',
      JSON.stringify(resultsFile(deck.meta.title, 'X', [{ ...entries[0]!, tally: ['a'] as unknown as number[] }], '')),
    ],
  ])('a broken file (%s): a notice on the page, nothing changes; the export refuses it', async (_, text) => {
    const path = write('broken.json', text);
    const { page, context, errors } = await openPage(browser(), 'handout.html?layout=notes', { width: 1000 });
    await importFile(page, goodFile);
    await expect.poll(() => page.locator('.handout-room').count()).toBe(entries.length);
    await importFile(page, path);
    await expect
      .poll(() => page.locator('.handout-notice').textContent())
      .toBe('That file could not be read as bets from the room, so nothing changed.');
    expect(await page.locator('.handout-room').count()).toBe(entries.length);
    await page.reload();
    await page.waitForSelector('html[data-ready]');
    expect(await page.locator('.handout-room').count()).toBe(entries.length);
    expect(errors).toEqual([]);
    await context.close();

    const out = join(dir, 'refused.pdf');
    await expect(
      exportHandout({ layout: 'notes', paper: 'a4', out, bets: path, baseUrl: baseUrl(), browser: browser() }),
    ).rejects.toThrow(/--bets .*broken\.json: That file could not be read as bets from the room.*no file was written/);
    expect(existsSync(out)).toBe(false);
  });
});
