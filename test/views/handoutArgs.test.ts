import { describe, expect, test } from 'vitest';
import { parseHandoutArgs, UsageError } from '../../scripts/handoutArgs.ts';
import { handoutOptions, handoutQuery } from '../../src/views/handoutOptions.ts';

describe('parseHandoutArgs', () => {
  test.each([
    [[], { paper: 'a4', layout: 'notes', out: 'handout.pdf' }],
    [['--paper', 'letter'], { paper: 'letter', layout: 'notes', out: 'handout.pdf' }],
    [['--layout=3up', '--out', 'x/y.pdf'], { paper: 'a4', layout: '3up', out: 'x/y.pdf' }],
    [['--layout', 'script'], { paper: 'a4', layout: 'script', out: 'handout.pdf' }],
  ])('%j → %j', (argv, expected) => {
    expect(parseHandoutArgs(argv)).toEqual(expected);
  });

  test.each([
    [['--paper', 'a3'], /--paper must be one of a4, letter/],
    [['--layout', '2up'], /--layout must be one of notes, 1up, 3up, script/],
    [['--colour'], /Unknown option/],
    [['stray'], /positional/i],
    [['--out', ' '], /--out needs a file name/],
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
    expect(handoutOptions(search)).toEqual(expected);
  });

  test.each([
    { layout: 'notes', paper: 'a4', footer: 'css' },
    { layout: '3up', paper: 'letter', footer: 'none' },
  ] as const)('handoutQuery round-trips %j', (options) => {
    const query = handoutQuery(options);
    expect(new URLSearchParams(query).get('view')).toBe('handout');
    expect(handoutOptions(query)).toEqual(options);
  });
});
