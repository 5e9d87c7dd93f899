import { readdirSync, readFileSync } from 'node:fs';
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
    for (const file of ['theme.css', 'read.css', 'handout.css', 'sim.css', 'speaker.css', 'slideContent.css']) {
      const text = readFileSync(`assets/${file}`, 'utf8');
      expect(text, file).toMatch(/@import ['"]\.\/tokens\.css['"]/);
      expect(text, file).not.toMatch(/var\(--[\w-]+,\s*#/);
    }
  });
  test('one focus ring: no stylesheet but tokens.css gives :focus-visible a colour of its own', () => {
    for (const file of readdirSync('assets').filter((f) => f.endsWith('.css') && f !== 'tokens.css')) {
      const focusRules = [
        ...readFileSync(`assets/${file}`, 'utf8').matchAll(/([^{}]*:focus-visible[^{}]*)\{([^}]*)\}/g),
      ];
      for (const [, selector, body] of focusRules)
        expect(body, `${file}: ${selector!.trim()}`).not.toMatch(/outline(-color)?:[^;]*#[0-9a-f]{3,6}/i);
    }
  });
});

describe('slide content, styled once', () => {
  const look = /(?:^|[\s,}])[^{}]*\b(blockquote|small)\b[^{}]*\{[^}]*\b(background|border-left|color):/;
  test('the present, read and handout views import slideContent.css', () => {
    for (const entry of ['present/present.ts', 'read/read.ts', 'handout/handout.ts'])
      expect(readFileSync(`src/views/${entry}`, 'utf8'), entry).toContain("assets/slideContent.css'");
  });
  test("no view's stylesheet styles a slide's quotes or small print again (only slideContent.css's knobs)", () => {
    expect(readFileSync('assets/slideContent.css', 'utf8')).toMatch(look);
    for (const file of ['theme.css', 'read.css', 'handout.css'])
      expect(readFileSync(`assets/${file}`, 'utf8'), file).not.toMatch(look);
  });
});
