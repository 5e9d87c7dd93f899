/**
 * docs/facilitator.md against the parsed deck: its timing, activity and simulation tables name slides that exist,
 * with the counts, times, presets and settings the slides actually have. The deck is read from slides/ (the guide
 * describes this deck; content.test.ts holds the checks that apply to any slides folder).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/content/index.ts';
import type { Slide } from '../../src/content/types.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const deck = await loadDeck(path.join(ROOT, 'slides'));
const guide = readFileSync(path.join(ROOT, 'docs/facilitator.md'), 'utf8');

/** The rows of the first table after a heading, as trimmed cells (header and rule dropped). */
function tableAfter(heading: string): string[][] {
  const lines = guide.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start < 0) throw new Error(`docs/facilitator.md has no heading "${heading}"`);
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
const titled = (title: string): Slide[] => deck.slides.filter((s) => s.title === title);
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

describe('timing table', () => {
  const rows = tableAfter('## Timing');
  const files = [...new Set(deck.slides.map((s) => path.basename(s.file)))];

  test('one row per slide file, in order, with its slide count and a correct running total', () => {
    expect(rows.map((r) => r[0]!.replace(/`/g, ''))).toEqual(files);
    let total = 0;
    for (const [k, file] of files.entries()) {
      const own = deck.slides.filter((s) => path.basename(s.file) === file);
      total += own.reduce((sum, s) => sum + (s.timing ?? 0), 0);
      expect(Number(rows[k]![2]), file).toBe(own.length);
      expect(rows[k]![4], file).toBe(clock(total));
    }
  });
});

describe('activities table', () => {
  const rows = tableAfter('## The three activities');
  const activities = deck.slides.filter((s) => (s.attrs.class ?? '').split(/\s+/).includes('activity'));

  test('names every activity slide by its title, with its time', () => {
    expect(rows.map((r) => r[1])).toEqual(activities.map((s) => s.title));
    for (const [k, s] of activities.entries()) {
      const minutes = rows[k]![2]!.replace(/min/, '')
        .split('+')
        .reduce((sum, m) => sum + Number(m), 0);
      expect(minutes * 60, s.title).toBe(s.timing);
    }
  });
});

describe('simulation table', () => {
  const rows = tableAfter('## Running the simulations');
  const simSlides = deck.slides.filter((s) => s.sims.length > 0);

  test('names every simulation slide once, by its title, in deck order', () => {
    expect(rows.map((r) => r[0])).toEqual(simSlides.map((s) => s.title));
  });

  test.each(rows.map((r) => [r[0]!, r] as const))('%s: preset and settings match its sim block', (title, row) => {
    const [slide] = titled(title);
    const block = slide!.sims[0]!;
    const settings = row[1]!;
    expect(settings.match(/`([\w-]+)`/)?.[1]).toBe(block.preset);
    expect(settings.includes('no moving day')).toBe(block.overrides.movingDay === 'off');
    expect(settings.includes('trust chart')).toBe(block.chart === 'trust');
    for (const [, name] of settings.matchAll(/slider `(\w+)`/g)) expect(block.controls).toContain(name);
    for (const [, key, value] of settings.matchAll(/`(\w+): ([\w.]+)`/g)) {
      expect(String(block.overrides[key!]), `${key}`).toBe(value);
    }
  });
});

describe('what the guide must say', () => {
  test.each([
    ['the speaker window and a pop-up blocker', /pop-up/i],
    ['which handout layout to print', /Print the \*\*notes\*\* layout/],
    ['that the handout shows the results', /Hand it out after/i],
    ['the event address for the QR code', /`url: /],
    ['a chart-only simulation', /`view: chart`/],
    ['the model’s limits', /cannot tell/i],
  ])('%s', (_, pattern) => {
    expect(guide).toMatch(pattern);
  });
});
