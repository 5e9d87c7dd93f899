/**
 * Each facilitator guide against its own parsed deck: docs/facilitator.md against slides/, and each translated guide
 * (docs/<lang>/facilitator.md) against slides/<lang>/. Its timing, activity and simulation tables name slides that
 * exist, by their titles in that language, with the counts, times, presets and settings the slides actually have.
 * The checks are the same for every language; only the guide's headings and a few words differ (GUIDES).
 * content.test.ts holds the checks that apply to any slides folder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/content/index.ts';
import type { Deck, Slide } from '../../src/content/types.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** What differs between the guides: where they are, their table headings, and the words the tables use. */
interface Guide {
  lang: string;
  slides: string;
  guide: string;
  headings: { timing: string; activities: string; simulations: string };
  /** the words in the simulation table's settings column */
  words: { noMovingDay: string; trustChart: string; slider: string };
  /** what the guide must say, in its own language */
  says: readonly (readonly [string, RegExp])[];
}

const GUIDES: readonly Guide[] = [
  {
    lang: 'en',
    slides: 'slides',
    guide: 'docs/facilitator.md',
    headings: { timing: '## Timing', activities: '## The three activities', simulations: '## Running the simulations' },
    words: { noMovingDay: 'no moving day', trustChart: 'trust chart', slider: 'slider' },
    says: [
      ['the speaker window and a pop-up blocker', /pop-up/i],
      ['which handout layout to print', /Print the \*\*notes\*\* layout/],
      ['that the handout shows the results', /Hand it out after/i],
      ['the event address for the QR code', /`url: /],
      ['a chart-only simulation', /`view: chart`/],
      ['the model’s limits', /cannot tell/i],
    ],
  },
  {
    lang: 'es',
    slides: 'slides/es',
    guide: 'docs/es/facilitator.md',
    headings: { timing: '## Horario', activities: '## Las tres actividades', simulations: '## Las simulaciones' },
    words: { noMovingDay: 'sin día de la mudanza', trustChart: 'gráfico de confianza', slider: 'deslizador' },
    says: [
      ['the speaker window and a pop-up blocker', /ventanas emergentes/i],
      ['which handout layout to print', /Imprime el formato de \*\*notas\*\*/],
      ['that the handout shows the results', /Repártelo después/i],
      ['the event address for the QR code', /`url: /],
      ['a chart-only simulation', /`view: chart`/],
      ['the model’s limits', /no puede decir/i],
    ],
  },
];

/** The rows of the first table after a heading, as trimmed cells (header and rule dropped). */
function tableAfter(guide: string, heading: string): string[][] {
  const lines = guide.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start < 0) throw new Error(`the guide has no heading "${heading}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break;
    if (!line.startsWith('|')) {
      if (rows.length) break;
      continue;
    }
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows.slice(2);
}
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

describe.each(GUIDES)('$guide against $slides', (g) => {
  const guide = readFileSync(path.join(ROOT, g.guide), 'utf8');
  let deck: Deck;
  beforeAll(async () => {
    deck = await loadDeck(path.join(ROOT, g.slides));
  });
  const titled = (title: string): Slide[] => deck.slides.filter((s) => s.title === title);

  test('timing table: one row per slide file, in order, with its slide count and a correct running total', () => {
    const rows = tableAfter(guide, g.headings.timing);
    const files = [...new Set(deck.slides.map((s) => path.basename(s.file)))];
    expect(rows.map((r) => r[0]!.replace(/`/g, ''))).toEqual(files);
    let total = 0;
    for (const [k, file] of files.entries()) {
      const own = deck.slides.filter((s) => path.basename(s.file) === file);
      total += own.reduce((sum, s) => sum + (s.timing ?? 0), 0);
      expect(Number(rows[k]![2]), file).toBe(own.length);
      expect(rows[k]![4], file).toBe(clock(total));
    }
  });

  test('activities table: names every activity slide by its title, with its time', () => {
    const rows = tableAfter(guide, g.headings.activities);
    const activities = deck.slides.filter((s) => (s.attrs.class ?? '').split(/\s+/).includes('activity'));
    expect(rows.map((r) => r[1])).toEqual(activities.map((s) => s.title));
    for (const [k, s] of activities.entries()) {
      const minutes = rows[k]![2]!.replace(/min/, '')
        .split('+')
        .reduce((sum, m) => sum + Number(m), 0);
      expect(minutes * 60, s.title).toBe(s.timing);
    }
  });

  test('simulation table: names every simulation slide once, by its title, in deck order', () => {
    const rows = tableAfter(guide, g.headings.simulations);
    expect(rows.map((r) => r[0])).toEqual(deck.slides.filter((s) => s.sims.length > 0).map((s) => s.title));
  });

  test('simulation table: each row’s preset and settings match its sim block', () => {
    const rows = tableAfter(guide, g.headings.simulations);
    expect(rows.length).toBeGreaterThan(0);
    const slider = new RegExp(`${g.words.slider} \`(\\w+)\``, 'g');
    for (const [title, settings] of rows) {
      const found = titled(title!);
      expect(found, title).toHaveLength(1);
      const block = found[0]!.sims[0]!;
      expect(settings!.match(/`([\w-]+)`/)?.[1], title).toBe(block.preset);
      expect(settings!.includes(g.words.noMovingDay), title).toBe(block.overrides.movingDay === 'off');
      expect(settings!.includes(g.words.trustChart), title).toBe(block.chart === 'trust');
      for (const [, name] of settings!.matchAll(slider)) expect(block.controls, title).toContain(name);
      for (const [, key, value] of settings!.matchAll(/`(\w+): ([\w.]+)`/g)) {
        expect(String(block.overrides[key!]), `${title}: ${key}`).toBe(value);
      }
    }
  });

  test.each(g.says)('says %s', (_, pattern) => {
    expect(guide).toMatch(pattern);
  });
});
