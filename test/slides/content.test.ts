// @vitest-environment jsdom
/**
 * Content checks for the workshop in slides/: the deck teaches every claim of the model, shows every simulated
 * claim with a live simulation, fits its hour, credits its source and stays inside the kit.
 *
 * Conventions these checks rely on (documented in docs/facilitator.md):
 * - a participant activity is a slide with class `activity`; its speaker notes state how long it takes;
 * - a simulation slide is followed by, or itself contains, notes on what to notice (the word "notice");
 * - presenter-only cues are lines starting `Cue:` and never reach the reading view.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/content/index.ts';
import type { Slide } from '../../src/content/types.ts';
import { presetNames } from '../../src/sim/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** SLIDES_DIR lets the same checks run against another copy of the workshop (an adapted kit, a draft). */
const SLIDES_DIR = path.resolve(ROOT, process.env.SLIDES_DIR ?? 'slides');

/** The model's claims and which must be shown by a simulation (shared/model-claims.md, column "sim"). */
const CLAIMS: readonly [id: string, simulated: boolean][] = [
  ['C1', false],
  ['C2', true],
  ['C3', true],
  ['C4', true],
  ['C5', true],
  ['C6', true],
  ['C7', true],
  ['C8', false],
  ['C9', false],
];
const SIM_CLAIMS = CLAIMS.filter(([, simulated]) => simulated).map(([id]) => id);

/** The original post the kit builds on: named on the title slide, the credits slide and in LICENSE-CC. */
const ORIGINAL_TITLE = 'A Model for Using Twitter as a PLN';
/** Hosts a link may leave the kit for: the licence only (the credit's own URL, if any, is added below). */
const LINK_HOSTS = ['creativecommons.org'];
const MIN_SLIDES = 25;
const MAX_SLIDES = 40;
const MIN_SECONDS = 55 * 60;
const MAX_SECONDS = 65 * 60;
const MIN_ACTIVITIES = 3;
/** Visible words on a slide: more than this overflows a 1280×720 frame at the kit's type size. */
const MAX_WORDS = 50;
/** Words besides the heading on a slide that carries a simulation (which needs the room). */
const MAX_WORDS_BESIDE_SIM = 15;
const DURATION =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s*(-\s*)?(min|mins|minutes?)\b/i;

const deck = await loadDeck(SLIDES_DIR);
const slides = deck.slides;

function fragment(html: string): HTMLTemplateElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template;
}
function textOf(html: string): string {
  return (fragment(html).content.textContent ?? '').replace(/\s+/g, ' ').trim();
}
function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
/** The slide's own file on disk, whether the parser records it relative to the repo or to slides/. */
function fileOf(slide: Slide): string {
  if (path.isAbsolute(slide.file)) return slide.file;
  const fromRoot = path.resolve(ROOT, slide.file);
  return existsSync(fromRoot) ? fromRoot : path.resolve(SLIDES_DIR, slide.file);
}
const label = (slide: Slide) => `${path.basename(slide.file)}:${slide.line} "${slide.title}"`;

describe('the deck as a whole', () => {
  test(`has ${MIN_SLIDES}–${MAX_SLIDES} slides`, () => {
    expect(slides.length).toBeGreaterThanOrEqual(MIN_SLIDES);
    expect(slides.length).toBeLessThanOrEqual(MAX_SLIDES);
  });

  test('every slide has a timing, and they add up to about an hour', () => {
    const untimed = slides.filter((s) => !(typeof s.timing === 'number' && s.timing > 0)).map(label);
    expect(untimed).toEqual([]);
    const total = slides.reduce((sum, s) => sum + (s.timing ?? 0), 0);
    expect(total).toBeGreaterThanOrEqual(MIN_SECONDS);
    expect(total).toBeLessThanOrEqual(MAX_SECONDS);
    if (deck.meta.totalTime !== undefined) expect(Math.abs(deck.meta.totalTime * 60 - total)).toBeLessThanOrEqual(300);
  });

  test('every slide has speaker notes that read as narrative', () => {
    const silent = slides.filter((s) => wordCount(textOf(s.narrativeHtml)) < 5).map(label);
    expect(silent).toEqual([]);
  });

  test('presenter cues stay out of the narrative, and the deck has some', () => {
    const leaking = slides.filter((s) => /(^|\s)Cue:/.test(textOf(s.narrativeHtml))).map(label);
    expect(leaking).toEqual([]);
    expect(slides.some((s) => /(^|\s)Cue:/.test(textOf(s.notesHtml)))).toBe(true);
  });

  test('every claim id on a slide is one of the model’s claims', () => {
    const known = new Set(CLAIMS.map(([id]) => id));
    const unknown = slides.flatMap((s) => s.claims.filter((c) => !known.has(c)).map((c) => `${label(s)}: ${c}`));
    expect(unknown).toEqual([]);
  });

  test('slides stay short enough to fit the frame', () => {
    const wordy = slides
      .map((s) => ({ s, words: wordCount(textOf(s.html)) }))
      .filter(({ words }) => words > MAX_WORDS)
      .map(({ s, words }) => `${label(s)}: ${words} words`);
    expect(wordy).toEqual([]);
  });
});

