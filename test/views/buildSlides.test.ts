// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { buildSlides } from '../../src/views/present/buildSlides.ts';
import { deckOf, md } from '../content/helpers.ts';

const deck = deckOf(
  md(
    '# Title',
    '',
    '![a map](pic/map.svg)',
    '',
    'Note:',
    'Show ![the cycle](pic/cycle.svg) now.',
    '',
    '---',
    '',
    '## Stack top',
    '',
    '--',
    '',
    '## Below',
    '',
    '![below](pic/below.svg) and ![remote](https://example.org/x.png)',
  ),
);

const images = (sections: HTMLElement[]) =>
  sections.flatMap((s) =>
    [...s.querySelectorAll('img')].map((img) => ({
      alt: img.alt,
      src: img.getAttribute('src'),
      dataSrc: img.getAttribute('data-src'),
      inNotes: img.closest('aside.notes') !== null,
    })),
  );

describe('buildSlides', () => {
  test('one section per stack, nested sections for vertical slides, notes in aside.notes', () => {
    const sections = buildSlides(document, deck);
    expect(sections.map((s) => s.querySelectorAll(':scope > section').length)).toEqual([0, 2]);
    expect(sections[0]?.querySelector('aside.notes')?.textContent).toContain('now.');
  });

  test.each([
    [false, 'src', 'data-src'],
    [true, 'data-src', 'src'],
  ] as const)('lazyImages %s: slide pictures keep the URL in %s, none in %s', (lazyImages, kept, absent) => {
    const slides = images(buildSlides(document, deck, { lazyImages })).filter((i) => !i.inNotes);
    const urls = slides.map((i) => (kept === 'src' ? i.src : i.dataSrc));
    expect(urls).toEqual(['pic/map.svg', 'pic/below.svg', 'https://example.org/x.png']);
    expect(slides.map((i) => (absent === 'src' ? i.src : i.dataSrc))).toEqual([null, null, null]);
    expect(slides.map((i) => i.alt)).toEqual(['a map', 'below', 'remote']);
  });

  test('pictures in notes keep src either way: the speaker view shows the notes as they are', () => {
    for (const lazyImages of [false, true]) {
      const notes = images(buildSlides(document, deck, { lazyImages })).filter((i) => i.inNotes);
      expect(notes).toEqual([{ alt: 'the cycle', src: 'pic/cycle.svg', dataSrc: null, inNotes: true }]);
    }
  });
});
