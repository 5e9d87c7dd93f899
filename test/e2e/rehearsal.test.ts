import type { Page } from 'playwright-core';
import { describe, expect, test, vi } from 'vitest';
import { loadDeck } from '../../src/content/index.ts';
import { openPage, useBrowser } from './harness.ts';

// A dress rehearsal, on any deck: the kit's and the fixture deck (other presets, a science run, a trust chart, a
// network alone). Nothing here names a slide: what is checked is found on the rendered page.
vi.setConfig({ testTimeout: 300_000 });
const browser = useBrowser();
const decks = { kit: loadDeck('slides'), fixture: loadDeck('test/e2e/fixture-slides') } as const;
type Which = keyof typeof decks;

const current = (page: Page) =>
  page.evaluate(() => {
    const slide = window.Reveal!.getCurrentSlide() as HTMLElement | undefined;
    const { h, v, f } = window.Reveal!.getIndices();
    return { id: slide?.dataset.slideId ?? '', sim: !!slide?.querySelector('.sim[data-sim]'), at: `${h}/${v}/${f}` };
  });

/** The current slide's widget, once mounted and laid out (its Play button stops moving: the transition is over). */
async function settledWidget(page: Page) {
  const play = page.locator('.reveal .slides section.present:not(.stack) .sim-play').first();
  await play.waitFor({ state: 'attached', timeout: 20_000 });
  let last = '';
  await expect
    .poll(async () => {
      const box = JSON.stringify(await play.boundingBox());
      const same = box === last;
      last = box;
      return same;
    })
    .toBe(true);
  return play;
}

/** Hover the figure (the controls wake), then a real mouse click on Play; the run must move within two seconds. */
async function playWithMouse(page: Page) {
  const play = await settledWidget(page);
  const figure = page.locator('.reveal .slides section.present:not(.stack) .sim-figure').first();
  const f = (await figure.boundingBox())!;
  await page.mouse.move(f.x + f.width / 2, f.y + f.height / 3);
  await page.mouse.move(f.x + f.width / 2 + 5, f.y + f.height / 3);
  const b = (await play.boundingBox())!;
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  await page.waitForTimeout(2000);
  const tick = await page.locator('.reveal .slides section.present:not(.stack) .sim-tick').first().textContent();
  expect(Number(tick?.split('/')[0]), 'Play, clicked with the mouse, runs the simulation').toBeGreaterThan(0);
}

/**
 * The clicker moves the deck on while the mouse rests where this slide's Play appears: its controls never saw the
 * pointer move, so they are asleep under it. A click there, without moving, must play.
 */
