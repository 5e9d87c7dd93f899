import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { paramSchema } from '../../src/sim/schema.ts';

// Broken slide files and sim blocks, generated from fixed seeds so a failure replays. Each case must parse to a Deck
// or throw a DeckError "file:line: detail" with the line inside the file. Parses run in a worker thread so a hang is
// detected (and the worker killed) instead of freezing the run: the bound is a hang guard, not a speed test.

interface DeckFile {
  path: string;
  text: string;
}
interface Case {
  name: string;
  files: DeckFile[];
  /** when set, the error (if any) must name this file, and this line when `line` is set too */
  expectFile?: string;
  expectLine?: number;
}
interface Outcome {
  kind: 'deck' | 'deckError' | 'other' | 'hang';
  ms: number;
  name?: string;
  message?: string;
  file?: string;
  line?: number;
}

const HANG_MS = 10_000;
const SEED = 20_240_808;
const SLIDES = readdirSync('slides')
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ path: `slides/${f}`, text: readFileSync(join('slides', f), 'utf8') }));
const PARAMS = paramSchema.map((s) => s.name as string);
const PRESETS = [...new Set(SLIDES.flatMap((f) => [...f.text.matchAll(/^preset: (\S+)$/gm)].map((m) => m[1]!)))];
const BLOCK_KEYS = ['preset', 'view', 'seed', 'height', 'tick', 'controls', 'bet', 'choices'];

const lineCount = (text: string) => text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
const sample = <T>(arb: fc.Arbitrary<T>, n: number, offset: number): T[] =>
  fc.sample(arb, { seed: SEED + offset, numRuns: n });
const simFile = (path: string, body: string[]): DeckFile => ({
  path,
  text: ['# A sim slide', '', '```sim', ...body, '```', ''].join('\n'),
});

function truncatedCases(): Case[] {
  const cuts = sample(fc.tuple(fc.nat(SLIDES.length - 1), fc.double({ min: 0, max: 1, noNaN: true })), 60, 1);
  return cuts.map(([i, at], n) => {
    const file = SLIDES[i]!;
    const text = file.text.slice(0, Math.floor(file.text.length * at));
    const files = SLIDES.map((f, j) => (j === i ? { path: f.path, text } : f));
    return { name: `truncated #${n} ${file.path} at ${text.length}/${file.text.length}`, files, expectFile: file.path };
  });
}

function noiseCases(): Case[] {
  const bytes = sample(fc.uint8Array({ maxLength: 4000 }), 30, 2);
  return bytes.map((b, n) => {
    const text = n % 2 ? new TextDecoder().decode(b) : Buffer.from(b).toString('latin1');
    const path = 'fuzz/noise.md';
    const files = n % 3 ? [SLIDES[0]!, { path, text }] : [{ path, text }];
    return { name: `binary noise #${n} (${b.length} bytes)`, files, expectFile: path };
  });
}

const WEIRD_NUMBERS = [
  '1e308',
  '-1e308',
  '1e309',
  '-0',
  '0',
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  '1e-400',
  '5e-324',
  '0x10',
  '0b1',
  '1_000',
  '9'.repeat(400),
  '',
  ' ',
  '１２',
  '2**53',
  '9007199254740993',
  '-',
  '+5',
  '.5',
  '5.',
  '1,5',
  'null',
  '[]',
  '{}',
  'true',
  '"5"',
  '5 # comment',
  '--5',
  '1/2',
  '٣',
];

function numberCases(): Case[] {
  const keys = [...PARAMS, 'seed', 'height', 'tick'];
  const arb = fc.tuple(
    fc.constantFrom(...PRESETS),
    fc.uniqueArray(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...WEIRD_NUMBERS)), {
      minLength: 1,
      maxLength: 3,
      selector: ([k]) => k,
    }),
  );
  return sample(arb, 40, 3).map(([preset, pairs], n) => {
    const file = simFile('fuzz/numbers.md', [`preset: ${preset}`, ...pairs.map(([k, v]) => `${k}: ${v}`)]);
    return { name: `huge/odd numbers #${n} ${JSON.stringify(pairs)}`, files: [file], expectFile: file.path };
  });
}

