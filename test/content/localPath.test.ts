import { expect, test } from 'vitest';
import { localPath } from '../../src/content/checkSlideHtml.ts';

// A translation in slides/<lang>/ reaches the same assets as the original, and no further.
test.each([
  ['slides/01-a.md', '../assets/map.svg', 'assets/map.svg'],
  ['slides/es/01-a.md', '../../assets/map.svg', 'assets/map.svg'],
  ['slides/pt-BR/01-a.md', '../../assets/map.svg', 'assets/map.svg'],
])('%s may use %s', (file, url, path) => {
  expect(localPath(url, file)).toEqual({ path });
});

test.each([
  ['slides/01-a.md', '../../etc/passwd'],
  ['slides/es/01-a.md', '../../../etc/passwd'],
  ['slides/es/01-a.md', '../../src/main.ts'],
  ['slides/es/01-a.md', '../../../assets/map.svg'],
  ['slides/notalang/01-a.md', '../../assets/map.svg'],
])('%s may not use %s', (file, url) => {
  expect(localPath(url, file).error).toMatch(/leaves the project/);
});
