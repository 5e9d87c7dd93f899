import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ExportResult, exportHandout, printViewport } from '../../scripts/handoutExport.ts';
import { loadDeck } from '../../src/content/loadDeck.ts';
import type { SimBlock } from '../../src/content/types.ts';
import { STRATEGY_STYLE } from '../../src/render/palette.ts';
import { presets, simulate } from '../../src/sim/index.ts';
import type { Params, StrategyName } from '../../src/sim/types.ts';
import { layoutSentence } from '../../src/views/handout/handoutCover.ts';
import { LAYOUTS, PAPERS } from '../../src/views/handout/handoutOptions.ts';
import { baseUrl, launchChromium } from './harness.ts';

const deck = loadDeck('slides');
const N = deck.slides.length;
const CASES = [
  { layout: 'notes', paper: 'a4', size: [595, 842] },
  { layout: '3up', paper: 'letter', size: [612, 792] },
  { layout: 'notes', paper: 'letter', size: [612, 792] },
  { layout: '3up', paper: 'a4', size: [595, 842] },
  { layout: '1up', paper: 'a4', size: [595, 842] },
  { layout: 'script', paper: 'a4', size: [595, 842] },
] as const;
/** the layouts printed for participants: every layout but the presenter's script */
const participant = (layout: string) => layout !== 'script';
/** printable width in pt: paper minus 2 × 14 mm side margins */
const contentWidth = (paper: string) => ((paper === 'a4' ? 210 : 215.9) - 28) * (72 / 25.4);

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();
const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const firstWords = (html: string, n: number) => squash(decode(html)).split(' ').slice(0, n).join(' ');
const cues = deck.slides.flatMap((s) =>
  [...s.notesHtml.matchAll(/<p class="cue">([\s\S]*?)<\/p>/g)].map((m) =>
    firstWords(m[1]!.replace(/^.*?Cue:<\/span>/, ''), 7),
  ),
);

/** What the live widget states for a block at its print tick, computed here in Node from the model alone. */
function expectedCaption(block: SimBlock): string {
  const base = (presets as Record<string, Partial<Params>>)[block.preset] ?? {};
  const run = simulate({ ...base, ...(block.overrides as Partial<Params>) }, block.seed);
  const t = Math.round(block.printTick ?? run.params.ticks);
  if (run.params.model === 'science') return `${Math.round((run.cooperation ?? 0) * 100)}% of donations were gifts`;
  const round = (v: number) => Math.round(v * 10) / 10;
  const [name, r] = Object.entries(run.byStrategy)[0] as [StrategyName, NonNullable<(typeof run.byStrategy)['late']>];
  return (
    `${STRATEGY_STYLE[name].label}: ${round(r.series.helpReceived[t]!)} helps received, ` +
    `${round(r.series.followers[t]!)} followers`
  );
}

/** P5 PGM pages → fraction of non-white pixels in a rectangle (pt), per page. */
function readPgm(file: string) {
  const buf = readFileSync(file);
  const header = buf.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)!;
  const [w, h] = [Number(header[1]), Number(header[2])];
  const data = buf.subarray(header[0].length);
  return {
    ink(x0: number, y0: number, x1: number, y1: number, dpi: number) {
      const px = (v: number, max: number) => Math.max(0, Math.min(max, Math.round((v * dpi) / 72)));
      let dark = 0;
      let all = 0;
      for (let y = px(y0, h); y < px(y1, h); y++) {
        for (let x = px(x0, w); x < px(x1, w); x++, all++) if (data[y * w + x]! < 200) dark++;
      }
      return all ? dark / all : 0;
    },
  };
}

interface Made extends ExportResult {
  layout: string;
  paper: string;
  pagesText: string[];
  info: string;
  bbox: string;
  dir: string;
}

let browser: Browser;
const made = new Map<string, Made>();
const tmp = mkdtempSync(join(tmpdir(), 'handout-'));

