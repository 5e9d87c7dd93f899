// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import type { Deck, Slide } from '../../src/content/types.ts';
import { pageCss } from '../../src/views/handout/handout.ts';
import { createHandoutCover } from '../../src/views/handout/handoutCover.ts';
import { handoutOptions, LAYOUTS } from '../../src/views/handout/handoutOptions.ts';
import { createPlanPage } from '../../src/views/handout/handoutPlan.ts';
import { createHandoutSlides } from '../../src/views/handout/handoutSlides.ts';
import { loadPlan } from '../../src/views/handout/handoutStore.ts';
import { parseKitQuery } from '../../src/views/shared/kitQuery.ts';
import { emptyReaderState, PLAN_PROMPTS, saveReaderState } from '../../src/views/shared/readerStore.ts';

function slide(i: number, section: string, extra: Partial<Slide> = {}): Slide {
  return {
    h: i,
    v: 0,
    id: String(i),
    file: 'slides/x.md',
    line: 1,
    section,
    title: `Slide ${i}`,
    html: `<h2>Slide ${i}</h2><p class="fragment">Point ${i}</p>`,
    notesHtml: `<p>Narrative ${i}.</p><p class="cue">Cue: secret ${i}</p>`,
    narrativeHtml: `<p>Narrative ${i}.</p>`,
    attrs: {},
    claims: [],
    sims: [],
    ...extra,
  };
}

function deckOf(n: number, meta: Partial<Deck['meta']> = {}): Deck {
  const slides = Array.from({ length: n }, (_, i) => slide(i, i < n / 2 ? 'First part' : 'Second part'));
  return {
    meta: {
      title: 'Give First',
      credit: 'Based on "A Model for Using Twitter as a PLN".',
      licence: 'CC BY-SA 4.0',
      ...meta,
    },
    stacks: slides.map((s) => [s]),
    slides,
  };
}

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

