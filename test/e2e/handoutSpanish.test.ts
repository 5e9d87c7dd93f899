import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportHandout } from '../../scripts/handoutExport.ts';
import { loadDeck, loadTranslation } from '../../src/content/loadDeck.ts';
import { messagesFor } from '../../src/i18n/index.ts';
import { baseUrl, launchChromium } from './harness.ts';

/** `npm run handout -- --lang es`, as the exporter runs it, read back with pdftotext. */
const english = loadDeck('slides');
const spanish = loadTranslation(english, 'slides', 'es', 'slides');
const es = messagesFor('es');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

let browser: Browser;
const tmp = mkdtempSync(join(tmpdir(), 'handout-es-'));
const out = join(tmp, 'es.pdf');
let pages: string[] = [];
let raw = '';

beforeAll(async () => {
  browser = await launchChromium();
  await exportHandout({ layout: 'notes', paper: 'a4', out, lang: 'es', baseUrl: baseUrl('kit'), browser });
  pages = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  raw = readFileSync(out).toString('latin1');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('the Spanish handout PDF', () => {
  test('has every Spanish slide title (the deck is really translated: most titles differ)', () => {
    const all = squash(pages.join(' '));
    const titles = spanish.slides.map((s) => s.title).filter(Boolean);
    expect(titles.length).toBe(english.slides.filter((s) => s.title).length);
    for (const title of titles) expect(all, title).toContain(squash(title));
    const translated = english.slides.filter((s, i) => s.title && s.title !== spanish.slides[i]!.title);
    expect(translated.length).toBeGreaterThan(5);
  });

  test('every page has the translated footer: the title, «licencia» and «Página n de N»', () => {
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((text, i) => {
      const flat = squash(text);
      expect(flat, `page ${i + 1}`).toContain(es.handoutFooter({ title: spanish.meta.title, licence: 'CC BY-SA 4.0' }));
      expect(flat, `page ${i + 1}`).toContain(
        es.handoutFooterPage({ page: String(i + 1), total: String(pages.length) }),
      );
    });
  });

  test('the cover and the worksheet are in Spanish, from the catalogue', () => {
    // the kicker is set in capitals by CSS
    expect(squash(pages[0]!).toLowerCase()).toContain(es.handoutKicker().toLowerCase());
    expect(squash(pages[0]!)).toContain(es.handoutSeeded());
    const last = squash(pages.at(-1)!);
    expect(last).toContain(es.handoutWorksheetTitle());
    expect(last).toContain(es.planWhere());
    expect(last).not.toMatch(/give-first plan|Where will you give/i);
  });

  test("the PDF's language is the page's: /Lang (es)", () => {
    // the exporter prints a tagged PDF: its Document element carries the language
    expect(raw).toMatch(/\/S \/Document\s*\/Lang \(es\)/);
  });
});
