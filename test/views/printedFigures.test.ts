// @vitest-environment jsdom
import { resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { makePrintedFigures, roundCoordinates } from '../../scripts/builtFiguresPlugin.ts';
import { loadDeck, loadTranslation } from '../../src/content/loadDeck.ts';
import type { Deck } from '../../src/content/types.ts';
import { blocksById, drawPrintedFigures, printSource } from '../../src/views/shared/printedFigures.ts';
import { renderSimSnapshot } from '../../src/widgets/renderSimSnapshot.ts';

vi.setConfig({ testTimeout: 60_000 });

const deck = loadDeck(resolve(import.meta.dirname, '../../slides'), 'slides');
const blocks = deck.slides.flatMap((s) => s.sims);
const numbers = (html: string) => (html.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);

/** A handout's worth of slides: a card per block with its caption slot, as handoutSlides makes them. */
function scope(d: Deck): HTMLElement {
  const root = document.createElement('div');
  for (const b of d.slides.flatMap((s) => s.sims)) {
    root.insertAdjacentHTML(
      'beforeend',
      `<article><div class="slide-card"><div class="sim" data-sim="${b.id}"></div></div><div class="handout-sim-captions"></div></article>`,
    );
  }
  return root;
}

describe('printed figures made at build time draw what the page would draw', async () => {
  const made = await makePrintedFigures(blocks);

  test.each(blocks.map((b) => [b.id, b] as const))('%s: same markup, coordinates to a hundredth', (_id, block) => {
    const inPage = renderSimSnapshot(document.createElement('div'), block, block.printTick).outerHTML;
    const fromBuild = made[block.id]!.html;
    expect(fromBuild).toBe(roundCoordinates(inPage));
    expect(fromBuild).toContain('<svg');
    const [a, b] = [numbers(inPage), numbers(fromBuild)];
    expect(b).toHaveLength(a.length);
    for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThanOrEqual(0.005 + 1e-9);
  });

  test('the handout uses the markup and moves each caption beside its card, as when it draws the figure itself', async () => {
    const [fromBuild, inPage] = [scope(deck), scope(deck)];
    await drawPrintedFigures(fromBuild, blocksById(deck), made);
    await drawPrintedFigures(inPage, blocksById(deck), null);
    expect(fromBuild.querySelectorAll('figure.sim-snapshot')).toHaveLength(blocks.length);
    expect(fromBuild.querySelectorAll('.handout-sim-caption')).toHaveLength(blocks.length);
    expect(fromBuild.innerHTML).toBe(roundCoordinates(inPage.innerHTML));
  });

  test('markup made from another block (other seed) is not used', async () => {
    const block = blocks.find((b) => b.view !== 'chart')!;
    const other = { ...block, seed: block.seed + 1 };
    expect(printSource(other)).not.toBe(printSource(block));
    const d: Deck = { ...deck, slides: [{ ...deck.slides[0]!, sims: [other] }] };
    const el = scope(d);
    await drawPrintedFigures(el, blocksById(d), made);
    const own = document.createElement('div');
    expect(el.querySelector('figure')!.outerHTML).not.toBe(made[block.id]!.html);
    renderSimSnapshot(own, other, other.printTick);
    expect(el.querySelector('figure svg')!.outerHTML).toBe(own.querySelector('figure svg')!.outerHTML);
  });
});

describe('the Spanish handout gets figures drawn in Spanish', async () => {
  const slides = resolve(import.meta.dirname, '../../slides');
  const spanish = loadTranslation(deck, slides, 'es', 'slides');
  const esBlocks = spanish.slides.flatMap((s) => s.sims);
  const made = await makePrintedFigures(esBlocks, 'es');

  test('captions, axes and legends in Spanish, as the page draws them under <html lang="es">', () => {
    document.documentElement.lang = 'es';
    try {
      for (const block of esBlocks) {
        const inPage = renderSimSnapshot(document.createElement('div'), block, block.printTick).outerHTML;
        expect(made[block.id]!.html, block.id).toBe(roundCoordinates(inPage));
      }
    } finally {
      document.documentElement.lang = '';
    }
    const captions = Object.values(made).map((f) => /<figcaption>(.*?)<\/figcaption>/s.exec(f.html)![1]!);
    for (const c of captions)
      expect(c).toMatch(/^(En el paso \d+ de \d+ \(semilla \d+\), por recién llegado|Cooperación por generación)/);
    expect(captions.join(' ')).not.toMatch(/\b(tick|seed|helps received|followers|newcomers)\b/);
  });
});

test('rounding touches attribute numbers only, never text', () => {
  expect(roundCoordinates('<path d="M1.23456 -7.899L3 4.5"></path><p>1.23456</p>')).toBe(
    '<path d="M1.23 -7.9L3 4.5"></path><p>1.23456</p>',
  );
});
