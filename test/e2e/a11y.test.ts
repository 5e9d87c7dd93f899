import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/content/index.ts';
import { openPage, useBrowser } from './harness.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const deck = loadDeck('slides');
/** Each language the kit ships, scanned the same way: the Spanish deck is opened with ?lang=es. */
const LANGUAGES = [
  { lang: 'en', query: '', deck },
  { lang: 'es', query: 'lang=es', deck: loadDeck('slides/es') },
];
const withQuery = (path: string, query: string) => (query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path);
const simSlides = deck.slides.filter((s) => s.sims.length > 0);

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
type AxeResults = { violations: AxeViolation[]; passes: unknown[] };
type AxeWindow = Window & { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } };

const browser = useBrowser();

/** A context that lets axe's inline script in, whatever Content-Security-Policy the page sets. */
const axeContext = (width = 1280, height = 720): Promise<BrowserContext> =>
  browser().newContext({ viewport: { width, height }, bypassCSP: true });

/** Runs axe on `context` (a selector set or the document) and returns one line per failing node: rule, impact, target. */
async function scan(page: Page, context: unknown = null): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const { violations, passes } = await page.evaluate(
    ([ctx, tags]) =>
      (window as unknown as AxeWindow).axe
        .run(ctx ?? document, { runOnly: { type: 'tag', values: tags } })
        .then((r) => ({ violations: r.violations, passes: r.passes.length })),
    [context, TAGS] as const,
  );
  // a scan that checked nothing (an empty context, axe not loaded) must not pass as "no violations"
  expect(passes, 'axe checked no rule at all').toBeGreaterThan(0);
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)} ${n.failureSummary?.split('\n')[1] ?? ''}`),
  );
}

/** Shows a slide with every fragment visible, and waits for its simulations to mount and draw. */
async function showWholeSlide(page: Page, h: number, v: number, sims: number): Promise<void> {
  await page.evaluate(
    ([h, v]) => {
      window.Reveal!.slide(h, v);
      while (window.Reveal!.nextFragment()) {}
    },
    [h, v],
  );
  // fragments fade in: scan the colours they end with, not a frame of the fade
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            window
              .Reveal!.getCurrentSlide()
              .getAnimations({ subtree: true })
              .filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
              .length,
        ),
      { timeout: 5_000 },
    )
    .toBe(0);
  if (sims) {
    // polled from here: waitForFunction would eval in the page, which the kit's CSP forbids
    const current = (selector: string) =>
      page.evaluate((sel) => window.Reveal!.getCurrentSlide().querySelectorAll(sel).length, selector);
    await expect.poll(() => current('.sim-widget .sim-play'), { timeout: 15_000 }).toBeGreaterThanOrEqual(sims);
    await expect.poll(() => current('.sim-summary:not(:empty)'), { timeout: 5_000 }).toBeGreaterThanOrEqual(sims);
  }
}

/** Presses Tab until focus comes back round, recording each focused element and whether its focus is visible. */
async function tabOrder(page: Page, presses = 200) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: { key: string; inside: string | null; visibleFocus: boolean; label: string }[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      el.dataset.tabKey ||= String(Math.random());
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0;
      return {
        key: el.dataset.tabKey,
        inside: el.closest('.sim-widget')?.getAttribute('data-sim-id') ?? null,
        visibleFocus: outline || s.boxShadow !== 'none',
        label: `${el.tagName.toLowerCase()}.${el.className} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`,
      };
    });
    if (!f) continue;
    if (seen.some((s) => s.key === f.key)) break;
    seen.push(f);
  }
  return seen;
}

/**
 * axe leaves SVG text "incomplete" for colour contrast (it cannot tell what is behind it), so the simulations'
 * labels are checked here: fill (with opacity) against the nearest opaque HTML background, WCAG 2 contrast ratio.
 * A string, not a function: it declares helpers, and the page must not depend on how the test file was compiled.
 */
const SVG_TEXT_CONTRAST = `(() => {
  const parse = (c) => { const m = c.match(/[\\d.]+/g); return m ? m.map(Number) : null; };
  const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const background = (el) => {
    for (let n = el; n; n = n.parentElement) {
      if (n instanceof SVGElement) continue;
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c && (c.length < 4 || c[3] > 0.9)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const scope = window.Reveal ? window.Reveal.getCurrentSlide() : document;
  const out = [];
  for (const t of scope.querySelectorAll('.sim-widget svg text')) {
    if (!t.textContent.trim() || t.getClientRects().length === 0) continue;
    const s = getComputedStyle(t);
    const fill = parse(s.fill);
    if (!fill || s.fill === 'none') continue;
    let alpha = (fill.length > 3 ? fill[3] : 1) * Number(s.fillOpacity || 1) * Number(s.opacity || 1);
    for (let n = t.parentElement; n && n instanceof SVGElement; n = n.parentElement) alpha *= Number(getComputedStyle(n).opacity || 1);
    const bg = background(t);
    const fg = fill.slice(0, 3).map((v, i) => v * alpha + bg[i] * (1 - alpha));
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    const size = parseFloat(s.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) out.push(t.textContent.trim().slice(0, 30) + ' ' + s.fill + ' on rgb(' + bg.join(',') + ') ' + ratio.toFixed(2) + ':1');
  }
  return out;
})()`;

describe('accessibility (axe-core on the built kit, real Chromium)', () => {
  test.each(LANGUAGES)(
    'present view ($lang): every slide, all fragments shown, with the deck controls',
    async ({ lang, query, deck }) => {
      const context = await axeContext();
      const { page } = await openPage(browser(), withQuery('index.html', query), { context });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      // no slide transition: the scan reads final colours, not a half-faded frame
      await page.evaluate(() => window.Reveal!.configure({ transition: 'none', backgroundTransition: 'none' }));
      const found: string[] = [];
      for (const slide of deck.slides) {
        await showWholeSlide(page, slide.h, slide.v, slide.sims.length);
        const include = ['.reveal .slides section.present:not(.stack)', '.reveal .controls', '.reveal .slide-number'];
        const lines = await scan(page, { include: include.map((s) => [s]) });
        found.push(...lines.map((l) => `slide ${slide.id} (${slide.file}:${slide.line}) ${l}`));
        const svg = slide.sims.length ? ((await page.evaluate(SVG_TEXT_CONTRAST)) as string[]) : [];
        found.push(...svg.map((l) => `slide ${slide.id} (${slide.file}:${slide.line}) svg-text-contrast: ${l}`));
      }
      // page-level rules (title, language, landmarks) once, with the slides not on screen left out
      await showWholeSlide(page, 0, 0, deck.slides[0]!.sims.length);
      const page0 = await scan(page, { exclude: [['.reveal .slides section:not(.present)']] });
      found.push(...page0.map((l) => `page ${l}`));
      expect(found).toEqual([]);
      await context.close();
    },
    600_000,
  );

  test.each(
    LANGUAGES.flatMap(({ lang, query }) =>
      (
        [
          ['reading view, 360 px', 'index.html?view=read', 360, 740],
          ['reading view, 1280 px', 'index.html?view=read', 1280, 800],
          ['handout view', 'handout.html', 1280, 800],
        ] as const
      ).map(
        ([name, path, width, height]) => [`${name} (${lang})`, withQuery(path, query), width, height, lang] as const,
      ),
    ),
  )(
    '%s',
    async (_name, path, width, height, lang) => {
      const context = await axeContext(width, height);
      const { page } = await openPage(browser(), path, { context });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      // the reading view shows a simulation once its bet is placed: every bet is (the first answer), so the scan
      // covers the widgets and the placed bets, not only the forms
      await page.$$eval('.read-bet-form', (forms) => {
        for (const form of forms as HTMLFormElement[]) {
          form.querySelector<HTMLInputElement>('input[type=radio]')!.checked = true;
          form.requestSubmit();
        }
      });
      // each simulation brought into view until it is drawn (its code loads on first sight, and one scrolled past
      // before it loaded is left undrawn)
      const sims = page.locator('.sim[data-sim]');
      for (let i = 0; i < (await sims.count()); i++) {
        const sim = sims.nth(i);
        if (!(await sim.isVisible())) continue;
        await sim.scrollIntoViewIfNeeded();
        await expect.poll(() => sim.evaluate((el) => el.querySelector('svg, canvas, img') !== null)).toBe(true);
      }
      // scroll through so simulations that start on sight are drawn when scanned
      const total = await page.evaluate(() => document.documentElement.scrollHeight);
      // (a rendered frame at each stop, so the page's watch for things coming into view has seen each)
      for (let y = 0; y < total; y += height) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.evaluate(
          () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
        );
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      // every simulation on show drawn (their code loads on first sight; one behind an unplaced bet is hidden),
      // rather than a guess at how long that takes
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              [...document.querySelectorAll<HTMLElement>('.sim[data-sim]')].filter(
                (el) => el.checkVisibility() && !el.querySelector('svg, canvas, img'),
              ).length,
          ),
        )
        .toBe(0);
      expect([...(await scan(page)), ...((await page.evaluate(SVG_TEXT_CONTRAST)) as string[])]).toEqual([]);
      await context.close();
    },
    300_000,
  );
});

describe('keyboard alone', () => {
  test('the first slide offers the reading view and handout links by Tab, with a visible focus', async () => {
    const { page, context } = await openPage(browser(), 'index.html');
    const order = await tabOrder(page);
    const links = order.filter((f) => f.label.startsWith('a.'));
    expect(links.map((l) => l.label).join(' | ')).toMatch(/Read at your own pace.*\|.*Printable handout/);
    expect(links.filter((l) => !l.visibleFocus).map((l) => l.label)).toEqual([]);
    await context.close();
  });

  test.each(simSlides.map((s) => [s.id, s] as const))(
    'slide %s: Tab reaches every control of its simulation, each with a visible focus style',
    async (_id, slide) => {
      const { page, context } = await openPage(browser(), `index.html#/${slide.h}/${slide.v}`);
      await showWholeSlide(page, slide.h, slide.v, slide.sims.length);
      const controls = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            '.reveal section.present:not(.stack) .sim-widget :is(button, input, select, textarea, summary, a[href], [tabindex]:not([tabindex="-1"]))',
          ),
        ]
          .filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0)
          .map((el) => {
            el.dataset.tabKey ||= String(Math.random());
            return el.dataset.tabKey;
          }),
      );
      expect(controls.length).toBeGreaterThan(0);
      const order = await tabOrder(page);
      const reached = new Set(order.map((f) => f.key));
      const missed = await page.evaluate(
        (keys) => keys.map((k) => document.querySelector<HTMLElement>(`[data-tab-key="${k}"]`)!.outerHTML.slice(0, 90)),
        controls.filter((k) => !reached.has(k)),
      );
      expect(missed).toEqual([]);
      const invisible = order.filter((f) => f.inside && !f.visibleFocus).map((f) => f.label);
      expect(invisible).toEqual([]);
      await context.close();
    },
  );
});