async function playWithRestingMouse(page: Page, slide: { h: number; v: number }) {
  const go = (to: { h: number; v: number }) => page.evaluate(([h, v]) => window.Reveal!.slide(h!, v!), [to.h, to.v]);
  await go(slide);
  const b = (await (await settledWidget(page)).boundingBox())!;
  await go({ h: 0, v: 0 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await go(slide);
  const play = await settledWidget(page);
  const widget = page.locator('.reveal .slides section.present:not(.stack) .sim-widget').first();
  expect(await widget.evaluate((w) => w.classList.contains('sim-awake')), 'asleep under the resting mouse').toBe(false);
  await page.mouse.down();
  await page.mouse.up();
  await expect.poll(() => play.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');
}

async function walk(which: Which, key: string) {
  const { page, context, errors } = await openPage(browser(), 'index.html', { which });
  const visited: string[] = [];
  for (let presses = 0; presses < decks[which].slides.length * 6; presses++) {
    const now = await current(page);
    if (visited.at(-1) !== now.id) {
      visited.push(now.id);
      if (now.sim) await playWithMouse(page);
    }
    await page.keyboard.press(key);
    await page.waitForTimeout(60);
    if ((await current(page)).at === now.at) break; // the end: "next" does nothing more
  }
  expect(visited).toEqual(decks[which].slides.map((s) => s.id));
  expect(errors).toEqual([]);
  await context.close();
}

describe.each(['kit', 'fixture'] as const)('rehearsal on the %s deck', (which) => {
  test('PageDown alone, clicking Play on every simulation, visits every slide once in order', () =>
    walk(which, 'PageDown'));
  test('→ alone does the same', () => walk(which, 'ArrowRight'));

  test('a mouse click on Play plays even when the controls are asleep under the resting pointer', async () => {
    const { page, context, errors } = await openPage(browser(), 'index.html', { which, width: 1280, height: 720 });
    const slide = decks[which].slides.find((s) => s.sims.length > 0)!;
    await playWithRestingMouse(page, slide);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('every simulation slide at 1280×720 is projector-first', async () => {
    const { page, context } = await openPage(browser(), 'index.html', { which, width: 1280, height: 720 });
    const slides = decks[which].slides.filter((s) => s.sims.length > 0);
    expect(slides.length).toBeGreaterThan(0);
    for (const slide of slides) {
      await page.evaluate(([h, v]) => window.Reveal!.slide(h!, v!), [slide.h, slide.v]);
      await settledWidget(page);
      await page.waitForTimeout(600); // the controls' fade, had anything woken them
      await page.screenshot({ path: `/tmp/rehearsal-${which}-${slide.id.replace(/\W/g, '_')}.png` });
      const m = await page.evaluate(measureSlide);
      const where = `${which} slide ${slide.id}`;
      expect(m.figureArea / m.areaBelowTitle, `${where}: drawn figure area share`).toBeGreaterThanOrEqual(0.5);
      if (m.networkWidth !== undefined) expect(m.networkWidth, `${where}: network width`).toBeGreaterThanOrEqual(360);
      expect(m.texts, `${where}: figure texts`).toBeGreaterThan(0);
      expect(m.smallestText, `${where}: smallest figure text (px)`).toBeGreaterThanOrEqual(18);
      expect(m.overlaps.join('; '), `${where}: overlapping figure texts`).toBe('');
      expect(m.visibleControls, `${where}: presenter controls visible without hover or focus`).toEqual([]);
      expect(m.summaryInDom, `${where}: live summary for assistive technology`).toBe(true);
    }
    await context.close();
  });
});

describe.each(['kit', 'fixture'] as const)('reading view of the %s deck', (which) => {
  test.each([320, 360, 768, 1024, 1280, 1440, 1920])(
    'at %i px a real click on Play plays every simulation',
    async (width) => {
      const { page, context } = await openPage(browser(), 'index.html?view=read', { which, width, height: 900 });
      await page.$$eval('.read-bet-form', (forms) => {
        for (const form of forms as HTMLFormElement[]) {
          form.querySelector<HTMLInputElement>('input[type=radio]')!.checked = true;
          form.requestSubmit();
        }
      });
      const sims = decks[which].slides.flatMap((s) => s.sims).length;
      for (let i = 0; i < sims; i++) {
        const sim = page.locator('.sim[data-sim]').nth(i);
        await sim.scrollIntoViewIfNeeded();
        const play = sim.locator('.sim-play');
        await play.waitFor({ timeout: 20_000 });
        // its run is made in a worker: until it is there the figure says "computing" (over the controls on a phone)
        await expect
          .poll(() => sim.evaluate((el) => el.querySelector('[aria-busy="true"]') === null), { timeout: 20_000 })
          .toBe(true);
        await play.scrollIntoViewIfNeeded();
        const b = (await play.boundingBox())!;
        const x = b.x + b.width / 2;
        const y = b.y + b.height / 2;
        // nothing drawn over the button: the point a mouse would click is the button's own
        expect(
          await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.closest('.sim-play') !== null, [x, y]),
        ).toBe(true);
        await page.mouse.click(x, y);
        await expect.poll(() => play.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');
        await page.mouse.click(x, y); // pause again, so one run at a time costs the machine
      }
      await context.close();
    },
  );
});

/** Runs in the page: what the audience sees of the current slide's simulation. */
function measureSlide() {
  const slide = window.Reveal!.getCurrentSlide() as HTMLElement;
  const slideBox = slide.getBoundingClientRect();
  const title = slide.querySelector('h1, h2, h3');
  const top = title ? title.getBoundingClientRect().bottom : slideBox.top;
  const scale = window.Reveal!.getScale();
  const heightBelowTitle = Math.max(0, 720 * scale + slideBox.top - top);
  const areaBelowTitle = slideBox.width * heightBelowTitle;
  type R = { left: number; top: number; right: number; bottom: number };
  const union = (rs: R[]): R | undefined =>
    rs.length === 0
      ? undefined
      : {
          left: Math.min(...rs.map((r) => r.left)),
          top: Math.min(...rs.map((r) => r.top)),
          right: Math.max(...rs.map((r) => r.right)),
          bottom: Math.max(...rs.map((r) => r.bottom)),
        };
  const visible = (r: DOMRect) => r.width > 0 || r.height > 0;
  let figureArea = 0;
  let networkWidth: number | undefined;
  const texts: { box: DOMRect; text: string }[] = [];
  let smallestText = Number.POSITIVE_INFINITY;
  for (const svg of slide.querySelectorAll<SVGSVGElement>('.sim-figure svg')) {
    // the drawn content: the union of what is drawn, not the box it sits in
    const shapes = [...svg.querySelectorAll('path, circle, line, text, rect, polyline')]
      .map((e) => e.getBoundingClientRect())
      .filter(visible);
    const u = union(shapes);
    if (!u) continue;
    figureArea += (u.right - u.left) * (u.bottom - u.top);
    if (svg.closest('.sim-net')) networkWidth = Math.max(networkWidth ?? 0, u.right - u.left);
    const vb = svg.viewBox.baseVal;
    const r = svg.getBoundingClientRect();
    const k = Math.min(r.width / vb.width, r.height / vb.height);
    for (const t of svg.querySelectorAll('text')) {
      if (!t.textContent?.trim()) continue;
      const px = Number.parseFloat(getComputedStyle(t).fontSize) * k;
      smallestText = Math.min(smallestText, px);
      texts.push({ box: t.getBoundingClientRect(), text: t.textContent });
    }
  }
  for (const canvas of slide.querySelectorAll<HTMLCanvasElement>('.sim-figure canvas.sim-network')) {
    // the drawing inside the element: its pixels keep their shape (object-fit: contain), centred in the box
    const r = canvas.getBoundingClientRect();
    const k = Math.min(r.width / canvas.width, r.height / canvas.height);
    const w = canvas.width * k;
    const h = canvas.height * k;
    figureArea += w * h;
    networkWidth = Math.max(networkWidth ?? 0, w);
    // its words, as the renderer says it wrote them (drawing units), sized as projected and found among its pixels
    const said = JSON.parse(canvas.dataset.labels ?? '{"words":[]}') as {
      width: number;
      height: number;
      font: number;
      words: [string, number, number][];
    };
    const u = Math.min(r.width / said.width, r.height / said.height);
    const left = r.left + (r.width - said.width * u) / 2;
    const top = r.top + (r.height - said.height * u) / 2;
    const density = canvas.width / said.width;
    const ruler = document.createElement('canvas').getContext('2d')!;
    ruler.font = `600 ${said.font}px system-ui, sans-serif`;
    const paint = canvas.getContext('2d')!;
    for (const [word, x, y] of said.words) {
      const m = ruler.measureText(word);
      const x0 = x - m.width / 2;
      const y0 = y - m.actualBoundingBoxAscent;
      const [bw, bh] = [m.width, m.actualBoundingBoxAscent + m.actualBoundingBoxDescent];
      const px = paint.getImageData(x0 * density, y0 * density, Math.max(1, bw * density), Math.max(1, bh * density));
      let ink = 0;
      for (let i = 0; i < px.data.length; i += 4)
        if (px.data[i + 3]! > 200 && px.data[i]! + px.data[i + 1]! + px.data[i + 2]! < 250) ink++;
      if (ink < 10) continue; // not drawn where it says: not counted, so the checks below fail
      smallestText = Math.min(smallestText, said.font * u);
      texts.push({ box: new DOMRect(left + x0 * u, top + y0 * u, bw * u, bh * u), text: word });
    }
  }
  const overlaps: string[] = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!.box;
      const b = texts[j]!.box;
      const ox = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const oy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (ox > 1 && oy > 1) overlaps.push(`"${texts[i]!.text}" / "${texts[j]!.text}"`);
    }
  // a control is visible when it is drawn (not transparent) and would take a click at its centre
  const visibleControls: string[] = [];
  for (const c of slide.querySelectorAll<HTMLElement>(
    '.sim-widget button, .sim-widget input, .sim-widget select, .sim-widget summary',
  )) {
    const r = c.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    let opacity = 1;
    for (let e: Element | null = c; e && e !== slide; e = e.parentElement)
      opacity *= Number(getComputedStyle(e).opacity);
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (opacity > 0.05 && hit !== null && (hit === c || c.contains(hit)))
      visibleControls.push(c.className || c.tagName);
  }
  const summary = slide.querySelector('.sim-summary');
  return {
    areaBelowTitle,
    figureArea,
    networkWidth,
    texts: texts.length,
    smallestText,
    overlaps,
    visibleControls,
    summaryInDom: !!summary && summary.getAttribute('aria-live') === 'polite' && (summary.textContent ?? '').length > 0,
  };
}