describe('handout cover', () => {
  test.each([
    [undefined, 0],
    ['https://example.org/give-first/', 1],
  ])('url %s → %i QR codes', (url, qrs) => {
    const cover = createHandoutCover(
      document,
      deckOf(4, { url, licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/' }),
    );
    const text = cover.textContent!;
    expect(cover.querySelector('h1')!.textContent).toBe('Give First');
    expect(text).toContain('A Model for Using Twitter as a PLN');
    expect(text).toContain('CC BY-SA 4.0');
    expect(text).toContain('https://creativecommons.org/licenses/by-sa/4.0/');
    expect(text).toContain('4 slides');
    expect(cover.querySelectorAll('svg.qr')).toHaveLength(qrs);
    if (url) expect(cover.querySelector<HTMLAnchorElement>('.handout-online a')!.href).toBe(url);
    expect([...cover.querySelectorAll('.handout-contents li')].map((li) => li.textContent)).toEqual([
      'First part',
      'Second part',
    ]);
  });
});

describe('each cover says what its layout prints', () => {
  // what a cover may promise: the narrative only where it is printed, cues only in the script
  const prints = (layout: string) => ({
    narrative: layout !== '3up',
    cues: layout === 'script',
    lines: layout === '3up',
  });
  test.each(LAYOUTS)('%s', (layout) => {
    const d = deckOf(3);
    const text = createHandoutCover(document, d, layout).querySelector('.handout-about')!.textContent!;
    const blocks = createHandoutSlides(document, d, layout);
    const printed = {
      narrative: blocks.some((b) => b.querySelector('.handout-narrative')),
      cues: blocks.some((b) => b.querySelector('.cue')),
      lines: blocks.some((b) => b.querySelector('.handout-lines')),
    };
    expect(printed).toEqual(prints(layout));
    expect(/narrative the presenter tells|the presenter's notes in full/.test(text)).toBe(printed.narrative);
    expect(/\bcue/i.test(text)).toBe(printed.cues);
    expect(/ruled lines/.test(text)).toBe(printed.lines);
  });
});

describe('handout slides', () => {
  test.each([
    ['notes', 1],
    ['notes', 4],
    ['notes', 7],
    ['1up', 1],
    ['1up', 3],
  ] as const)('%s layout, %i slides: each slide once, in order, narrative without cues', (layout, n) => {
    const blocks = createHandoutSlides(document, deckOf(n), layout);
    expect(blocks).toHaveLength(n);
    const titles = blocks.map((b) => b.querySelector('.slide-card h2')!.textContent);
    expect(titles).toEqual(Array.from({ length: n }, (_, i) => `Slide ${i}`));
    const text = blocks.map((b) => b.textContent).join(' ');
    expect(text).not.toContain('secret');
    expect(blocks.every((b, i) => b.querySelector('.handout-narrative')!.textContent === `Narrative ${i}.`)).toBe(true);
    // A section's name appears once, on its first slide.
    expect(blocks.filter((b) => b.querySelector('.handout-section')).length).toBe(n > 1 ? 2 : 1);
  });

  test.each([1, 4])('script layout, %i slides: each slide once with its notes whole, every cue kept as a cue', (n) => {
    const blocks = createHandoutSlides(document, deckOf(n), 'script');
    expect(blocks).toHaveLength(n);
    blocks.forEach((b, i) => {
      expect(b.querySelector('.handout-narrative p:not(.cue)')!.textContent).toBe(`Narrative ${i}.`);
      expect(b.querySelector('.handout-narrative .cue')!.textContent).toBe(`Cue: secret ${i}`);
    });
  });

  test.each([
    [1, [1]],
    [3, [3]],
    [4, [3, 1]],
    [7, [3, 3, 1]],
  ])('3up layout, %i slides → sheets of %j rows with ruled lines and no narrative', (n, rows) => {
    const sheets = createHandoutSlides(document, deckOf(n), '3up');
    expect(sheets.map((s) => s.querySelectorAll('.handout-row').length)).toEqual(rows);
    expect(sheets.every((s) => !s.querySelector('.handout-narrative'))).toBe(true);
    expect(sheets[0]!.querySelector('.handout-row .handout-lines')!.children.length).toBeGreaterThan(3);
  });

  test('slide classes and sims mark the card', () => {
    const d = deckOf(2);
    d.slides[0]!.attrs = { class: 'title center' };
    d.slides[1]!.html = '<h2>Live</h2><div class="sim" data-sim="1-1"></div>';
    d.slides[1]!.sims = [{ id: '1-1', preset: 'compare', overrides: {}, view: 'both', seed: 1, file: 'x', line: 1 }];
    const [a, b] = createHandoutSlides(document, d, 'notes').map((x) => x.querySelector('.slide-card')!);
    expect([...a!.classList]).toEqual(['slide-card', 'slide-card--title', 'slide-card--center']);
    expect(b!.classList.contains('slide-card--sim')).toBe(true);
    expect(b!.querySelector('.sim[data-sim="1-1"]')).not.toBeNull();
  });
});

describe('plan page', () => {
  test('without a saved plan: a worksheet with every prompt and ruled lines', () => {
    const storage = memoryStorage();
    const page = createPlanPage(document, loadPlan(storage, 'Give First'), 4);
    expect(page.classList.contains('handout-plan--blank')).toBe(true);
    expect([...page.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(PLAN_PROMPTS.map((p) => p.label));
    expect(page.querySelectorAll('.handout-lines > div')).toHaveLength(4 * PLAN_PROMPTS.length);
  });

  test.each([
    ['Give First', true],
    ['Another deck', false],
  ])('a plan saved for deck "%s" is printed: %s', (deckTitle, printed) => {
    const storage = memoryStorage();
    const state = emptyReaderState(deckTitle);
    state.plan = { where: 'The maths teachers forum', what: 'Two answers a week', who: '', check: 'Answered 4' };
    saveReaderState(storage, state);
    const page = createPlanPage(document, loadPlan(storage, 'Give First'));
    expect(page.classList.contains('handout-plan--filled')).toBe(printed);
    expect(page.textContent!.includes('The maths teachers forum')).toBe(printed);
    expect(page.querySelectorAll('.handout-lines').length > 0).toBe(!printed);
  });
});

describe('pageCss', () => {
  test.each([
    ['?paper=a4', 'size: A4', true],
    ['?paper=letter', 'size: letter', true],
    ['?paper=letter&footer=none', 'size: letter', false],
  ])('%s → %s, footer boxes %s', (search, size, footer) => {
    const css = pageCss(deckOf(1, { title: 'Say "hi"' }), handoutOptions(parseKitQuery(search).handout));
    expect(css).toContain(size);
    expect(css.includes('@bottom-left { content: "Say \\"hi\\" · CC BY-SA 4.0"')).toBe(footer);
    expect(css.includes('counter(page)')).toBe(footer);
  });
});