describe('claims', () => {
  test.each(CLAIMS)('%s is taught by at least one slide', (id) => {
    expect(slides.filter((s) => s.claims.includes(id)).map(label)).not.toEqual([]);
  });

  test.each(SIM_CLAIMS)('%s is shown by a live simulation on a slide that teaches it', (id) => {
    const shown = slides.filter((s) => s.claims.includes(id) && s.sims.length > 0);
    expect(shown.map(label)).not.toEqual([]);
  });
});

describe('simulations', () => {
  const simSlides = slides.filter((s) => s.sims.length > 0);

  test('there is a simulation for each simulated claim, each from a known preset', () => {
    const blocks = simSlides.flatMap((s) => s.sims);
    expect(blocks.length).toBeGreaterThanOrEqual(SIM_CLAIMS.length);
    expect(blocks.filter((b) => !presetNames.includes(b.preset)).map((b) => `${b.file}:${b.line}`)).toEqual([]);
    expect(new Set(blocks.map((b) => b.id)).size).toBe(blocks.length);
  });

  test.each(simSlides.map((s) => [label(s), s] as const))('%s: a bet comes first, a "what to notice" after', (_, s) => {
    for (const block of s.sims) {
      expect(block.bet?.question.trim()).toBeTruthy();
      expect(block.bet?.choices.length).toBeGreaterThanOrEqual(2);
    }
    expect(textOf(s.narrativeHtml)).toContain('?');
    // The slide itself, or the run of simulation slides after it up to the first slide without one.
    let at = slides.indexOf(s);
    const following = [s];
    while (slides[at]?.sims.length && slides[at + 1]) following.push(slides[++at]!);
    expect(textOf(following.map((f) => `<p>${f.title}</p>${f.html}${f.narrativeHtml}`).join(''))).toMatch(/notice/i);
  });

  test.each(simSlides.map((s) => [label(s), s] as const))(
    '%s: the simulation has the slide nearly to itself',
    (_, s) => {
      const body = fragment(s.html).content;
      for (const heading of body.querySelectorAll('h1, h2, h3, h4, h5, h6')) heading.remove();
      expect(wordCount(body.textContent ?? '')).toBeLessThanOrEqual(MAX_WORDS_BESIDE_SIM);
    },
  );

  test('no simulation shows moving day before a slide teaching it (C5) has explained it', () => {
    const taught = slides.findIndex((s) => s.claims.includes('C5'));
    const early = (taught < 0 ? slides : slides.slice(0, taught)).flatMap((s) =>
      s.sims.filter((b) => b.overrides.movingDay !== 'off').map((b) => `${label(s)} (${b.file}:${b.line})`),
    );
    expect(early).toEqual([]);
  });

  test('the limits of the model are shown too: a run in a community generous to strangers', () => {
    const h0s = slides.flatMap((s) => s.sims).map((b) => Number(b.overrides.h0 ?? 0));
    expect(Math.max(0, ...h0s)).toBeGreaterThanOrEqual(0.3);
  });
});

describe('participant activities', () => {
  const activities = slides.filter((s) => (s.attrs.class ?? '').split(/\s+/).includes('activity'));

  test(`at least ${MIN_ACTIVITIES} activities`, () => {
    expect(activities.length).toBeGreaterThanOrEqual(MIN_ACTIVITIES);
  });

  test.each(activities.map((s) => [label(s), s] as const))('%s: notes give instructions and a duration', (_, s) => {
    expect(wordCount(textOf(s.narrativeHtml))).toBeGreaterThanOrEqual(30);
    expect(textOf(s.notesHtml)).toMatch(DURATION);
    expect(s.timing ?? 0).toBeGreaterThanOrEqual(60);
  });
});

