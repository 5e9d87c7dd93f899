import { expect, test } from 'vitest';
import { loadDeck } from '../../src/content/index.ts';
import { openPage, useBrowser } from './harness.ts';

// Every slide of the real deck, and of each translation (slides/<lang>/, opened with ?lang=), measured in the
// present view at 1280×720 with its simulations mounted: a longer language must fit the same frame.
const decks = [
  { lang: 'en', deck: loadDeck('slides'), url: 'index.html' },
  { lang: 'es', deck: loadDeck('slides/es'), url: 'index.html?lang=es' },
];
const browser = useBrowser();

test.each(decks)('no slide overflows its 16:9 frame at 1280×720 ($lang)', async ({ deck, url }) => {
  const { page, context, errors } = await openPage(browser(), url);
  const overflowing: string[] = [];
  for (const slide of deck.slides) {
    await page.evaluate(([h, v]) => window.Reveal!.slide(h, v), [slide.h, slide.v]);
    if (slide.sims.length) {
      await page.waitForSelector('section.present .sim svg, section.present .sim canvas');
      // present.ts re-centres the slide once all its widgets are in: wait for them, then for a rendered frame
      await expect
        .poll(() => page.evaluate(() => document.querySelectorAll('section.present .sim-widget').length))
        .toBeGreaterThanOrEqual(slide.sims.length);
      await page.evaluate(
        () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
      );
    }
    const box = await page.evaluate(() => {
      const config = window.Reveal!.getConfig();
      const section = [...document.querySelectorAll<HTMLElement>('.reveal .slides section.present')].at(-1)!;
      // reveal scales a fixed 1280×720 slide: compare the slide's own content size with that frame
      const height = Math.max(section.scrollHeight, section.offsetHeight);
      const top = Number.parseFloat(section.style.top || '0');
      // each box's right edge in slide pixels; an inline element that wraps has one box per line (offsetLeft +
      // offsetWidth would add its first line's start to the width of all its lines)
      const frame = section.getBoundingClientRect();
      const scale = frame.width / section.offsetWidth || 1;
      let right = 0;
      for (const el of section.querySelectorAll<HTMLElement>('*')) {
        if (el.closest('aside.notes')) continue;
        for (const r of el.getClientRects()) right = Math.max(right, (r.right - frame.left) / scale);
      }
      return {
        top,
        height,
        width: Math.max(section.scrollWidth, right),
        frameW: Number(config.width),
        frameH: Number(config.height),
      };
    });
    if (box.top + box.height > box.frameH + 1 || box.width > box.frameW + 1)
      overflowing.push(`${slide.file}:${slide.line} "${slide.title}" is ${box.width}×${box.top + box.height}`);
  }
  expect(overflowing).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
