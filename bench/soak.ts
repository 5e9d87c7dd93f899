import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveStatic } from '../scripts/lib/staticServer.ts';
import { runSoak } from '../scripts/soak.ts';
import { buildKit } from './buildKitIfStale.ts';
import type { Figure } from './figure.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CHANGES = 1000;
const GROWTH_GOAL_MB = 20;

/** 1,000 slide changes with the speaker view open, every simulation played: heap growth and duration. */
export async function run(): Promise<Figure[]> {
  if (!existsSync(join(ROOT, 'dist/index.html'))) await buildKit('production');
  const server = await serveStatic(join(ROOT, 'dist'));
  const browser = await launchChromium();
  try {
    const r = await runSoak(browser, server.url, { changes: CHANGES, withSpeakerView: true });
    const growth = r.heapEndMB - r.heapAfterFirstPassMB;
    const speakerGrowth = (r.speakerHeapEndMB ?? 0) - (r.speakerHeapAfterFirstPassMB ?? 0);
    const errors = r.errors.length + r.speakerErrors.length;
    for (const e of [...r.errors, ...r.speakerErrors].slice(0, 5)) console.log(`  console error: ${e}`);
    return [
      {
        id: 'soak.heapGrowth',
        label: `Soak: main-window heap growth after ${CHANGES} slide changes (speaker view open)`,
        value: growth,
        unit: 'MB',
        goal: `< ${GROWTH_GOAL_MB} MB`,
        ok: growth < GROWTH_GOAL_MB,
      },
      {
        id: 'soak.speakerHeapGrowth',
        label: `Soak: speaker-window heap growth after ${CHANGES} slide changes`,
        value: speakerGrowth,
        unit: 'MB',
        goal: `< ${GROWTH_GOAL_MB} MB`,
        ok: speakerGrowth < GROWTH_GOAL_MB,
      },
      { id: 'soak.heapEnd', label: 'Soak: main-window heap at the end (after GC)', value: r.heapEndMB, unit: 'MB' },
      {
        id: 'soak.errors',
        label: 'Soak: console errors (main and speaker windows)',
        value: errors,
        unit: '',
        goal: '0',
        ok: errors === 0,
      },
      { id: 'soak.simsPlayed', label: 'Soak: simulations played', value: r.simsPlayed, unit: '' },
      { id: 'soak.duration', label: `Soak: duration of ${CHANGES} changes`, value: r.durationMs / 1000, unit: 's' },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