function nestingCases(): Case[] {
  const deep = 1000;
  const range = Array.from({ length: deep }, (_, i) => i);
  const bodies: [string, string][] = [
    ['nested lists', range.map((i) => `${'  '.repeat(i)}- item ${i}`).join('\n')],
    ['nested ordered lists', range.map((i) => `${'   '.repeat(i)}1. item`).join('\n')],
    ['blockquote prefix on one line', `${'> '.repeat(deep)}deep`],
    ['blockquotes deepening each line', range.map((i) => `${'>'.repeat(i + 1)} q`).join('\n')],
    ['unclosed <div>s', `${'<div>'.repeat(deep)}text`],
    ['nested <div>s', `${'<div>'.repeat(deep)}text${'</div>'.repeat(deep)}`],
    ['nested <div>s on lines', [...range.map(() => '<div>'), 'x', ...range.map(() => '</div>')].join('\n')],
    ['nested emphasis', `${'*_'.repeat(deep)}x${'_*'.repeat(deep)}`],
    ['nested links', `${'['.repeat(deep)}x${'](y)'.repeat(deep)}`],
    ['nested comments', `${'<!-- '.repeat(deep)}x${' -->'.repeat(deep)}`],
    ['element attribute comments', range.map((i) => `- x <!-- .element: class="f${i}" -->`).join('\n')],
  ];
  return bodies.map(([name, body]) => ({
    name: `deep nesting: ${name}`,
    files: [{ path: 'fuzz/deep.md', text: `# Deep\n\n${body}\n` }],
    expectFile: 'fuzz/deep.md',
  }));
}

function manySlidesCases(): Case[] {
  const n = 5000;
  const slides = (sep: (i: number) => string, body: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => `${i ? `${sep(i)}\n\n` : ''}${body(i)}\n`).join('\n');
  const texts: [string, string][] = [
    [
      'horizontal',
      slides(
        () => '---',
        (i) => `## Slide ${i}\n\ntext`,
      ),
    ],
    [
      'vertical stacks of 10',
      slides(
        (i) => (i % 10 ? '--' : '---'),
        (i) => `## Slide ${i}\n\nNote:\nnotes ${i}`,
      ),
    ],
    [
      'a sim on every 10th',
      slides(
        () => '---',
        (i) =>
          i % 10 ? `## S${i}` : `## S${i}\n\n\`\`\`sim\npreset: ${PRESETS[i % PRESETS.length]}\nseed: ${i}\n\`\`\``,
      ),
    ],
  ];
  return texts.map(([name, text]) => ({
    name: `5,000 slides in one file: ${name}`,
    files: [{ path: 'fuzz/many.md', text }],
    expectFile: 'fuzz/many.md',
  }));
}

const UNCLOSED = [
  '```',
  '~~~~',
  '```sim',
  '```sim\npreset: taker',
  '<!--',
  '<!-- .slide: data-timing="30"',
  '<div>',
  '`',
];

function unclosedCases(): Case[] {
  const arb = fc.tuple(fc.nat(SLIDES.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(UNCLOSED.length));
  return sample(arb, 25, 4).map(([i, at, u], n) => {
    const file = SLIDES[i]!;
    const lines = file.text.split('\n');
    const insert = u === UNCLOSED.length ? '---\ntitle: unclosed front matter' : UNCLOSED[u]!;
    // front matter only counts on the first line; anything else goes at a random line
    const cut = u === UNCLOSED.length ? 0 : Math.floor(lines.length * at);
    const text = [...lines.slice(0, cut), insert, ...lines.slice(cut)].join('\n');
    const files = SLIDES.map((f, j) => (j === i ? { path: f.path, text } : f));
    return {
      name: `unclosed #${n} ${JSON.stringify(insert)} in ${file.path}@${cut + 1}`,
      files,
      expectFile: file.path,
    };
  });
}

function junkCases(): Case[] {
  const junkLine = fc.oneof(
    fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 20 })).map(([k, v]) => `${k}: ${v}`),
    fc.tuple(fc.constantFrom(...PARAMS, ...BLOCK_KEYS), fc.string({ maxLength: 20 })).map(([k, v]) => `${k}: ${v}`),
    fc.string({ maxLength: 30, unit: 'binary' }),
    fc.constantFrom('preset', ':', 'preset:', '::::', '#', '   ', 'view: compare', 'bet: ?', 'choices: a |'),
  );
  return sample(fc.tuple(fc.option(fc.constantFrom(...PRESETS)), fc.array(junkLine, { maxLength: 8 })), 40, 5).map(
    ([preset, junk], n) => {
      const file = simFile('fuzz/junk.md', [...(preset ? [`preset: ${preset}`] : []), ...junk]);
      return { name: `sim junk #${n} ${JSON.stringify(junk).slice(0, 80)}`, files: [file], expectFile: file.path };
    },
  );
}

