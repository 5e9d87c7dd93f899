import { describe, expect, test } from 'vitest';
import { deckOf, md } from './helpers.ts';

const shape = (texts: string[]) =>
  deckOf(...texts).slides.map((s) => `${s.id}@${s.file.slice(7)}:${s.line} ${JSON.stringify(s.title)}`);

describe('splitting a deck into stacks and slides', () => {
  test.each([
    ['one slide', [md('# A', 'text')], ['0@01-a.md:1 "A"']],
    ['--- starts a new stack', [md('# A', '---', '# B')], ['0@01-a.md:1 "A"', '1@01-a.md:3 "B"']],
    [
      '-- starts a vertical slide',
      [md('# A', '--', '# A2', '---', '# B')],
      ['0@01-a.md:1 "A"', '0/1@01-a.md:3 "A2"', '1@01-a.md:5 "B"'],
    ],
    [
      'trailing spaces after a separator are fine',
      [md('# A', '---   ', '# B')],
      ['0@01-a.md:1 "A"', '1@01-a.md:3 "B"'],
    ],
    ['an indented --- is Markdown, not a separator', [md('# A', ' ---', 'x')], ['0@01-a.md:1 "A"']],
    [
      'each file starts a new stack',
      [md('# A', '--', '# A2'), md('# B')],
      ['0@01-a.md:1 "A"', '0/1@01-a.md:3 "A2"', '1@02-b.md:1 "B"'],
    ],
    [
      'separators inside a ``` fence are code',
      [md('# A', '```', '---', '--', '```', '---', '# B')],
      ['0@01-a.md:1 "A"', '1@01-a.md:7 "B"'],
    ],
    [
      'separators inside a ~~~~ fence are code',
      [md('# A', '~~~~md', '---', '~~~', '---', '~~~~', '# still A')],
      ['0@01-a.md:1 "A"'],
    ],
    [
      'front matter shifts line numbers',
      [md('---', 'title: T', '---', '# A', '---', '# B')],
      ['0@01-a.md:4 "A"', '1@01-a.md:6 "B"'],
    ],
    ['CRLF line endings', ['# A\r\n---\r\n# B\r\n'], ['0@01-a.md:1 "A"', '1@01-a.md:3 "B"']],
    [
      'title is plain text of the first heading',
      [md('Intro', '', '## *Give* `first` &amp; <b>win</b>', '# Later')],
      ['0@01-a.md:1 "Give first & win"'],
    ],
    ['no heading: empty title', [md('just text')], ['0@01-a.md:1 ""']],
    ['32 levels of quotes is still fine', [md('# A', `${'>'.repeat(32)} deep`)], ['0@01-a.md:1 "A"']],
    ['deep indentation inside a fence is code', [md('# A', '```', `${' '.repeat(300)}x`, '```')], ['0@01-a.md:1 "A"']],
  ])('%s', (_name, texts, expected) => {
    expect(shape(texts)).toEqual(expected);
  });

  test('stacks group the flattened slides, with h and v', () => {
    const deck = deckOf(md('# A', '--', '# A2', '--', '# A3', '---', '# B'), md('# C'));
    expect(deck.stacks.map((stack) => stack.map((s) => [s.h, s.v]))).toEqual([
      [
        [0, 0],
        [0, 1],
        [0, 2],
      ],
      [[1, 0]],
      [[2, 0]],
    ]);
    expect(deck.slides).toEqual(deck.stacks.flat());
  });

  test('5,000 slides split in well under a second per thousand', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `# Slide ${i}\n\ntext ${i}`).join('\n---\n');
    const started = performance.now();
    const deck = deckOf(text);
    expect(deck.slides).toHaveLength(5000);
    expect(deck.slides[4999]!.title).toBe('Slide 4999');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('front matter, meta and sections', () => {
  test('the first file gives the deck meta; each file names its section', () => {
    const deck = deckOf(
      md(
        '---',
        'title: Give First',
        'subtitle: "A workshop: PLNs"',
        '# a comment',
        'author: Ada',
        "credit: 'After a post'",
        'creditUrl: https://example.org/post',
        'licence: CC BY-SA 4.0',
        'licenceUrl: https://creativecommons.org/licenses/by-sa/4.0/',
        'url: https://example.org/kit',
        'totalTime: 60',
        'section: Opening',
        '---',
        '# Hello',
      ),
      md('---', 'section: The middle bit', '---', '# B'),
      md('# C'),
    );
    expect(deck.meta).toEqual({
      title: 'Give First',
      subtitle: 'A workshop: PLNs',
      author: 'Ada',
      credit: 'After a post',
      creditUrl: 'https://example.org/post',
      licence: 'CC BY-SA 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
      url: 'https://example.org/kit',
      totalTime: 60,
    });
    expect(deck.slides.map((s) => s.section)).toEqual(['Opening', 'The middle bit', 'C']);
  });

  test('without a title in front matter, the deck takes the first slide title', () => {
    expect(deckOf(md('text', '---', '# First heading')).meta).toEqual({ title: 'First heading' });
  });

  test.each([
    ['slides/03-moving-day.md', 'Moving day'],
    ['slides/01_opening_words.md', 'Opening words'],
    ['slides/intro.md', 'Intro'],
    ['slides/07.md', '07'],
    ['C:\\deck\\slides\\02-why-answer.md', 'Why answer'],
  ])('section name from the file name: %s → %s', async (path, section) => {
    const { parseDeck } = await import('../../src/content/index.ts');
    expect(parseDeck([{ path, text: '# x' }]).slides[0]!.section).toBe(section);
  });
});
