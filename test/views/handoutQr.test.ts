import { describe, expect, test } from 'vitest';
import { qrSvg } from '../../src/views/shared/qrSvg.ts';

/** The dark modules an SVG draws, as "col,row" in module coordinates (quiet zone removed). */
function darkModules(svg: string): { n: number; dark: Set<string> } {
  const n = Number(/data-modules="(\d+)"/.exec(svg)![1]);
  const d = /<path[^>]* d="([^"]*)"/.exec(svg)![1]!;
  const dark = new Set([...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${Number(m[1]) - 4},${Number(m[2]) - 4}`));
  return { n, dark };
}

/** A QR finder pattern: 7×7 dark ring, light ring, 3×3 dark centre. */
function isFinder(dark: Set<string>, x0: number, y0: number): boolean {
  for (let y = 0; y < 7; y++) {
    for (let x = 0; x < 7; x++) {
      const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
      const shouldBeDark = ring !== 2;
      if (dark.has(`${x0 + x},${y0 + y}`) !== shouldBeDark) return false;
    }
  }
  return true;
}

describe('qrSvg', () => {
  test.each([
    ['https://example.org/give-first/', 25],
    ['https://give-first.example.net/workshop/index.html?view=read', 33],
  ])('%s: a valid symbol with its three finder patterns and a quiet zone', (url, minModules) => {
    const svg = qrSvg(url);
    const { n, dark } = darkModules(svg);
    expect(n).toBeGreaterThanOrEqual(minModules - 4);
    expect((n - 17) % 4).toBe(0); // QR sizes are 21, 25, 29, … modules
    expect(isFinder(dark, 0, 0)).toBe(true);
    expect(isFinder(dark, n - 7, 0)).toBe(true);
    expect(isFinder(dark, 0, n - 7)).toBe(true);
    expect(isFinder(dark, n - 7, n - 7)).toBe(false);
    expect(svg).toContain(`viewBox="0 0 ${n + 8} ${n + 8}"`);
    expect(svg).toContain(`<title>${url}</title>`);
  });

  test('different addresses give different codes; the same address the same code', () => {
    const a = darkModules(qrSvg('https://example.org/a')).dark;
    const b = darkModules(qrSvg('https://example.org/b')).dark;
    expect([...a].sort()).toEqual([...darkModules(qrSvg('https://example.org/a')).dark].sort());
    expect([...a].sort()).not.toEqual([...b].sort());
  });

  test('the label is escaped into the title', () => {
    expect(qrSvg('x', 'a <b> & "c"')).toContain('<title>a &#60;b&#62; &#38; &#34;c&#34;</title>');
  });
});
