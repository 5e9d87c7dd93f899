import { describe, expect, test } from 'vitest';
import { runSoak } from '../../scripts/soak.ts';
import { loadDeck } from '../../src/content/index.ts';
import { baseUrl, useBrowser } from './harness.ts';

const HEAP_GROWTH_MB = 20;
const deck = loadDeck('slides');
const browser = useBrowser();

describe('soak: a long presentation with the speaker view open (built kit, real Chromium)', () => {
  test('100 slide changes, every simulation played: no console errors, heap within 20 MB of the first pass', async () => {
    const r = await runSoak(browser(), baseUrl('kit'), { changes: 100, withSpeakerView: true });
    expect(r.slides).toBe(deck.slides.length);
    // every slide with a simulation was shown in the first pass, so each of its widgets was played at least once
    expect(r.simsPlayed).toBeGreaterThanOrEqual(deck.slides.flatMap((s) => s.sims).length);
    // soft: one run reports every broken promise at once (the run takes minutes)
    expect.soft(r.errors).toEqual([]);
    expect.soft(r.speakerErrors).toEqual([]);
    const growth = r.heapEndMB - r.heapAfterFirstPassMB;
    expect
      .soft(growth, `main heap ${r.heapAfterFirstPassMB.toFixed(1)} → ${r.heapEndMB.toFixed(1)} MB`)
      .toBeLessThan(HEAP_GROWTH_MB);
    const speakerGrowth = r.speakerHeapEndMB! - r.speakerHeapAfterFirstPassMB!;
    // the popup usually shares the main window's renderer (same site, opener), so this is often the same heap
    expect(
      speakerGrowth,
      `speaker heap ${r.speakerHeapAfterFirstPassMB!.toFixed(1)} → ${r.speakerHeapEndMB!.toFixed(1)} MB`,
    ).toBeLessThan(HEAP_GROWTH_MB);
  }, 900_000);
});
