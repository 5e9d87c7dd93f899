import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/content/index.ts';
import type { Slide } from '../../src/content/types.ts';
import { textOverrides } from '../../src/widgets/initialState.ts';
import { paramsFor } from '../../src/widgets/paramsFor.ts';
import { presetInfoOf } from '../../src/widgets/presetInfoOf.ts';
import { indices, openPage, useBrowser } from './harness.ts';

const deck = loadDeck('slides');
const browser = useBrowser();

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(quot|#39|lt|gt|amp);/g, (m) => ENTITIES[m]!)
    .replace(/\s+/g, ' ')
    .trim();
/** The text of each `<p class="cue">` of a slide's notes, label left out (what renderNotes marks as a cue). */
const cuesOf = (slide: Slide) =>
  [...slide.notesHtml.matchAll(/<p class="cue">([\s\S]*?)<\/p>/g)].map((m) =>
    plain(m[1]!.replace(/<span class="cue-label">[^<]*<\/span>/, '')),
  );
const withCues = deck.slides.filter((s) => cuesOf(s).length > 0);
const withSims = deck.slides.filter((s) => s.sims.length > 0);

/** The main page, and reveal's speaker window opened from it with S, sized as a laptop screen. */
async function openSpeaker(hash = '', query = '') {
  const opened = await openPage(browser(), `index.html${query}${hash}`);
  const [speaker] = await Promise.all([opened.context.waitForEvent('page'), opened.page.keyboard.press('s')]);
  const speakerErrors: string[] = [];
  speaker.on('pageerror', (e) => speakerErrors.push(String(e)));
  await speaker.setViewportSize({ width: 1280, height: 720 });
  await speaker.waitForSelector('body.gf-speaker #gf-console', { state: 'attached', timeout: 20_000 });
  return { ...opened, speaker, speakerErrors };
}

const goTo = (page: Page, slide: Slide) => page.evaluate(([h, v]) => window.Reveal!.slide(h!, v!), [slide.h, slide.v]);

/** The audience's simulation on the current slide: its tick, read from its own timeline. */
const projectorTick = (page: Page) =>
  page.evaluate(() => {
    const input = window.Reveal!.getCurrentSlide()?.querySelector<HTMLInputElement>('.sim-widget input.sim-timeline');
    return input ? Number(input.value) : Number.NaN;
  });

// Each test walks many slides with two windows open: on a busy 2-core machine that can take a minute.
describe('speaker window (built kit, real Chromium, 1280×720)', () => {
  test(`every cue (${withCues.length} slides) is marked, in view without scrolling; notes ≥ 20 px, never under the upcoming slide`, async () => {
    expect(withCues.length).toBeGreaterThan(0);
    const { page, context, errors, speaker, speakerErrors } = await openSpeaker();
    for (const slide of withCues) {
      await goTo(page, slide);
      const expected = cuesOf(slide);
      await expect
        .poll(() => speaker.locator('#gf-cues .cue').allTextContents(), { timeout: 10_000 })
        .toEqual(expected.map((c) => expect.stringContaining(c.slice(0, 30))));
      const seen = await speaker.evaluate(() => {
        const box = (el: Element) => el.getBoundingClientRect();
        const cues = [...document.querySelectorAll('#gf-cues .cue')];
        const spoken = document.querySelector('.speaker-controls-notes .value > :not(.cue)');
        const notesValue = document.querySelector('.speaker-controls-notes .value')!;
        const style = (el: Element) => {
          const s = getComputedStyle(el);
          return { border: s.borderLeftWidth, borderStyle: s.borderLeftStyle, weight: s.fontWeight };
        };
        return {
          cues: cues.map((c) => {
            const r = box(c);
            // covered by nothing: the element at its middle is the cue itself or inside it
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return {
              inView: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.height > 0,
              uncovered: !!hit && c.contains(hit),
              label: c.querySelector('.cue-label')?.textContent ?? '',
              labelShown: (() => {
                const l = c.querySelector('.cue-label');
                return !!l && box(l).width > 0 && getComputedStyle(l).visibility === 'visible';
              })(),
              style: style(c),
            };
          }),
          notes: spoken ? style(spoken) : undefined,
          notesFont: Number.parseFloat(getComputedStyle(spoken ?? notesValue).fontSize),
        };
      });
      for (const cue of seen.cues) {
        expect(cue, `slide ${slide.id}`).toMatchObject({ inView: true, uncovered: true, labelShown: true });
        expect(cue.label).toMatch(/cue/i);
        // a shape, not colour alone: a rule the notes do not have
        expect(cue.style.borderStyle).not.toBe('none');
        if (seen.notes) expect(cue.style, `slide ${slide.id}`).not.toEqual(seen.notes);
      }
      expect(seen.notesFont, `slide ${slide.id}`).toBeGreaterThanOrEqual(20);
    }

    // The longest notes, scrolled to their end: still in their own box, which the upcoming slide does not cover.
    const longest = [...deck.slides].sort((a, b) => b.notesHtml.length - a.notesHtml.length)[0]!;
    await goTo(page, longest);
    await expect
      .poll(() => speaker.locator('.speaker-controls-notes .value').textContent(), { timeout: 10_000 })
      .toContain(plain(longest.narrativeHtml).slice(0, 30));
    const scrolled = await speaker.evaluate(() => {
      const notes = document.querySelector<HTMLElement>('.speaker-controls-notes')!;
      notes.scrollTop = notes.scrollHeight;
      const n = notes.getBoundingClientRect();
      const up = document.querySelector('#upcoming-slide')!.getBoundingClientRect();
      const last = [...notes.querySelectorAll('.value > :not(.cue)')].at(-1)!.getBoundingClientRect();
      const overlap =
        Math.max(0, Math.min(n.right, up.right) - Math.max(n.left, up.left)) *
        Math.max(0, Math.min(n.bottom, up.bottom) - Math.max(n.top, up.top));
      const hit = document.elementFromPoint(last.left + 5, last.bottom - 5);
      return {
        overlap,
        lastInBox: last.bottom <= n.bottom + 1 && last.top >= n.top - 1,
        lastUncovered: !!hit && notes.contains(hit),
        inWindow: n.bottom <= innerHeight,
      };
    });
    expect(scrolled).toEqual({ overlap: 0, lastInBox: true, lastUncovered: true, inWindow: true });
    expect(errors).toEqual([]);
    expect(speakerErrors).toEqual([]);
    await context.close();
  }, 150_000);

  test(`the console shows each simulation's controls (${withSims.length} slides): moving day only where the run has it`, async () => {
    expect(withSims.length).toBeGreaterThan(0);
    const { page, context, errors, speaker, speakerErrors } = await openSpeaker();
    for (const slide of withSims) {
      await goTo(page, slide);
      const block = slide.sims[0]!;
      await expect.poll(() => speaker.locator('.gf-console').count(), { timeout: 10_000 }).toBe(slide.sims.length);
      const console1 = speaker.locator('.gf-console').first();
      await expect.poll(() => console1.getAttribute('aria-label')).toBe(`Simulation console: ${slide.title}`);
      const params = paramsFor(block.preset, { ...textOverrides(block), ...block.overrides }).params;
      const movingDay = params.model !== 'science' && params.movingDay !== 'off';
      expect(await console1.locator('.gf-moving-day').count(), `slide ${slide.id}`).toBe(movingDay ? 1 : 0);
      expect(await console1.locator('.gf-stop').count(), `slide ${slide.id}`).toBe(
        params.model !== 'science' && params.nLapsed > 0 ? 1 : 0,
      );
      const sliders = (block.controls ?? presetInfoOf(block.preset).controls).length;
      expect(await console1.locator('.gf-console-params input[type=range]').count()).toBe(sliders);
      for (const cls of ['gf-play', 'gf-step', 'gf-reset', 'gf-timeline']) {
        const box = await console1.locator(`.${cls}`).boundingBox();
        // full size: a control a presenter hits without aiming, not one scaled down in the slide preview
        expect(box?.height ?? 0, `${cls} on slide ${slide.id}`).toBeGreaterThanOrEqual(cls === 'gf-timeline' ? 20 : 36);
      }
    }
    const text = deck.slides.find((s) => s.sims.length === 0)!;
    await goTo(page, text);
    await expect.poll(() => speaker.locator('.gf-console').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(speakerErrors).toEqual([]);
    await context.close();
  }, 150_000);

  test("the console's Play, scrub and keys drive the projector's simulation", async () => {
    const slide = withSims[0]!;
    const { page, context, errors, speaker, speakerErrors } = await openSpeaker(`#/${slide.h}/${slide.v}`);
    await page.locator('.present .sim-widget').first().waitFor();
    const console1 = speaker.locator('.gf-console').first();
    await console1.waitFor();
    const where = await indices(page);
    expect(await projectorTick(page)).toBe(0);

    await console1.locator('.gf-play').click();
    await expect.poll(() => projectorTick(page), { timeout: 10_000 }).toBeGreaterThan(3);
    const a = await projectorTick(page);
    await page.waitForTimeout(600);
    expect(await projectorTick(page)).toBeGreaterThan(a); // the audience's window runs the clock
    // the console shows what it hears, a preview's rate behind
    await expect
      .poll(async () => Number((await console1.locator('.gf-tick').textContent())?.split('/')[0]))
      .toBeGreaterThan(0);
    await console1.locator('.gf-play').click();
    await page.waitForTimeout(300);
    const paused = await projectorTick(page);
    await page.waitForTimeout(600);
    expect(await projectorTick(page)).toBe(paused);
    await expect.poll(() => console1.locator('.gf-tick').textContent()).toMatch(new RegExp(`^${paused} /`));

    // scrub: the projector shows exactly the tick chosen in the console
    const target = Math.max(
      1,
      Math.round((await console1.locator('.gf-timeline').getAttribute('max').then(Number)) * 0.6),
    );
    await console1.locator('.gf-timeline').evaluate((el, t) => {
      (el as HTMLInputElement).value = String(t);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, target);
    await expect.poll(() => projectorTick(page), { timeout: 5000 }).toBe(target);

    // keys, with focus on the window (not in a control): W plays and pauses, E steps, and the slide stays
    await speaker.locator('.speaker-controls-notes').click();
    await speaker.keyboard.press('w');
    await expect.poll(() => projectorTick(page), { timeout: 10_000 }).toBeGreaterThan(target);
    await speaker.keyboard.press('w');
    await page.waitForTimeout(300);
    const stopped = await projectorTick(page);
    await page.waitForTimeout(600);
    expect(await projectorTick(page)).toBe(stopped);
    await speaker.keyboard.press('e');
    await expect.poll(() => projectorTick(page)).toBe(stopped + 1);
    // an arrow on the focused timeline moves the timeline, not the slide
    await console1.locator('.gf-timeline').focus();
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => projectorTick(page)).toBe(stopped + 2);
    await page.waitForTimeout(700); // reveal's speaker view would pass a forwarded key on within ~500 ms
    expect(await indices(page)).toEqual(where);
    expect(errors).toEqual([]);
    expect(speakerErrors).toEqual([]);
    await context.close();
  }, 150_000);

  test('in Spanish (?lang=es) the speaker window speaks Spanish: title, cue labels, the console', async () => {
    const es = loadDeck('slides/es');
    const slide = es.slides.find((s) => s.sims.length > 0 && s.notesHtml.includes('class="cue"'))!;
    const { context, errors, speaker, speakerErrors } = await openSpeaker(`#/${slide.h}/${slide.v}`, '?lang=es');
    await expect.poll(() => speaker.locator('.gf-console').count(), { timeout: 10_000 }).toBe(slide.sims.length);
    expect(await speaker.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
      'es',
      `Vista del presentador: ${es.meta.title}`,
    ]);
    await expect.poll(() => speaker.locator('#gf-cues .cue-label').first().textContent()).toBe('Indicación:');
    const console1 = speaker.locator('.gf-console').first();
    expect(await console1.getAttribute('aria-label')).toBe(`Consola de la simulación: ${slide.title}`);
    expect(await console1.locator('.gf-reset').textContent()).toBe('Reiniciar');
    expect(await console1.locator('.gf-console-status').textContent()).toMatch(/^(En pausa|Terminada)$/);
    expect(errors).toEqual([]);
    expect(speakerErrors).toEqual([]);
    await context.close();
  }, 60_000);
});
