// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { handoutOptions } from '../../src/views/handout/handoutOptions.ts';
import { createHandoutToolbar } from '../../src/views/handout/handoutToolbar.ts';
import { parseKitQuery } from '../../src/views/shared/kitQuery.ts';

const backLink = (href: string) => {
  const url = new URL(href);
  const nav = createHandoutToolbar(document, url, handoutOptions(parseKitQuery(url.search).handout));
  return [...nav.querySelectorAll('a')].find((a) => a.textContent === 'Back to the slides')!.href;
};

test.each([
  // handout.html is the handout's own page: its way back is index.html, at any sub-path
  ['https://kit.example/w/handout.html?view=handout&layout=3up#/3', 'https://kit.example/w/index.html#/3'],
  ['https://kit.example/handout.html', 'https://kit.example/index.html'],
  // the single file's handout is a view of index.html itself
  ['file:///tmp/index.html?view=handout&paper=letter&seed=4', 'file:///tmp/index.html?seed=4'],
  ['https://kit.example/w/?view=handout', 'https://kit.example/w/'],
  // only the page's own name is swapped
  ['https://kit.example/handout.html.d/index.html?view=handout', 'https://kit.example/handout.html.d/index.html'],
])('from %s back to %s', (from, to) => {
  expect(backLink(from)).toBe(to);
});
