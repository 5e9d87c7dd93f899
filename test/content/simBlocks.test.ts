import { describe, expect, test } from 'vitest';
import { presetNames } from '../../src/sim/index.ts';
import { deckErrorOf, deckOf, md } from './helpers.ts';

const sim = (...lines: string[]) => md('# Sim', '', '```sim', ...lines, '```');

describe('sim blocks', () => {
  test('a block becomes a placeholder and a typed SimBlock', () => {
    const slide = deckOf(
      sim(
        '# the late starter',
        'preset: moving-day',
        'view: chart',
        'seed: 7',
        'height: 420',
        'tick: 100',
        'controls: lead, tStop',
        'bet: How much help arrives?',
        'choices: None | Half | All',
        'lead: 25',
        'model: pln',
      ),
    ).slides[0]!;
    expect(slide.html).toBe('<h1>Sim</h1>\n<div class="sim" data-sim="s0-0-0"></div>\n');
    expect(slide.sims).toEqual([
      {
        id: 's0-0-0',
        preset: 'moving-day',
        overrides: { lead: 25, model: 'pln' },
        view: 'chart',
        seed: 7,
        height: 420,
        printTick: 100,
        controls: ['lead', 'tStop'],
        bet: { question: 'How much help arrives?', choices: ['None', 'Half', 'All'] },
        file: 'slides/01-a.md',
        line: 3,
      },
    ]);
  });

  test('defaults: view both, seed 1, nothing else', () => {
    const [block] = deckOf(sim('preset: moving-day')).slides[0]!.sims;
    expect(block).toEqual({
      id: 's0-0-0',
      preset: 'moving-day',
      overrides: {},
      view: 'both',
      seed: 1,
      file: 'slides/01-a.md',
      line: 3,
    });
  });

  test('IDs are s<h>-<v>-<n> and stable across parses', () => {
    const text = md('# A', '---', '# B', '--', sim('preset: moving-day'), '', '```sim', 'preset: moving-day', '```');
    const ids = (t: string) => deckOf(t).slides.flatMap((s) => s.sims.map((b) => `${b.id}@${b.line}`));
    expect(ids(text)).toEqual(['s1-1-0@7', 's1-1-1@11']);
    expect(ids(text)).toEqual(ids(text));
  });

  test('every preset the sim core declares is accepted', () => {
    expect(presetNames.length).toBeGreaterThan(0);
    for (const preset of presetNames) expect(deckOf(sim(`preset: ${preset}`)).slides[0]!.sims[0]!.preset).toBe(preset);
  });

  test('a fence with another language is plain code', () => {
    expect(deckOf(md('```yaml', 'preset: nope', '```')).slides[0]!.sims).toEqual([]);
  });
});

describe('sim block errors: exact line, what was expected, and the closest name', () => {
  test.each([
    ['missing preset', sim('view: chart'), 3, '"preset" is required (one of'],
    ['unknown preset', sim('preset: moving-dya'), 4, 'unknown preset "moving-dya". Did you mean "moving-day"?'],
    [
      'typo in a parameter',
      sim('preset: moving-day', '', 'tStopp: 50'),
      6,
      '"tStopp" is not a parameter. Did you mean "tStop"?',
    ],
    ['typo in a block key', sim('preset: moving-day', 'sede: 3'), 5, '"sede" is not a parameter. Did you mean "seed"?'],
    // as close to the block key "seed" as to the parameter "lead": the parameter is the likely word (README's example)
    [
      'typo near a parameter and a key',
      sim('preset: moving-day', 'leed: 25'),
      5,
      '"leed" is not a parameter. Did you mean "lead"?',
    ],
    ['not key: value', sim('preset: moving-day', 'lead 25'), 5, 'expected "key: value", got "lead 25"'],
    ['key set twice', sim('preset: moving-day', 'lead: 1', 'lead: 2'), 6, '"lead" is set twice (first on line 5)'],
    ['parameter of the wrong type', sim('preset: moving-day', 'lead: soon'), 5, 'lead = "soon" is not a finite number'],
    [
      'parameter out of range',
      sim('preset: moving-day', 'pSee: 1.5'),
      5,
      'pSee = "1.5" is out of range: use a number from 0 to 1.',
    ],
    ['integer parameter given a fraction', sim('preset: moving-day', 'lead: 2.5'), 5, 'lead = "2.5" is not an integer'],
    ['enum parameter typo', sim('preset: moving-day', 'model: pnl'), 5, "use one of 'pln', 'science'."],
    [
      'unknown view',
      sim('preset: moving-day', 'view: netwrok'),
      5,
      'view "netwrok" is not allowed: use one of "network", "chart", "both", "compare". Did you mean "network"?',
    ],
    [
      'negative seed',
      sim('preset: moving-day', 'seed: -1'),
      5,
      'seed = "-1" is not allowed: use a whole number from 0 to 4294967295.',
    ],
    ['huge seed', sim('preset: moving-day', `seed: ${'9'.repeat(400)}`), 5, 'seed = "999'],
    [
      'height too small',
      sim('preset: moving-day', 'height: 100'),
      5,
      'height = "100" is not allowed: use a whole number from 150 to 2000.',
    ],
    [
      'tick beyond the run',
      sim('preset: moving-day', 'ticks: 100', 'tick: 101'),
      6,
      'tick = "101" is not allowed: use a whole number from 0 to 100.',
    ],
    [
      'unknown control',
      sim('preset: moving-day', 'controls: lead, tStopp'),
      5,
      'controls: "tStopp" is not a parameter. Did you mean "tStop"?',
    ],
    [
      'empty control',
      sim('preset: moving-day', 'controls: lead,,tStop'),
      5,
      '"controls" needs a comma-separated list of parameter names',
    ],
    [
      'bet without choices',
      sim('preset: moving-day', 'bet: Who wins?'),
      5,
      '"bet" needs "choices: first | second | …" (at least 2)',
    ],
    [
      'one choice only',
      sim('preset: moving-day', 'bet: Who wins?', 'choices: me'),
      6,
      '"choices" needs at least 2 non-empty choices separated by "|", got "me"',
    ],
    [
      'an empty choice',
      sim('preset: moving-day', 'bet: Who wins?', 'choices: me | '),
      6,
      '"choices" needs at least 2 non-empty choices',
    ],
    [
      'choices without bet',
      sim('preset: moving-day', 'choices: a | b'),
      5,
      '"choices" needs a "bet" question to go with it',
    ],
    ['empty bet', sim('preset: moving-day', 'bet:', 'choices: a | b'), 5, '"bet" needs the question text'],
  ])('%s', (_name, text, line, detail) => {
    const error = deckErrorOf(text);
    expect([error.file, error.line]).toEqual(['slides/01-a.md', line]);
    expect(error.message.startsWith(`slides/01-a.md:${line}: sim block: `)).toBe(true);
    expect(error.message).toContain(detail);
  });

  test('the message style the authors see', () => {
    expect(deckErrorOf(sim('preset: moving-day', 'tStopp: 50')).message).toBe(
      'slides/01-a.md:5: sim block: "tStopp" is not a parameter. Did you mean "tStop"?',
    );
  });
});
