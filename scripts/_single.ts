import { pathToFileURL } from 'node:url';
import { launchChromium } from '/work/wt/speaker/scripts/lib/chromium.ts';
import { loadDeck } from '/work/wt/speaker/src/content/index.ts';
(async () => {
const deck = loadDeck('slides');
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
const page = await context.newPage();
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => { if (m.type() === 'error' || m.type()==='warning') errors.push(m.text()); });
await page.goto(pathToFileURL('dist-single/index.html').href);
await page.waitForSelector('html[data-ready]');
const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
speaker.on('pageerror', (e) => errors.push('speaker: ' + String(e)));
const skip = process.argv[2] === 'skip';
if (!skip) {
const sim = deck.slides.find((s) => s.sims.length > 0)!;
await page.evaluate(([h, v]) => window.Reveal!.slide(h, v), [sim.h, sim.v]);
await speaker.locator('.gf-console .gf-play').click({ timeout: 15_000 });
await page.waitForTimeout(1000);
await speaker.locator('.gf-console .gf-play').click();
}
for (const slide of deck.slides) {
  await page.evaluate(([h, v]) => window.Reveal!.slide(h, v), [slide.h, slide.v]);
  if (slide.sims.length) {
    let n = 0;
    for (let i = 0; i < 30 && n < slide.sims.length; i++) {
      n = await page.evaluate(() => window.Reveal!.getCurrentSlide().querySelectorAll('.sim-widget').length);
      if (n < slide.sims.length) await page.waitForTimeout(500);
    }
    console.log(slide.id, n);
  }
}
console.log(errors);
await browser.close();
})();
