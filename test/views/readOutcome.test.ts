import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/sim/index.ts';
import type { Run } from '../../src/sim/types.ts';
import { describeBetOutcome, describeRun } from '../../src/views/read/readOutcome.ts';

describe('describeRun', () => {
  test.each([1, 2, 3])('names every strategy of a PLN run with its help received (seed %i)', (seed) => {
    const run = simulate({ nGiveFirst: 3, nTaker: 3, nLurker: 0, nLapsed: 0, nLate: 0, ticks: 200 }, seed);
    const text = describeRun(run);
    const giver = run.byStrategy.giveFirst!.helpReceived;
    const taker = run.byStrategy.taker!.helpReceived;
    expect(text).toContain(`Help received over 200 days: the giver ${Math.round(giver * 10) / 10} and the taker`);
    expect(text).toContain(`the taker ${Math.round(taker * 10) / 10}`);
    expect(text).not.toContain('lurker');
    expect(text).toMatch(/Moving day on day 150, need met: the giver \d+% and the taker \d+%\./);
  });

  test('leaves moving day out when the run ends before it', () => {
    const run = simulate({ nGiveFirst: 2, nTaker: 0, nLurker: 0, nLapsed: 0, nLate: 0, ticks: 100 }, 1);
    expect(describeRun(run)).not.toContain('Moving day');
  });

  test('a science run reports the share of help given', () => {
    const run = { params: { model: 'science', q: 0.9 }, seed: 1, byStrategy: {}, cooperation: 0.734 } as unknown as Run;
    expect(describeRun(run)).toBe('By the last generations, 73% of chances to help were taken (q = 0.9).');
  });

  test('the bet outcome quotes the bet as text', () => {
    const run = simulate({ nGiveFirst: 1, nTaker: 0, nLurker: 0, nLapsed: 0, nLate: 0, ticks: 20 }, 1);
    expect(describeBetOutcome('<b>All</b>', run)).toMatch(/^You bet “<b>All<\/b>”\. Here is how it came out\. Help/);
  });

  test('in Spanish: whole sentences, decimal commas, the list joined with «y»', () => {
    const run = simulate({ nGiveFirst: 3, nTaker: 3, nLurker: 0, nLapsed: 0, nLate: 0, ticks: 200 }, 1);
    const giver = new Intl.NumberFormat('es', { maximumFractionDigits: 1 }).format(
      run.byStrategy.giveFirst!.helpReceived,
    );
    const text = describeBetOutcome('Toda', run, 'es');
    expect(text).toMatch(/^Apostaste por «Toda»\. Así es como salió\. Ayuda recibida en 200 días: /);
    expect(text).toContain(`quien da primero (${giver}) y quien solo pide (`);
    expect(text).toMatch(
      /Día de la mudanza, el día 150; necesidad cubierta: quien da primero \(\d+\s%\) y quien solo pide \(\d+\s%\)\./,
    );
    const science = {
      params: { model: 'science', q: 0.25 },
      seed: 1,
      byStrategy: {},
      cooperation: 0.734,
    } as unknown as Run;
    expect(describeRun(science, 'es')).toBe(
      'En las últimas generaciones se aprovechó el 73\u00a0% de las ocasiones de ayudar (q = 0,25).',
    );
  });
});
