import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseHandoutArgs, UsageError } from '../../scripts/handoutArgs.ts';
import { isWholePdf, openTarget } from '../../scripts/handoutExport.ts';
import { handoutOptions, handoutQuery } from '../../src/views/handout/handoutOptions.ts';
import { parseKitQuery } from '../../src/views/shared/kitQuery.ts';

describe('parseHandoutArgs', () => {
  test.each([
    [[], { paper: 'a4', layout: 'notes', out: 'handout.pdf' }],
    [['--paper', 'letter'], { paper: 'letter', layout: 'notes', out: 'handout.pdf' }],
    [['--layout=3up', '--out', 'x/y.pdf'], { paper: 'a4', layout: '3up', out: 'x/y.pdf' }],
    [['--layout', 'script'], { paper: 'a4', layout: 'script', out: 'handout.pdf' }],
    [['--bets', 'my-bets.json'], { paper: 'a4', layout: 'notes', out: 'handout.pdf', bets: 'my-bets.json' }],
  ])('%j → %j', (argv, expected) => {
    expect(parseHandoutArgs(argv)).toEqual(expected);
  });

  test.each([
    [['--paper', 'a3'], /--paper must be one of a4, letter/],
    [['--layout', '2up'], /--layout must be one of notes, 1up, 3up, script/],
    [['--colour'], /Unknown option/],
    [['stray'], /positional/i],
    [['--out', ' '], /--out needs a file name/],
    [['--bets', ''], /--bets needs a file name/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseHandoutArgs(argv)).toThrow(UsageError);
    expect(() => parseHandoutArgs(argv)).toThrow(message);
  });
});

describe('handoutOptions', () => {
  test.each([
    ['', { layout: 'notes', paper: 'a4', footer: 'css' }],
    ['?view=handout&layout=3up&paper=letter', { layout: '3up', paper: 'letter', footer: 'css' }],
    ['?layout=banana&paper=A5&footer=none', { layout: 'notes', paper: 'a4', footer: 'none' }],
  ])('%s', (search, expected) => {
    expect(handoutOptions(parseKitQuery(search).handout)).toEqual(expected);
  });

  test.each([
    { layout: 'notes', paper: 'a4', footer: 'css' },
    { layout: '3up', paper: 'letter', footer: 'none' },
  ] as const)('handoutQuery round-trips %j', (options) => {
    const query = handoutQuery(options);
    expect(new URLSearchParams(query).get('view')).toBe('handout');
    expect(handoutOptions(parseKitQuery(query).handout)).toEqual(options);
  });
});

describe('all-or-nothing export: the parts that need no browser', () => {
  test('a whole PDF has its header and its end-of-file marker; a cut one does not', () => {
    const whole = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    expect(isWholePdf(whole)).toBe(true);
    for (const cut of [8, 20, whole.length - 4]) expect(isWholePdf(whole.subarray(0, cut)), String(cut)).toBe(false);
    expect(isWholePdf(Buffer.alloc(0))).toBe(false);
  });

  test('the temporary file is made beside the target before any rendering; a folder that is a file is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handout-target-'));
    try {
      const { path, temp } = await openTarget(join(dir, 'sub', 'out.pdf'));
      expect(path).toBe(join(dir, 'sub', 'out.pdf'));
      expect(dirname(temp)).toBe(join(dir, 'sub'));
      expect(existsSync(temp)).toBe(true);
      expect(existsSync(path)).toBe(false);
      writeFileSync(join(dir, 'file'), 'x');
      await expect(openTarget(join(dir, 'file', 'out.pdf'))).rejects.toThrow(
        /cannot write .*out\.pdf: a part of that path is a file, not a folder .*; nothing was written/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
