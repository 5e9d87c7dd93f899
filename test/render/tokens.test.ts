import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BACKGROUNDS, contrastRatio } from '../../src/render/palette.ts';

// The contrast checks read the colours the pages actually use: assets/tokens.css, imported by every view's stylesheet.
const css = readFileSync('assets/tokens.css', 'utf8');
const tokens = new Map(
  [...css.matchAll(/(--gf-[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
);
const backgrounds = [...tokens].filter(([name]) => name.startsWith('--gf-bg-'));
const TEXT = ['--gf-ink', '--gf-heading', '--gf-muted', '--gf-accent', '--gf-link', '--gf-link-hover', '--gf-focus'];

describe('tokens', () => {
  test('the palette is checked against the backgrounds a simulation is drawn on (tokens.css)', () => {
    expect(Object.values(BACKGROUNDS).sort()).toEqual([tokens.get('--gf-bg-paper'), tokens.get('--gf-bg-card')].sort());
  });
  test.each(TEXT)('%s reaches 4.5:1 on every background token', (name) => {
    const colour = tokens.get(name);
    expect(colour, `${name} in assets/tokens.css`).toBeDefined();
    expect(backgrounds.length).toBeGreaterThanOrEqual(4);
    for (const [bg, value] of backgrounds)
      expect(contrastRatio(colour!, value), `${name} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });
  test('each view stylesheet imports the tokens and repeats no token colour as a fallback', () => {
    for (const file of ['theme.css', 'read.css', 'handout.css', 'sim.css']) {
      const text = readFileSync(`assets/${file}`, 'utf8');
      expect(text, file).toMatch(/@import ['"]\.\/tokens\.css['"]/);
      expect(text, file).not.toMatch(/var\(--[\w-]+,\s*#/);
    }
  });
});
