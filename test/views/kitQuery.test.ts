import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseKitQuery } from '../../src/views/shared/kitQuery.ts';

describe('parseKitQuery: every key the kit owns, checked, with a notice for what it ignored', () => {
  test('the plain cases', () => {
    const k = parseKitQuery('?view=read&lang=es-MX&sim=s2-0-0&tick=5&s3-1-0.seed=7&layout=3up');
    expect(k).toMatchObject({ view: 'read', lang: 'es', room: null, print: false, pane: false, reveal: '' });
    expect(k.handout).toEqual({ layout: '3up', paper: null, footer: null, exporting: false });
    expect(Object.fromEntries([...k.sims].map(([id, keys]) => [id, Object.fromEntries(keys)]))).toEqual({
      's2-0-0': { tick: '5' },
      's3-1-0': { seed: '7' },
    });
    expect(k.notices).toEqual([]);
  });

  test.each([
    ['?view=constructor', { view: 'present' }, [{ key: 'view', value: 'constructor' }]],
    ['?view=__proto__', { view: 'present' }, [{ key: 'view', value: '__proto__' }]],
    ['?view=READ', { view: 'present' }, [{ key: 'view', value: 'READ' }]],
    ['?lang=__proto__', { lang: null }, [{ key: 'lang', value: '__proto__' }]],
    ['?lang=constructor', { lang: null }, [{ key: 'lang', value: 'constructor' }]],
    ['?lang=en-xa', { lang: 'en-XA' }, []],
    ['?room=short', { room: null }, [{ key: 'room', value: 'short' }]],
    ['?room=abcdefghijklmnop', { room: 'abcdefghijklmnop' }, []],
    // a pane of the speaker view never drives the room, and is not told off for the presenter's link
    ['?receiver&room=abcdefghijklmnop', { room: null, pane: true }, []],
    // repeated: the first counts, the rest are named
    ['?view=read&view=handout', { view: 'read' }, [{ key: 'view', value: 'handout', repeated: true }]],
    ['?lang=es&lang=en', { lang: 'es' }, [{ key: 'lang', value: 'en', repeated: true }]],
    // keys nobody owns: left alone, no notice (links carry them from the apps that shared them)
    ['?utm_source=chat&fbclid=x&transition=zoom', { view: 'present', reveal: '' }, []],
  ] as const)('%s', (search, fields, notices) => {
    const k = parseKitQuery(search);
    expect(k).toMatchObject(fields);
    expect(k.notices).toEqual(notices);
  });

  test('reveal sees print-pdf, and in a pane only the pane settings with their own values', () => {
    expect(parseKitQuery('?print-pdf&view=read&display=none').reveal).toBe('?print-pdf');
    expect(parseKitQuery('?receiver&progress=false&transition=zoom&display=none').reveal).toBe(
      '?receiver&progress=false',
    );
  });

  test('huge values are cut short in notices; a simulation takes at most 64 keys', () => {
    const huge = 'x'.repeat(1_000_000);
    const k = parseKitQuery(`?view=${huge}&lang=${huge}&room=${huge}`);
    expect(k.notices.map((n) => n.key)).toEqual(['view', 'lang', 'room']);
    for (const n of k.notices) expect(n.value.length).toBeLessThanOrEqual(41);
    const many = Array.from({ length: 500 }, (_, i) => `a.p${i}=1`).join('&');
    const m = parseKitQuery(`?${many}`);
    expect(m.sims.get('a')!.size).toBe(64);
    expect(m.notices).toHaveLength(436);
  });

  test('the short form belongs to the simulation `sim` names; its scoped keys win', () => {
    const k = parseKitQuery('?sim=a&tick=3&a.tick=9&seed=2');
    expect(Object.fromEntries(k.sims.get('a')!)).toEqual({ tick: '9', seed: '2' });
    expect(k.notices).toEqual([{ key: 'tick', value: '3', repeated: true }]);
    expect(parseKitQuery('?tick=3').sims.size).toBe(0);
  });
});

/**
 * The address is read in one place. Writers (the language switch, the handout toolbar, the widgets writing their
 * state back) may build query strings; nothing but views/shared/kitQuery.ts reads the page's.
 */
describe('one reader of the address', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );
  // file → why it may touch a query string without being the reader
  const WRITERS: Record<string, RegExp> = {
    // puts the address back after reveal has read the part kitQuery let it see
    'src/views/present/revealQuery.ts': /const own = win\.location\.search;/,
    // writes a widget's state into the address, removing its own earlier keys
    'src/widgets/urlState.ts': /const query = new URLSearchParams\(search\);/,
    // the exporter's URL
    'src/views/handout/handoutOptions.ts': /new URLSearchParams\(\{ view: 'handout'/,
  };
  test('no file but kitQuery.ts reads location.search or a query string', () => {
    const offenders: string[] = [];
    for (const file of files('src')) {
      if (file === join('src/views/shared/kitQuery.ts')) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const reads =
            /URLSearchParams|searchParams\.(get|has|getAll|entries|keys|values|forEach)\b|location\.search/.test(line);
          const handedToReader = /parseKitQuery\([^)]*\.search\)/.test(line) && !/URLSearchParams/.test(line);
          if (reads && !handedToReader && !WRITERS[file]?.test(line))
            offenders.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders, 'read the address with parseKitQuery (src/views/shared/kitQuery.ts)').toEqual([]);
  });
});
