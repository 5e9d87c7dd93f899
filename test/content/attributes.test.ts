import { describe, expect, test } from 'vitest';
import { deckOf, md } from './helpers.ts';

const slideOf = (text: string) => deckOf(text).slides[0]!;

describe('slide attributes', () => {
  test.each([
    [
      'one comment',
      md('<!-- .slide: data-timing="90" class="activity" -->', '# A'),
      { 'data-timing': '90', class: 'activity' },
    ],
    [
      'anywhere in the slide, several comments',
      md('# A', 'text <!-- .slide: id="x" -->', '', '<!-- .slide: class="a" -->', '<!-- .slide: class="b" -->'),
      { id: 'x', class: 'a b' },
    ],
    [
      'single quotes, bare and unquoted values',
      md("<!-- .slide: data-a='1' data-state=intro data-flag -->", '# A'),
      { 'data-a': '1', 'data-state': 'intro', 'data-flag': '' },
    ],
    ['spanning lines', md('<!-- .slide:', '  data-a="1"', '  data-b="2" -->', '# A'), { 'data-a': '1', 'data-b': '2' }],
    ['in the notes too', md('# A', 'Note: talk', '<!-- .slide: data-timing="30" -->'), { 'data-timing': '30' }],
    ['not inside a code fence', md('# A', '```html', '<!-- .slide: class="no" -->', '```'), {}],
    ['not inside inline code', md('# A', 'Write `<!-- .slide: class="no" -->` to style it.'), {}],
  ])('%s', (_name, text, attrs) => {
    expect(slideOf(text).attrs).toEqual(attrs);
  });

  test('the .slide comment is removed from the HTML, other comments stay', () => {
    expect(slideOf(md('# A <!-- .slide: class="x" -->', '<!-- a note to self -->')).html).toBe(
      '<h1>A</h1>\n<!-- a note to self -->',
    );
  });

  test.each([
    ['90', 90],
    ['12.5', 12.5],
    ['0', 0],
  ])('data-timing="%s" → timing %d seconds', (value, seconds) => {
    expect(slideOf(md(`<!-- .slide: data-timing="${value}" -->`, '# A')).timing).toBe(seconds);
  });

  test.each([
    ['C2 C4', ['C2', 'C4']],
    ['C1', ['C1']],
    ['  C3,C5  C6 ', ['C3', 'C5', 'C6']],
  ])('data-claim="%s" → claims', (value, claims) => {
    expect(slideOf(md(`<!-- .slide: data-claim="${value}" -->`, '# A')).claims).toEqual(claims);
  });

  test('no attributes: no timing, no claims', () => {
    const slide = slideOf('# A');
    expect([slide.attrs, slide.timing, slide.claims]).toEqual([{}, undefined, []]);
  });
});

describe('element attributes', () => {
  test.each([
    [
      'a list item (comment inside the item)',
      md('- a', '- b <!-- .element: class="fragment" -->'),
      '<ul>\n<li>a</li>\n<li class="fragment">b </li>\n</ul>\n',
    ],
    [
      'after a list: its last item',
      md('- a', '- b', '<!-- .element: class="fragment" -->'),
      '<ul>\n<li>a</li>\n<li class="fragment">b</li>\n</ul>\n',
    ],
    [
      'a paragraph (comment at its end)',
      'Text <!-- .element: class="fragment" data-x="y" -->',
      '<p class="fragment" data-x="y">Text </p>\n',
    ],
    [
      'a paragraph (comment on the next line)',
      md('Text', '<!-- .element: class="fragment" -->'),
      '<p class="fragment">Text</p>\n',
    ],
    [
      'an image before it in the paragraph',
      '![alt](a.png) <!-- .element: class="fragment" -->',
      '<p><img src="a.png" alt="alt" class="fragment"> </p>\n',
    ],
    ['a heading', '## Title <!-- .element: class="r-fit-text" -->', '<h2 class="r-fit-text">Title </h2>\n'],
    [
      'classes merge with existing ones',
      '<p class="big">x</p>\n<!-- .element: class="fragment" -->',
      '<p class="big fragment">x</p>\n',
    ],
    ['other attributes replace', '<p data-x="1">x</p>\n<!-- .element: data-x="2" -->', '<p data-x="2">x</p>\n'],
    ['a <br> is skipped', 'a<br>\n<!-- .element: class="f" -->', '<p class="f">a<br></p>\n'],
    ['nested: the emphasis before it', 'a *b* <!-- .element: class="f" -->', '<p>a <em class="f">b</em> </p>\n'],
    [
      'a fenced example is left alone',
      md('```', '<!-- .element: class="f" -->', '```'),
      '<pre><code>&lt;!-- .element: class=&quot;f&quot; --&gt;\n</code></pre>\n',
    ],
  ])('%s', (_name, text, html) => {
    expect(slideOf(text).html).toBe(html);
  });

  test('with no element before it (first thing on the slide) it goes to the slide, as in reveal.js', () => {
    const slide = slideOf(md('<!-- .element: data-state="dim" -->', '', '# A'));
    expect(slide.attrs).toEqual({ 'data-state': 'dim' });
  });
});

describe('code fences with reveal line highlights', () => {
  test.each([
    ['```js [1-2|3]', '<pre><code class="language-js" data-line-numbers="1-2|3">'],
    ['```js []', '<pre><code class="language-js" data-line-numbers="">'],
    ['```python [712: 1,3]', '<pre><code class="language-python" data-ln-start-from="712" data-line-numbers="1,3">'],
    ['```ts', '<pre><code class="language-ts">'],
    ['```', '<pre><code>'],
  ])('%s', (fence, start) => {
    expect(slideOf(md(fence, 'let a = "<b>";', '```')).html).toBe(
      `${start}let a = &quot;&lt;b&gt;&quot;;\n</code></pre>\n`,
    );
  });
});

describe('raw HTML', () => {
  test('authored HTML passes through, Markdown inside it after a blank line', () => {
    expect(slideOf(md('<div class="cols">', '', '**x**', '', '</div>')).html).toBe(
      '<div class="cols"><p><strong>x</strong></p>\n</div>',
    );
  });
});
