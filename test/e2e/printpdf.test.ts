import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadDeck } from '../../src/content/loadDeck.ts';
import { openPage, useBrowser } from './harness.ts';

const browser = useBrowser();
// what the fixture deck holds, from its own files: the counts below follow when a fixture slide is added
const fixture = loadDeck('test/e2e/fixture-slides');

test("reveal's ?print-pdf: one page per slide and fragment step, every simulation drawn on its page", async () => {
  const { page, errors } = await openPage(browser(), 'index.html?print-pdf', { which: 'fixture' });
  await page.waitForSelector('.pdf-page');
  const report = await page.evaluate(() => {
    // print copies a slide once per fragment step, so count each slide once, by the id our view gives it
    const slides = new Map<string, Element>();
    for (const s of document.querySelectorAll('.pdf-page section[data-slide-id]')) {
      if (!slides.has(s.getAttribute('data-slide-id')!)) slides.set(s.getAttribute('data-slide-id')!, s);
    }
    // pdfSeparateFragments: a slide prints once with no fragment shown, then once per distinct fragment index
    const expected = [...slides.values()].reduce(
      (n, s) =>
        n +
        1 +
        new Set([...s.querySelectorAll('.fragment')].map((f, i) => f.getAttribute('data-fragment-index') ?? `i${i}`))
          .size,
      0,
    );
    const pages = [...document.querySelectorAll('.pdf-page')];
    const sims = pages.flatMap((p, i) =>
      [...p.querySelectorAll<HTMLElement>('.sim[data-sim]')].map((el) => {
        const svgs = [...el.querySelectorAll('svg')];
        const box = el.getBoundingClientRect();
        return {
          page: i,
          id: el.dataset.sim,
          svgs: svgs.length,
          shapes: svgs.reduce((n, s) => n + s.querySelectorAll('circle, path, line, rect').length, 0),
          // the run itself: members (circles) or a line through the run's values (a path with many points)
          marks: svgs.reduce(
            (n, s) =>
              n +
              s.querySelectorAll('circle').length +
              [...s.querySelectorAll('path')].filter((p) => (p.getAttribute('d') ?? '').split(/[LC]/).length > 10)
                .length,
            0,
          ),
          visible: box.width > 50 && box.height > 50,
          canvases: el.querySelectorAll('canvas').length,
        };
      }),
    );
    return { expected, slides: slides.size, pages: pages.length, sims };
  });
  // a missing favicon is logged as a failed load; script errors are what matter here
  expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  expect(report.slides).toBe(fixture.slides.length);
  expect(report.pages).toBe(report.expected);
  // every simulation of the fixture is printed
  expect(new Set(report.sims.map((s) => s.id))).toEqual(
    new Set(fixture.slides.flatMap((s) => s.sims.map((b) => b.id))),
  );
  for (const sim of report.sims) {
    expect(sim, `${sim.id} on page ${sim.page}`).toMatchObject({ visible: true, canvases: 0 });
    expect(sim.svgs).toBeGreaterThan(0);
    expect(sim.shapes).toBeGreaterThan(10);
    expect(sim.marks, `${sim.id}: the run drawn`).toBeGreaterThan(0);
  }
  // …and the PDF Chromium makes from it has exactly those pages
  const dir = mkdtempSync(join(tmpdir(), 'printpdf-'));
  try {
    const file = join(dir, 'deck.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(report.expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await page.context().close();
  }
});

/** The page's scripts that hold the model (d3 and the simulation load with it), by the chunk names vite gives them. */
const modelScripts = (page: import('playwright-core').Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname.split('/').pop()!)
      .filter((name) => /^(sim|widgets|renderSimSnapshot)-[\w-]+\.js$/.test(name)),
  );

test('?print-pdf prints the figures the build drew: the model neither loads nor runs in the page', async () => {
  // the control: a slide with a live simulation does load the model, under the names looked for below
  const live = await openPage(browser(), 'index.html#/2', { which: 'fixture' });
  await live.page.waitForSelector('.sim[data-sim] :is(svg, canvas)');
  expect(await modelScripts(live.page)).not.toEqual([]);
  await live.context.close();

  const { page, context, errors } = await openPage(browser(), 'index.html?print-pdf', { which: 'fixture' });
  await page.waitForSelector('.pdf-page .sim-snapshot');
  const figures = await page.evaluate(
    () => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('sim-snapshot')).length,
  );
  expect(figures).toBeGreaterThanOrEqual(3);
  expect(await modelScripts(page)).toEqual([]);
  expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  await context.close();
});
