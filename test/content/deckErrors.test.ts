import { describe, expect, test } from 'vitest';
import { DeckError, parseDeck } from '../../src/content/index.ts';
import { deckErrorOf, md } from './helpers.ts';

describe('errors name file and exact line', () => {
  test.each([
    [
      'unclosed front matter',
      [md('---', 'title: x', '# A')],
      'slides/01-a.md:1: front matter starting here is not closed by a "---" line',
    ],
    [
      'front matter line that is not key: value',
      [md('---', 'title: x', 'just words', '---', '# A')],
      'slides/01-a.md:3: front matter: expected "key: value", got "just words"',
    ],
    [
      'front matter key set twice',
      [md('---', 'title: x', 'title: y', '---', '# A')],
      'slides/01-a.md:3: front matter: "title" is set twice',
    ],
    [
      'front matter typo',
      [md('---', 'titel: x', '---', '# A')],
      'slides/01-a.md:2: front matter: unknown key "titel". Did you mean "title"?',
    ],
    [
      'deck meta outside the first file',
      ['# A', md('---', 'section: B', 'author: me', '---', '# B')],
      'slides/02-b.md:3: front matter: "author" is deck metadata and belongs in the first slide file',
    ],
    [
      'totalTime not a number',
      [md('---', 'totalTime: an hour', '---', '# A')],
      'slides/01-a.md:2: front matter: totalTime = "an hour" must be a positive number of minutes',
    ],
    ['an empty file', ['# A', ''], 'slides/02-b.md:1: empty slide file: it has no slides (delete it, or add content)'],
    [
      'a file of blank lines',
      ['# A', '\n  \n'],
      'slides/02-b.md:1: empty slide file: it has no slides (delete it, or add content)',
    ],
    [
      'front matter and nothing else',
      [md('---', 'title: x', '---', '')],
      'slides/01-a.md:4: empty slide file: it has no slides (delete it, or add content)',
    ],
    [
      'an empty slide between separators',
      [md('# A', '---', '', '---', '# B')],
      'slides/01-a.md:2: empty slide: nothing between this separator and the next one',
    ],
    [
      'a trailing separator',
      [md('# A', '--', '')],
      'slides/01-a.md:2: empty slide: nothing between this separator and the next one',
    ],
    [
      'unclosed code fence',
      [md('# A', '', '```js', 'let a;', '---', '# B')],
      'slides/01-a.md:3: code fence ``` opened here is never closed',
    ],
    [
      'unparseable .slide comment',
      [md('# A', '<!-- .slide: class="x -->')],
      'slides/01-a.md:2: cannot read attribute comment "<!-- .slide: class="x -->": the value of class has no closing " (expected key="value" pairs)',
    ],
    [
      'unparseable .element comment',
      [md('# A', '', '- a <!-- .element: ="x" -->')],
      'slides/01-a.md:3: cannot read attribute comment "<!-- .element: ="x" -->": unexpected "="x"" (expected key="value" pairs)',
    ],
    [
      'unclosed attribute comment',
      [md('# A', '<!-- .slide: class="x"', '')],
      'slides/01-a.md:2: attribute comment <!-- .slide: … is not closed by "-->"',
    ],
    [
      'notes marker with no text',
      [md('# A', 'text', 'Note:', '', '  ')],
      'slides/01-a.md:3: speaker notes marker "Note:" has no text after it',
    ],
    [
      'bad data-timing',
      [md('# A', '', '<!-- .slide: data-timing="1:30" -->')],
      'slides/01-a.md:3: data-timing="1:30" must be a number of seconds, e.g. 90',
    ],
    [
      'a sim block in a quote',
      [md('# A', '', '> ```sim', '> preset: moving-day', '> ```')],
      'slides/01-a.md:1: slide starting here: a ```sim block must start a line, not sit inside a list or quote',
    ],
    [
      'a sim block in the notes',
      [md('# A', 'Note: x', '```sim', 'preset: moving-day', '```')],
      'slides/01-a.md:3: sim block in speaker notes: move it above the "Note:" line',
    ],
    [
      'nesting too deep (marked slows steeply)',
      [md('# A', '', `${'>'.repeat(33)} deep`)],
      'slides/01-a.md:3: nesting too deep: at most 32 list or quote levels and 100 columns of indentation',
    ],
    [
      'indentation too deep',
      [md('# A', '', `${' '.repeat(101)}x`)],
      'slides/01-a.md:3: nesting too deep: at most 32 list or quote levels and 100 columns of indentation',
    ],
  ])('%s', (_name, texts, message) => {
    const error = deckErrorOf(...texts);
    expect(error.message).toBe(message);
    const [, file, line] = /^(.*?):(\d+): /.exec(message)!;
    expect([error.file, error.line]).toEqual([file, Number(line)]);
  });

  test('no files at all', () => {
    expect(() => parseDeck([])).toThrow(DeckError);
  });
});