describe('images and links', () => {
  const images = slides.flatMap((s) =>
    [s.html, s.notesHtml].flatMap((html) =>
      [...fragment(html).content.querySelectorAll('img')].map((img) => ({ s, img })),
    ),
  );

  test('the deck uses diagrams', () => {
    expect(images.length).toBeGreaterThan(0);
  });

  test.each(images.map(({ s, img }) => [`${label(s)} ${img.getAttribute('src')}`, s, img] as const))(
    '%s: has alt text and exists in the kit',
    (_, s, img) => {
      expect(img.getAttribute('alt')?.trim()).toBeTruthy();
      const src = img.getAttribute('src') ?? '';
      expect(src).not.toMatch(/^[a-z][a-z\d+.-]*:/i);
      const candidates = [path.resolve(path.dirname(fileOf(s)), src), path.resolve(ROOT, src.replace(/^\//, ''))];
      const file = candidates.find((f) => existsSync(f));
      expect(file, `none of ${candidates.join(', ')}`).toBeDefined();
      if (file?.endsWith('.svg')) {
        // Small, self-contained drawings: nothing fetched from elsewhere, text kept as text.
        expect(statSync(file).size).toBeLessThan(50_000);
        const svg = readFileSync(file, 'utf8');
        expect(svg).not.toMatch(/(href|src)\s*=\s*["']https?:|@import|url\(\s*["']?https?:/i);
      }
    },
  );

  test('no link leaves the kit except for the credit and the licence', () => {
    const allowed = new Set(LINK_HOSTS);
    for (const u of [deck.meta.creditUrl, deck.meta.licenceUrl]) if (u) allowed.add(new URL(u).hostname);
    const outside = slides.flatMap((s) =>
      [s.html, s.notesHtml].flatMap((html) =>
        [...fragment(html).content.querySelectorAll('a[href]')]
          .map((a) => a.getAttribute('href') ?? '')
          .filter((href) => /^[a-z][a-z\d+.-]*:|^\/\//i.test(href))
          .filter((href) => {
            const url = new URL(href, 'https://kit.invalid/');
            return !(url.protocol === 'https:' && allowed.has(url.hostname));
          })
          .map((href) => `${label(s)}: ${href}`),
      ),
    );
    expect(outside).toEqual([]);
  });
});

describe('credit and licence', () => {
  test('the deck names its source and its licence', () => {
    expect(deck.meta.credit).toContain(ORIGINAL_TITLE);
    expect(deck.meta.licence).toMatch(/CC BY-SA 4\.0/);
    expect(deck.meta.licenceUrl).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by-sa\/4\.0\/?$/);
  });

  test.each([
    ['first', 0],
    ['last', -1],
  ] as const)('the %s slide credits the original post and states the licence', (_, at) => {
    const slide = slides.at(at)!;
    const text = `${textOf(slide.html)} ${textOf(slide.narrativeHtml)}`;
    expect(text).toContain(ORIGINAL_TITLE);
    expect(text).toMatch(/CC BY-SA 4\.0|Attribution-ShareAlike 4\.0/);
    expect(slide.html).toContain(deck.meta.licenceUrl!);
  });

  test('the last slide teaches C9 and states a reuser’s duties', () => {
    const last = slides.at(-1)!;
    expect(last.claims).toContain('C9');
    const text = textOf(last.html).toLowerCase();
    for (const duty of [/credit|attribut/, /change/, /share.?alike|same licen[cs]e/]) expect(text).toMatch(duty);
  });

  test('LICENSE-CC credits the original post and links the legal code', () => {
    const licence = readFileSync(path.join(ROOT, 'LICENSE-CC'), 'utf8');
    expect(licence).toContain(ORIGINAL_TITLE);
    expect(licence).toContain('https://creativecommons.org/licenses/by-sa/4.0/legalcode');
    // The source's licence is named as the post gives it: Creative Commons, version not stated (issue 15, item 11).
    expect(licence).toMatch(/does not state which Creative Commons licence or version/);
    expect(licence).toMatch(/Attribution-ShareAlike 4\.0 International/);
  });
});

describe('facilitator guide', () => {
  const guide = readFileSync(path.join(ROOT, 'docs/facilitator.md'), 'utf8');
  const files = [...new Set(slides.map((s) => path.basename(s.file)))];

  test.each(files)('its timing table matches the data-timing of %s', (file) => {
    const seconds = slides.filter((s) => path.basename(s.file) === file).reduce((sum, s) => sum + (s.timing ?? 0), 0);
    const row = guide.split('\n').find((line) => line.startsWith('|') && line.includes(`\`${file}\``));
    expect(row, `no row for ${file}`).toBeDefined();
    const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    expect(row!.split('|').map((cell) => cell.trim())).toContain(clock);
  });
});
