import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { deckModuleCode } from '../../src/content/deckModule.ts';
import { parseDeck } from '../../src/content/index.ts';
import { BUILD_BUDGET_MS, checkBudget, defaultParams, estimateCost, paramSchema } from '../../src/sim/index.ts';
import type { Params } from '../../src/sim/types.ts';
import { deckErrorOf, md } from './helpers.ts';

// Slide files pasted from elsewhere: each must fail the build naming file and line and what to do instead; the
// line is found by counting in the fixture, never written down by hand.
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('slides stay inside the project', () => {
  const traversals = [
    '../../../../../../../../etc/passwd',
    '../../etc/passwd',
    '../assets/../../secret.png',
    '..%2F..%2F..%2Fetc%2Fpasswd',
    '/etc/passwd'.replace('/', '../../../../'),
  ];
  test.each(traversals)('an image at %s fails with file and line', (path) => {
    const text = md('# Title', '', 'Some words.', '', `![a secret](${path})`, '');
    const e = deckErrorOf(text);
    expect(e.file).toBe('slides/01-a.md');
    expect(e.line).toBe(lineOf(text, '![a secret]'));
    expect(e.detail).toMatch(/leaves the project|slides\/ and assets\//);
  });

  test.each(['../assets/pln-map.svg', 'pictures/a.png', './b.svg', 'data:image/png;base64,AAAA'])(
    '%s is a path a slide may use',
    (path) => {
      expect(() => parseDeck([{ path: 'slides/01-a.md', text: `# T\n\n![x](${path})\n` }])).not.toThrow();
    },
  );

  test("a translation's slide (slides/es/) uses the deck's assets folder, and no further", () => {
    const at = (path: string) => () => parseDeck([{ path: 'slides/es/01-a.md', text: `# T\n\n![x](${path})\n` }]);
    expect(at('../../assets/pln-map.svg')).not.toThrow();
    expect(at('../../../assets/pln-map.svg')).toThrow(/leaves the project/);
    expect(at('../../secret.png')).toThrow(/leaves the project/);
  });

  test('a raw <img> or <video> reaching outside fails the same way', () => {
    for (const html of ['<img src="../../x/y.png" alt="">', '<video src="../../../home/a.mp4"></video>']) {
      const text = md('# T', '', '', html, '');
      const e = deckErrorOf(text);
      expect(e.line).toBe(4);
      expect(e.detail).toMatch(/leaves the project/);
    }
  });

  test('a malformed % escape in an image path names file and line, not a raw URIError', () => {
    const text = md('# T', '', '![broken](../assets/100%.svg)', '');
    const e = deckErrorOf(text);
    expect(e.line).toBe(3);
    expect(e.detail).toMatch(/malformed % escape/);
    expect(e.message).not.toMatch(/URIError/);
  });

  test('a symbolic link in slides/ pointing out of the project fails at bundling', () => {
    const root = mkdtempSync(join(tmpdir(), 'gf-link-'));
    try {
      const slides = join(root, 'slides');
      const outside = join(root, 'outside.png');
      writeFileSync(outside, 'x');
      mkdirSync(slides);
      symlinkSync(outside, join(slides, 'pic.png'));
      const deck = parseDeck([{ path: 'slides/01-a.md', text: '# T\n\n![p](pic.png)\n' }]);
      expect(() => deckModuleCode(deck, slides)).toThrow(/slides\/01-a\.md:1: image "pic\.png" leads outside/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('what a deck never needs fails the build, with what to write instead', () => {
  const cases: [string, RegExp][] = [
    ['<meta http-equiv="refresh" content="1;url=https://example.com">', /<meta> is not allowed.*link/],
    ['<META HTTP-EQUIV=refresh CONTENT="0;URL=//evil.example">', /<meta> is not allowed/],
    ['<base href="https://example.com/">', /<base> is not allowed/],
    ['<script>alert(1)</script>', /<script> is not allowed.*sim/],
    ['<img src="x.png" onerror="alert(1)">', /onerror="…" is not allowed/],
    ['<p onclick="go()">hi</p>', /onclick="…" is not allowed/],
    ['<a href="javascript:alert(1)">x</a>', /"javascript:" addresses are not allowed/],
    ['<a href="java\tscript:alert(1)">x</a>', /"javascript:" addresses are not allowed/],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', /"javascript:" addresses are not allowed/],
    ['<iframe src="https://example.com"></iframe>', /come from the project/],
    ['<iframe srcdoc="<script>x</script>"></iframe>', /srcdoc> is not allowed/],
    ['<object data="x.swf"></object>', /<object> is not allowed/],
    ['<embed src="x.swf">', /<embed> is not allowed/],
    ['<form action="https://example.com"><input></form>', /<form> is not allowed/],
    ['<svg><script>alert(1)</script></svg>', /<svg> is not allowed.*assets/],
    ['<style>@import url(https://example.com/x.css)</style>', /<style> is not allowed.*theme\.css/],
    ['<link rel="stylesheet" href="https://example.com/x.css">', /<link> is not allowed/],
  ];
  test.each(cases)('%s', (html, expected) => {
    const text = md('# Title', '', 'Words before.', '', html, '', 'Words after.', '');
    const e = deckErrorOf(text);
    expect(e.file).toBe('slides/01-a.md');
    expect(e.line).toBe(5);
    expect(e.detail).toMatch(expected);
  });

  test('in speaker notes too, with the line in the notes', () => {
    const text = md('# T', '', 'Note:', 'Say this.', '<meta http-equiv="refresh" content="0;url=https://x.org">', '');
    const e = deckErrorOf(text);
    expect(e.line).toBe(5);
    expect(e.detail).toMatch(/<meta>/);
  });

  test('a markdown link to javascript: fails; the same text in a code fence or code span is only shown', () => {
    expect(deckErrorOf(md('# T', '', '[click](javascript:alert(1))', '')).line).toBe(3);
    const shown = md('# T', '', '`<meta http-equiv="refresh">`', '', '```html', '<script>alert(1)</script>', '```', '');
    expect(() => parseDeck([{ path: 'slides/01-a.md', text: shown }])).not.toThrow();
  });

  test('what reveal.js decks use is kept: classes, fragments, data-*, styles, aria, local frames', () => {
    const html = [
      '<div class="r-stack fragment fade-up" data-fragment-index="2" style="color: red" aria-label="x">a</div>',
      '<span class="fragment highlight-red" data-id="box">b</span>',
      '<iframe src="demo.html" data-preload></iframe>',
      '<a href="https://example.com" target="_blank" rel="noopener">c</a>',
      '<img src="../assets/pln-map.svg" alt="map" width="200">',
      '<details><summary>More</summary><p>d</p></details>',
    ].join('\n');
    const deck = parseDeck([{ path: 'slides/01-a.md', text: `# T\n\n${html}\n` }]);
    for (const kept of ['data-fragment-index="2"', 'style="color: red"', 'data-preload', 'rel="noopener"']) {
      expect(deck.slides[0]!.html).toContain(kept);
    }
  });
});

describe('files and front matter', () => {
  test.each([
    ['a NUL byte', '# Title\n\nText\0more\n', 3, /NUL byte/],
    ['PNG bytes read as text', '# T\n\n\uFFFDPNG\r\n\u001a\n', 3, /not UTF-8 text/],
    ['NUL-filled', '\0'.repeat(4096), 1, /NUL byte/],
  ])('%s → a clear error with the line', (_name, text, line, expected) => {
    const e = deckErrorOf(text);
    expect(e.file).toBe('slides/01-a.md');
    expect(e.line).toBe(line);
    expect(e.detail).toMatch(expected);
    expect(e.detail).toMatch(/UTF-8 Markdown/);
  });

  test('a front-matter url too long for a QR code fails at its line; one that fits passes', () => {
    const long = `https://example.com/${'a'.repeat(2400)}`;
    const text = md('---', 'title: T', `url: ${long}`, '---', '', '# T', '');
    const e = deckErrorOf(text);
    expect(e.line).toBe(3);
    expect(e.detail).toMatch(/too long for the handout's QR code/);
    const fits = `https://example.com/${'a'.repeat(2000)}`;
    expect(parseDeck([{ path: 'slides/01-a.md', text: text.replace(long, fits) }]).meta.url).toBe(fits);
  });
});

describe('the build budget: a sim block whose estimated run is too long fails with the estimate and what fits', () => {
  const block = (...lines: string[]) => md('# A sim', '', '```sim', 'preset: compare', ...lines, '```', '');
  test.each([
    [['nCommunity: 200000', 'kRing: 40', 'ticks: 2000'], 'nCommunity'],
    [['pNeed: 1', 'pSee: 1', 'pShareCommunity: 1', 'pShareGiver: 1', 'qAmp: 1', 'f0: 50', 'ticks: 2000'], 'ticks'],
    [['nCommunity: 20000'], 'nCommunity'],
  ])('%j', (lines, size) => {
    const text = block(...lines);
    const e = deckErrorOf(text);
    expect(e.file).toBe('slides/01-a.md');
    expect(e.line).toBe(lineOf(text, `${size}:`));
    const m = /estimated at ([\d.]+) (s|ms).*budget of ([\d.]+) s.*largest (\w+) that fits .* is (\d+)/.exec(e.detail);
    expect(m, e.detail).not.toBeNull();
    expect(m![4]).toBe(size);
    // the size named fits, and one more does not
    const largest = Number(m![5]);
    const withLargest = text.replace(new RegExp(`${size}: \\d+`), `${size}: ${largest}`);
    expect(() => parseDeck([{ path: 'slides/01-a.md', text: withLargest }])).not.toThrow();
    const oneMore = text.replace(new RegExp(`${size}: \\d+`), `${size}: ${largest + 1}`);
    expect(() => parseDeck([{ path: 'slides/01-a.md', text: oneMore }])).toThrow(/budget/);
  });

  test('the estimate grows with every size, and every in-range block either fits or names a size that fits', () => {
    const spec = (n: string) => paramSchema.find((s) => s.name === n)!;
    const arb = fc.record({
      nCommunity: fc.integer({ min: spec('nCommunity').min!, max: spec('nCommunity').max! }),
      kRing: fc.integer({ min: 2, max: 40 }),
      ticks: fc.integer({ min: 1, max: 2000 }),
      pNeed: fc.double({ min: 0, max: 1, noNaN: true }),
      pSee: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(arb, (over) => {
        const p = { ...defaultParams, ...over } as Params;
        for (const size of ['nCommunity', 'kRing', 'ticks'] as const) {
          expect(estimateCost({ ...p, [size]: p[size] + 1 })).toBeGreaterThanOrEqual(estimateCost(p));
        }
        const c = checkBudget(p, BUILD_BUDGET_MS);
        if (!c.ok && c.largest)
          expect(estimateCost({ ...p, [c.largest.name]: c.largest.value })).toBeLessThanOrEqual(BUILD_BUDGET_MS);
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });
});

describe('generated hostile slides (fixed seeds, so a failure replays)', () => {
  test('any image path climbing out of the project fails with file and line; the same path inside passes', () => {
    const segment = fc.stringMatching(/^[a-z0-9_-]{1,8}$/);
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 6 }),
        (ups, tail, blankLines) => {
          const path = `${'../'.repeat(ups)}${tail.join('/')}.png`;
          const text = md('# T', ...Array(blankLines).fill(''), `![x](${path})`, '');
          const e = deckErrorOf(text);
          expect([e.file, e.line]).toEqual(['slides/01-a.md', 2 + blankLines]);
          expect(e.detail).toMatch(/leaves the project/);
          const inside = text.replace(path, `../assets/${tail.join('/')}.png`);
          expect(() => parseDeck([{ path: 'slides/01-a.md', text: inside }])).not.toThrow();
        },
      ),
      { seed: 20261206, numRuns: 200 },
    );
  });

  test('event handlers on any allowed element fail at their line', () => {
    const tags = ['p', 'div', 'span', 'a', 'img', 'section', 'em', 'table', 'details', 'video'];
    const events = ['onload', 'onerror', 'onclick', 'onmouseover', 'onfocus', 'ONCLICK', 'onanimationstart'];
    fc.assert(
      fc.property(fc.constantFrom(...tags), fc.constantFrom(...events), fc.integer({ min: 0, max: 5 }), (t, ev, n) => {
        const text = md('# T', ...Array(n).fill('text'), '', `<${t} ${ev}="alert(1)">x</${t}>`, '');
        const e = deckErrorOf(text);
        expect(e.line).toBe(n + 3);
        expect(e.detail).toMatch(new RegExp(`${ev.toLowerCase()}="…" is not allowed`));
      }),
      { seed: 7, numRuns: 150 },
    );
  });
});
