import { describe, expect, test } from 'vitest';
import { parseDeck } from '../../src/content/parseDeck.ts';
import { deckOf, md } from './helpers.ts';

const notesOf = (text: string) => {
  const slide = deckOf(text).slides[0]!;
  return { html: slide.html, notes: slide.notesHtml, narrative: slide.narrativeHtml };
};

describe('speaker notes', () => {
  test.each([
    ['Note: starts the notes', md('# A', 'Note: say hi'), '<h1>A</h1>\n', '<p>say hi</p>\n'],
    ['Notes: also', md('# A', 'Notes: say hi'), '<h1>A</h1>\n', '<p>say hi</p>\n'],
    ['any case, as in reveal.js', md('# A', 'NOTE: say hi'), '<h1>A</h1>\n', '<p>say hi</p>\n'],
    ['text on the following lines', md('# A', 'Note:', 'say', 'hi'), '<h1>A</h1>\n', '<p>say\nhi</p>\n'],
    ['indented up to 3 spaces still counts', md('# A', '   Note: say hi'), '<h1>A</h1>\n', '<p>say hi</p>\n'],
    [
      'a second marker continues the notes',
      md('# A', 'Note: one', '', 'Note: two'),
      '<h1>A</h1>\n',
      '<p>one</p>\n<p>two</p>\n',
    ],
    ['no marker: no notes', md('# A', 'Notebook: not a marker'), '<h1>A</h1>\n<p>Notebook: not a marker</p>\n', ''],
  ])('%s', (_name, text, html, notes) => {
    const got = notesOf(text);
    expect(got.html).toBe(html);
    expect(got.notes).toBe(notes);
    expect(got.narrative).toBe(notes);
  });

  test('4 spaces is an indented code block, not a marker', () => {
    expect(notesOf(md('# A', '', '    Note: code')).notes).toBe('');
  });

  test('Note: inside a fenced code block is code, in the body and in the notes', () => {
    const got = notesOf(md('# A', '```', 'Note: in code', '```', 'Note: real', '```', 'Note: code in notes', '```'));
    expect(got.html).toBe('<h1>A</h1>\n<pre><code>Note: in code\n</code></pre>\n');
    expect(got.notes).toBe('<p>real</p>\n<pre><code>Note: code in notes\n</code></pre>\n');
  });

  test('notes run to the end of the slide only', () => {
    const deck = deckOf(md('# A', 'Note: for A', '---', '# B'));
    expect(deck.slides.map((s) => s.notesHtml)).toEqual(['<p>for A</p>\n', '']);
  });
});

describe('presenter-only cues', () => {
  test("a deck's cues carry its language's label: the Spanish deck's say «Indicación:»", () => {
    const text = md('# A', 'Note: Una historia.', 'Cue: pide que levanten la mano');
    const [slide] = parseDeck([{ path: 'slides/es/01-a.md', text }], 'es').slides;
    expect(slide!.notesHtml).toContain('<p class="cue"><span class="cue-label">Indicación:</span> pide que levanten');
    expect(slide!.narrativeHtml).not.toContain('Indicación');
  });

  test('a Cue: line shows in the notes, marked, and not in the narrative', () => {
    const slide = deckOf(md('# A', 'Note:', 'We start with a story.', 'Cue: ask for hands, 2 min', 'Then the *model*.'))
      .slides[0]!;
    expect(slide.notesHtml).toMatchInlineSnapshot(`
      "<p>We start with a story.</p>
      <p class="cue"><span class="cue-label">Cue:</span> ask for hands, 2 min</p>
      <p>Then the <em>model</em>.</p>
      "
    `);
    expect(slide.narrativeHtml).toMatchInlineSnapshot(`
      "<p>We start with a story.
      Then the <em>model</em>.</p>
      "
    `);
  });

  test.each([
    ['indented up to 3 spaces', md('# A', 'Note: x', '  Cue: point at the chart'), true],
    ['Cue on the marker line itself', md('# A', 'Note: Cue: pause here', 'Then talk.'), true],
    ['inside a fence it is code', md('# A', 'Note: x', '```', 'Cue: not a cue', '```'), false],
    ['only at the start of a line', md('# A', 'Note: the Cue: word mid-line'), false],
    ['case matters (Cue: is a convention, not prose)', md('# A', 'Note: x', 'cue: lower case'), false],
  ])('%s', (_name, text, isCue) => {
    const slide = deckOf(text).slides[0]!;
    expect(slide.notesHtml.includes('class="cue"')).toBe(isCue);
    expect(slide.narrativeHtml.includes('class="cue"')).toBe(false);
  });

  test('a slide whose notes are all cues has an empty narrative', () => {
    const slide = deckOf(md('# A', 'Note:', 'Cue: switch to the whiteboard')).slides[0]!;
    expect(slide.notesHtml).toContain('switch to the whiteboard');
    expect(slide.narrativeHtml).toBe('');
  });
});