beforeAll(async () => {
  browser = await launchChromium();
  for (const c of CASES) {
    const out = join(tmp, `${c.layout}-${c.paper}.pdf`);
    const result = await exportHandout({ layout: c.layout, paper: c.paper, out, baseUrl: baseUrl('kit'), browser });
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    const dir = join(tmp, `${c.layout}-${c.paper}`);
    execFileSync('mkdir', ['-p', dir]);
    execFileSync('pdftoppm', ['-r', '40', '-gray', out, join(dir, 'p')]);
    made.set(`${c.layout}-${c.paper}`, {
      ...result,
      ...c,
      pagesText: text.split('\f').slice(0, -1),
      info: execFileSync('pdfinfo', [out], { encoding: 'utf8' }),
      bbox: execFileSync('pdftotext', ['-bbox', out, '-'], { encoding: 'utf8' }),
      dir,
    });
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe.each(CASES)('handout $layout on $paper', ({ layout, paper, size }) => {
  const get = () => made.get(`${layout}-${paper}`)!;

  test('page size and a page count that fits the deck', () => {
    const { info, pages } = get();
    const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect([Math.round(Number(m[1])), Math.round(Number(m[2]))]).toEqual(size);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(pages);
    // cover + slides + plan page; notes: 1 to 3 slides a page; 3up: exactly three a page; 1up: a page or more each
    if (layout === '3up') expect(pages).toBe(2 + Math.ceil(N / 3));
    else if (layout === '1up' || layout === 'script') expect(pages).toBeGreaterThanOrEqual(2 + N);
    else {
      expect(pages).toBeGreaterThanOrEqual(2 + Math.ceil(N / 3));
      expect(pages).toBeLessThanOrEqual(2 + N);
    }
  });

  test('footer with title, licence and page number on every page; credit on the cover', () => {
    const { pagesText } = get();
    expect(pagesText).toHaveLength(get().pages);
    pagesText.forEach((text, i) => {
      expect(text).toContain('CC BY-SA 4.0');
      expect(squash(text)).toContain(`${i + 1} / ${pagesText.length}`);
    });
    expect(squash(pagesText[0]!)).toContain('A Model for Using Twitter as a PLN');
    expect(squash(pagesText.at(-1)!)).toMatch(/give-first plan/i);
  });

  test('every slide title, every narrative (all but 3up); every cue, labelled, in the script and in no other layout', () => {
    const all = squash(get().pagesText.join(' '));
    for (const s of deck.slides) if (s.title) expect(all).toContain(squash(s.title));
    if (layout !== '3up') {
      // five words: the narrative flows beside the card, so pdftotext may put card text after its first line
      for (const s of deck.slides) if (s.narrativeHtml) expect(all).toContain(firstWords(s.narrativeHtml, 5));
    }
    expect(cues.length).toBeGreaterThan(3);
    if (participant(layout)) for (const cue of cues) expect(all).not.toContain(cue);
    else for (const cue of cues) expect(all, cue).toContain(`CUE: ${cue}`);
  });

  test('the cover describes this layout', () => {
    const sims = deck.slides.reduce((n, s) => n + s.sims.length, 0);
    const cover = squash(get().pagesText[0]!);
    expect(cover).toContain(squash(layoutSentence(layout, sims)));
    // what 3up does not print, its cover does not promise
    if (layout === '3up') expect(cover).not.toMatch(/printed with the narrative/i);
  });

  test('each simulation prints the numbers the model gives at its print tick', () => {
    const all = squash(get().pagesText.join(' '));
    const blocks = deck.slides.flatMap((s) => s.sims);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(all, block.id).toContain(expectedCaption(block));
  });

  test('no blank page, and ink where each simulation is drawn (notes and 1up layouts)', () => {
    const { dir, bbox } = get();
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(get().pages);
    const footerTop = size[1] - 16 * (72 / 25.4);
    const pgms = files.map((f) => readPgm(join(dir, f)));
    for (const [i, pgm] of pgms.entries()) {
      expect(pgm.ink(0, 0, size[0], footerTop, 40), `page ${i + 1}`).toBeGreaterThan(0.004);
    }
    if (layout === '3up') return;
    // Each caption starts right under its card: the band above it is the figure (network and chart).
    const w = contentWidth(paper);
    const pageBlocks = bbox.split('<page ').slice(1);
    let checked = 0;
    pageBlocks.forEach((page, i) => {
      const words = [...page.matchAll(/yMin="([\d.]+)"[^>]*>([^<]*)</g)];
      // a caption starts "At tick T of N (seed S)" or, for the science chart, "Cooperation by generation (seed S)"
      words.forEach((m, j) => {
        const next = words.slice(j, j + 6).map((x) => x[2]);
        const caption =
          (next[0] === 'At' && next[1] === 'tick' && next[3] === 'of' && next[5] === '(seed') ||
          (next[0] === 'Cooperation' && next[1] === 'by' && next[3] === '(seed');
        if (!caption) return;
        const lineTop = Number(m[1]);
        expect(
          pgms[i]!.ink(40, lineTop - 0.44 * w, 40 + w, lineTop - 0.07 * w, 40),
          `sim on page ${i + 1}`,
        ).toBeGreaterThan(0.02);
        checked++;
      });
    });
    expect(checked).toBe(deck.slides.flatMap((s) => s.sims).length);
  });
});

test('1up: every slide starts a page of its own, after the cover', () => {
  const pages = made.get('1up-a4')!.pagesText.map(squash);
  let previous = 0; // the cover
  for (const s of deck.slides) {
    if (!s.title) continue;
    const at = pages.findIndex((text, i) => i > previous && text.includes(squash(s.title)));
    expect(at, s.title).toBeGreaterThan(previous);
    previous = at;
  }
  expect(previous).toBeGreaterThanOrEqual(N / 2);
});

describe('the handout page', () => {
  test.each([
    ['?view=handout&layout=3up&paper=letter', 'handout.html?view=handout&layout=3up&paper=letter', 'handout--3up'],
    ['?view=handout#/4', 'handout.html?view=handout#/4', 'handout--notes'],
  ])('index.html%s opens handout.html with the same query, and its way back is the slides', async (query, to, cls) => {
    const page = await browser.newPage();
    await page.goto(new URL(`index.html${query}`, baseUrl('kit')).href);
    await page.waitForSelector('html[data-ready="handout"]', { timeout: 30_000 });
    expect(page.url()).toBe(new URL(to, baseUrl('kit')).href);
    expect(await page.locator(`.handout.${cls}`).count()).toBe(1);
    const back = await page.getByRole('link', { name: 'Back to the slides' }).getAttribute('href');
    expect(back).toBe(new URL(`index.html${query.includes('#') ? '#/4' : ''}`, baseUrl('kit')).href);
    // handout.html loads no reveal.js: neither its script nor its stylesheet
    expect(await page.evaluate(() => typeof (window as { Reveal?: unknown }).Reveal)).toBe('undefined');
    const revealCss = () =>
      [...document.styleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.includes('.reveal-viewport')));
    expect(await page.evaluate(revealCss)).toBe(false);
    await page.close();
  });
});

test('script: each cue is marked by a label and a ruled box, not by colour alone; the speaker notes come whole', async () => {
  const page = await browser.newPage({ viewport: printViewport('a4') });
  await page.emulateMedia({ media: 'print' });
  await page.goto(new URL('handout.html?layout=script', baseUrl('kit')).href);
  await page.waitForSelector('html[data-ready="handout"]', { timeout: 30_000 });
  const marks = await page.$$eval('.handout-narrative .cue', (els) =>
    els.map((el) => {
      const cue = getComputedStyle(el);
      const label = el.querySelector('.cue-label');
      const p = el.parentElement!.querySelector('p:not(.cue)');
      return {
        label: label?.textContent ?? '',
        transform: label ? getComputedStyle(label).textTransform : '',
        left: Number.parseFloat(cue.borderLeftWidth),
        top: Number.parseFloat(cue.borderTopWidth),
        style: cue.borderLeftStyle,
        labelBorder: label ? Number.parseFloat(getComputedStyle(label).borderTopWidth) : 0,
        plain: p ? Number.parseFloat(getComputedStyle(p).borderLeftWidth) : 0,
      };
    }),
  );
  expect(marks).toHaveLength(cues.length);
  for (const m of marks) {
    expect(m.label).toBe('Cue:');
    expect(m.transform).toBe('uppercase');
    expect(m.style).toBe('solid');
    expect(m.top).toBeGreaterThan(0);
    expect(m.left).toBeGreaterThan(2 * m.top);
    expect(m.labelBorder).toBeGreaterThan(0);
    expect(m.plain).toBe(0);
  }
  await page.close();
});

/**
 * Every printed figure's text, measured where it prints: the handout laid out as the exporter prints it (print media,
 * a window as wide as the paper's printed column, printed at scale 1, so 1 CSS px is 3/4 pt on paper), each SVG text's
 * font size times the scale its drawing is shown at.
 */
describe.each(LAYOUTS.flatMap((layout) => PAPERS.map((paper) => ({ layout, paper }))))(
  'figure text on paper, $layout on $paper',
  ({ layout, paper }) => {
    test('every figure text prints at 7 pt or more', async () => {
      const page = await browser.newPage({ viewport: printViewport(paper) });
      await page.emulateMedia({ media: 'print' });
      await page.goto(new URL(`handout.html?layout=${layout}&paper=${paper}`, baseUrl('kit')).href);
      await page.waitForSelector('html[data-ready="handout"]', { timeout: 30_000 });
      const found = await page.evaluate(() => {
        const sizes: { pt: number; text: string; sim: string }[] = [];
        for (const t of document.querySelectorAll<SVGTextElement>('.handout .sim-snapshot svg text')) {
          if (!t.textContent?.trim()) continue;
          const m = t.getScreenCTM()!;
          const px = Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
          sizes.push({
            pt: px * 0.75,
            text: t.textContent,
            sim: t.closest<HTMLElement>('[data-sim-id]')!.dataset.simId!,
          });
        }
        return { sizes, figures: document.querySelectorAll('.handout .sim-snapshot').length };
      });
      await page.close();
      const blocks = deck.slides.flatMap((s) => s.sims);
      expect(found.figures).toBe(blocks.length);
      // every figure has text to read (axes, labels), and none of it is below 7 pt
      for (const b of blocks)
        expect(
          found.sizes.some((s) => s.sim === b.id),
          b.id,
        ).toBe(true);
      const small = found.sizes.filter((s) => s.pt < 7);
      expect(small.slice(0, 5)).toEqual([]);
    });
  },
);

describe('a failed export changes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handout-fail-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const leftovers = () => readdirSync(dir).filter((f) => f.endsWith('.part'));

  test('a target whose folder is a file: no file, and a message that says why', async () => {
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    const out = join(dir, 'not-a-folder', 'handout.pdf');
    await expect(
      exportHandout({ layout: 'notes', paper: 'a4', out, baseUrl: baseUrl('kit'), browser }),
    ).rejects.toThrow(/cannot write .*handout\.pdf: a part of that path is a file, not a folder/);
    expect(existsSync(out)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  test('the PDF step fails: an existing file stays as it was, no temporary file is left', async () => {
    const out = join(dir, 'existing.pdf');
    writeFileSync(out, 'the handout printed last week');
    const closed = await launchChromium();
    await closed.close();
    await expect(
      exportHandout({ layout: 'notes', paper: 'a4', out, baseUrl: baseUrl('kit'), browser: closed }),
    ).rejects.toThrow(/existing\.pdf is unchanged/);
    expect(readFileSync(out, 'utf8')).toBe('the handout printed last week');
    expect(leftovers()).toEqual([]);
  });

  test('npm run handout: exit status 1 and the reason on stderr', () => {
    const out = join(dir, 'not-a-folder', 'cli.pdf');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/handout.ts', '--out', out], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^handout: cannot write .*cli\.pdf: a part of that path is a file, not a folder/m);
    expect(existsSync(out)).toBe(false);
  });
});