function typo(name: string, [kind, at, ch]: [number, number, string]): string {
  const i = at % name.length;
  if (kind === 0) return name.slice(0, i) + name.slice(i + 1);
  if (kind === 1) return name.slice(0, i) + ch + name.slice(i);
  if (kind === 2) return name.slice(0, i) + ch + name.slice(i + 1);
  if (kind === 3 && i + 1 < name.length) return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
  return name.toUpperCase() === name ? name.toLowerCase() : name.toUpperCase();
}

function typoCases(): Case[] {
  const edit = fc.tuple(fc.nat(4), fc.nat(40), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_-'));
  const arb = fc.tuple(fc.constantFrom(...PRESETS), fc.constantFrom(...PARAMS, ...BLOCK_KEYS.slice(1)), edit);
  return sample(arb, 40, 6).map(([preset, name, e], n) => {
    const key = typo(name, e);
    const file = simFile('fuzz/typo.md', [`preset: ${preset}`, `${key}: 1`]);
    // the typo sits on line 5 (heading, blank, fence, preset, typo); a typo that spells another real name is valid
    const real = [...PARAMS, ...BLOCK_KEYS].includes(key) || !/^[A-Za-z]/.test(key);
    return {
      name: `typo #${n} ${name} → ${key}`,
      files: [file],
      expectFile: file.path,
      expectLine: real ? undefined : 5,
    };
  });
}

const CASES: Case[] = [
  ...truncatedCases(),
  ...noiseCases(),
  ...numberCases(),
  ...nestingCases(),
  ...manySlidesCases(),
  ...unclosedCases(),
  ...junkCases(),
  ...typoCases(),
];

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { tsImport } = await import('tsx/esm/api');
  const { parseDeck, DeckError } = await tsImport(workerData, __filename);
  parentPort.on('message', (files) => {
    const start = performance.now();
    try {
      parseDeck(files);
      parentPort.postMessage({ kind: 'deck', ms: performance.now() - start });
    } catch (e) {
      const ms = performance.now() - start;
      if (e instanceof DeckError) parentPort.postMessage({ kind: 'deckError', ms, message: e.message, file: e.file, line: e.line });
      else parentPort.postMessage({ kind: 'other', ms, name: e && e.constructor && e.constructor.name, message: String(e && e.message || e) });
    }
  });
  parentPort.postMessage('ready');
})().catch((e) => { throw e; });
`;

/** One worker per run; a case that does not answer within HANG_MS is a hang: the worker is killed and replaced. */
function createParser() {
  let worker: Worker | undefined;
  const start = () =>
    new Promise<Worker>((ok, fail) => {
      const w = new Worker(WORKER_SOURCE, { eval: true, workerData: resolve('src/content/index.ts') });
      w.once('message', () => ok(w));
      w.once('error', fail);
    });
  return {
    async parse(files: DeckFile[]): Promise<Outcome> {
      worker ??= await start();
      const w = worker;
      return new Promise<Outcome>((ok) => {
        const timer = setTimeout(() => {
          void w.terminate();
          worker = undefined;
          ok({ kind: 'hang', ms: HANG_MS });
        }, HANG_MS);
        w.once('message', (o: Outcome) => {
          clearTimeout(timer);
          ok(o);
        });
        w.postMessage(files);
      });
    },
    close: () => worker?.terminate(),
  };
}

/** Why a case's outcome breaks the contract, or undefined when it keeps it. */
function violation(c: Case, o: Outcome): string | undefined {
  if (o.kind === 'hang') return `no answer within ${HANG_MS} ms (hang)`;
  if (o.kind === 'other') return `threw ${o.name}: ${o.message}`;
  if (o.kind === 'deck') return undefined;
  const file = c.files.find((f) => f.path === o.file);
  if (!file) return `DeckError names "${o.file}", not a file of the deck: ${o.message}`;
  if (!o.message!.startsWith(`${o.file}:${o.line}: `)) return `message does not start with file:line: ${o.message}`;
  const lines = lineCount(file.text);
  if (!(Number.isInteger(o.line) && o.line! >= 1 && o.line! <= lines)) return `line ${o.line} outside 1..${lines}`;
  if (c.expectFile && o.file !== c.expectFile) return `error names ${o.file}, the broken file is ${c.expectFile}`;
  if (c.expectLine && o.line !== c.expectLine) return `error on line ${o.line}, the fault is on ${c.expectLine}`;
  return undefined;
}

describe('parser fuzz: broken slide files and sim blocks', () => {
  const outcomes = new Map<Case, Outcome>();
  const parser = createParser();
  beforeAll(async () => {
    for (const c of CASES) outcomes.set(c, await parser.parse(c.files));
  }, CASES.length * HANG_MS);
  afterAll(() => parser.close());

  test('generates at least 200 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(200);
  });

  test.each([
    'truncated',
    'binary noise',
    'huge/odd numbers',
    'deep nesting',
    '5,000 slides',
    'unclosed',
    'sim junk',
    'typo',
  ])('%s: every case parses or throws DeckError "file:line:" inside the file', (kind) => {
    const cases = CASES.filter((c) => c.name.startsWith(kind));
    expect(cases.length).toBeGreaterThan(0);
    const broken = cases.flatMap((c) => {
      const why = violation(c, outcomes.get(c)!);
      return why ? [`${c.name}: ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  test('no case escapes as an internal error wrapped by the parser guard ("cannot read this file")', () => {
    const wrapped = CASES.flatMap((c) => {
      const o = outcomes.get(c)!;
      return o.message?.includes('cannot read this file:') ? [`${c.name}: ${o.message}`] : [];
    });
    expect(wrapped).toEqual([]);
  });

  test('the fuzz reaches both outcomes (it is not all errors or all decks)', () => {
    const kinds = new Set([...outcomes.values()].map((o) => o.kind));
    expect(kinds).toContain('deck');
    expect(kinds).toContain('deckError');
  });
});

describe('a broken slide file fails the real vite build with file:line', () => {
  const dir = 'test-results/fuzz-build';
  const cases: [string, string, number][] = [
    ['an unclosed code fence', '# Title\n\nText\n\n```js\nconst a = 1;\n', 5],
    ['a typo of a sim parameter', '# Sim\n\n```sim\npreset: taker\nnComunity: 50\n```\n', 5],
    ['unclosed front matter', '---\ntitle: Broken\n\n# Never closed\n', 1],
  ];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(cases)(
    '%s',
    async (_name, text, line) => {
      const slides = join(dir, 'slides');
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(slides, { recursive: true });
      writeFileSync(join(slides, '01-broken.md'), text);
      const previous = process.env.GF_SLIDES;
      process.env.GF_SLIDES = slides;
      try {
        const built = build({
          configFile: resolve('vite.config.ts'),
          logLevel: 'silent',
          build: { outDir: join(dir, 'out'), emptyOutDir: true },
        });
        await expect(built).rejects.toThrow(`${slides}/01-broken.md:${line}: `);
      } finally {
        if (previous === undefined) delete process.env.GF_SLIDES;
        else process.env.GF_SLIDES = previous;
      }
    },
    60_000,
  );
});
