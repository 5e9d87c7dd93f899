// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import type { Deck, Slide } from '../../src/content/types.ts';
import { buildReadSections, demoteHeadings } from '../../src/views/read/readSlides.ts';

const levels = (el: Element) => [...el.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.tagName.toLowerCase());

describe('demoteHeadings', () => {
  test.each([
    ['<h1>A</h1><h2>B</h2>', 3, ['h3', 'h4']],
    ['<h2>A</h2><h3>B</h3><h2>C</h2>', 3, ['h3', 'h4', 'h3']],
    ['<h3>A</h3>', 3, ['h3']],
    ['<h5>A</h5>', 3, ['h5']],
    ['<h1>A</h1><h6>B</h6>', 4, ['h4', 'h6']],
    ['<p>no heading</p>', 3, []],
  ])('%s with top h%i gives %j', (html, top, expected) => {
    const div = document.createElement('div');
    div.innerHTML = html;
    demoteHeadings(div, top);
    expect(levels(div)).toEqual(expected);
  });

  test('keeps content, attributes and the original level', () => {
    const div = document.createElement('div');
    div.innerHTML = '<h2 id="x" class="big">Give <em>first</em></h2>';
    const [h] = demoteHeadings(div, 3);
    expect(h?.outerHTML).toBe('<h3 id="x" class="big" data-level="2">Give <em>first</em></h3>');
  });
});

function slide(h: number, v: number, section: string, html: string, narrativeHtml = ''): Slide {
  return {
    h,
    v,
    id: v ? `${h}/${v}` : `${h}`,
    file: 'x.md',
    line: 1,
    section,
    title: '',
    html,
    notesHtml: narrativeHtml,
    narrativeHtml,
    attrs: {},
    claims: [],
    sims: [],
  };
}

describe('buildReadSections', () => {
  const slides = [
    slide(0, 0, 'Opening', '<h1>Title</h1>', '<p>Welcome.</p>'),
    slide(1, 0, 'Opening', '<p>No heading here</p>'),
    slide(1, 1, 'Middle', '<h2>Below</h2>', '<h2>Aside</h2><p>More.</p>'),
  ];
  const deck: Deck = { meta: { title: 'T' }, stacks: [[slides[0]!], [slides[1]!, slides[2]!]], slides };

  test('one section per run of slides, one article per slide, headings below the section h2', () => {
    const { sections, slides: read } = buildReadSections(document, deck);
    expect(sections.map((s) => s.querySelector('h2')?.textContent)).toEqual(['Opening', 'Middle']);
    expect(read.map((r) => r.article.dataset.slideId)).toEqual(['0', '1', '1/1']);
    expect(sections.map(levels)).toEqual([
      ['h2', 'h3'],
      ['h2', 'h3', 'h4'],
    ]);
  });

  test('every article has an accessible name', () => {
    const { slides: read } = buildReadSections(document, deck);
    const names = read.map(({ article }) => {
      const by = article.getAttribute('aria-labelledby');
      return by ? article.querySelector(`#${by}`)?.textContent : article.getAttribute('aria-label');
    });
    expect(names).toEqual(['Title', 'Slide 2', 'Below']);
  });
});
