import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/content/loadDeck.ts';
import { messagesFor } from '../../src/i18n/index.ts';
import {
  budgetMessage,
  checkBudget,
  checkPageBudget,
  defaultParams,
  estimateFrameCost,
  FRAME_BUDGET_MS,
  PAGE_BUDGET_MS,
  type Params,
} from '../../src/sim/index.ts';
import { budgetNote } from '../../src/widgets/checkWidgetState.ts';
import { paramsFor } from '../../src/widgets/paramsFor.ts';

// The page's second budget (src/sim/cost.ts, issue 20): one frame of a live network, stepped and drawn on the page.
const deckParams = loadDeck('slides')
  .slides.flatMap((s) => s.sims)
  .map((b) => ({ id: b.id, params: paramsFor(b.preset, b.overrides).params }));
const giveFirst = deckParams.find((d) => d.id === 's7-0-0')!.params;

describe('the frame budget', () => {
  test('the deck’s own simulations fit both of the page’s budgets', () => {
    expect(deckParams.length).toBeGreaterThanOrEqual(9);
    for (const { id, params } of deckParams) expect(checkPageBudget(params).ok, id).toBe(true);
  });

  test('a frame’s estimate grows with everyone and their ties, and every refusal names a size that fits', () => {
    const arb = fc.record({
      nCommunity: fc.integer({ min: 5, max: 5000 }),
      kRing: fc.integer({ min: 1, max: 40 }),
      ticks: fc.integer({ min: 1, max: 2000 }),
    });
    fc.assert(
      fc.property(arb, (over) => {
        const p = { ...defaultParams, ...over } as Params;
        for (const size of ['nCommunity', 'kRing'] as const)
          expect(estimateFrameCost({ ...p, [size]: p[size] + 1 })).toBeGreaterThanOrEqual(estimateFrameCost(p));
        const c = checkPageBudget(p);
        if (!c.ok && c.largest) {
          const fits = { ...p, [c.largest.name]: c.largest.value };
          expect(checkPageBudget(fits).ok).toBe(true);
        }
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });

  test('a community the run’s budget admits but whose frames the page cannot step and draw is refused as a frame', () => {
    const byRun = checkBudget({ ...giveFirst, nCommunity: 1e9 }, PAGE_BUDGET_MS).largest!.value;
    const asked = { ...giveFirst, nCommunity: byRun };
    expect(checkBudget(asked, PAGE_BUDGET_MS).ok).toBe(true);
    const c = checkPageBudget(asked);
    expect(c).toMatchObject({ ok: false, kind: 'frame', budget: FRAME_BUDGET_MS, largest: { name: 'nCommunity' } });
    const largest = c.largest!.value;
    expect(checkPageBudget({ ...giveFirst, nCommunity: largest }).ok).toBe(true);
    expect(checkPageBudget({ ...giveFirst, nCommunity: largest + 1 }).ok).toBe(false);
    expect(budgetMessage(c, 'this page')).toMatch(/one frame of this run .* a frame: the largest nCommunity/);
    expect(budgetNote(messagesFor('en'), c)).toMatch(/each frame of this run .* ms a frame\. The largest “Community/);
    expect(budgetNote(messagesFor('es'), c)).toMatch(/cada fotograma/);
  });

  test('when both budgets refuse, the note is the run’s and names the largest size both allow', () => {
    const c = checkPageBudget({ ...giveFirst, nCommunity: 1e9 });
    expect(c).toMatchObject({ ok: false, kind: 'run', budget: PAGE_BUDGET_MS });
    const byFrame = checkBudget({ ...giveFirst, nCommunity: 1e9 }, FRAME_BUDGET_MS, 'frame').largest!.value;
    expect(c.largest).toEqual({ name: 'nCommunity', value: byFrame });
  });
});
