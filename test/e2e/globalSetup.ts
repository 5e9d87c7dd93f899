import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/staticServer.ts';

export const FIXTURE_DIST = 'test-results/fixture-dist';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the built kit (dist/) */
    kitUrl: string;
    /** a small deck built from test/e2e/fixture-slides, for widget and parser behaviour independent of the content */
    fixtureUrl: string;
  }
}

async function buildKit(slides: string, outDir: string): Promise<void> {
  const previous = process.env.GF_SLIDES;
  process.env.GF_SLIDES = slides;
  try {
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.GF_SLIDES;
    else process.env.GF_SLIDES = previous;
  }
}

/**
 * Real-browser tests run against built output, as a user gets it. Fails loudly (never skips) without Chromium.
 * `npm test` builds dist/ first; a direct `vitest` run builds it here if it is missing.
 */
export default async function setup(project: TestProject) {
  const browser = await launchChromium(); // throws the install hint when Chromium is missing
  await browser.close();
  if (!existsSync('dist/index.html') || !existsSync('dist/join.html')) await buildKit('slides', 'dist');
  await buildKit('test/e2e/fixture-slides', FIXTURE_DIST);
  const kit = await serveStatic('dist');
  const fixture = await serveStatic(FIXTURE_DIST);
  project.provide('kitUrl', kit.url);
  project.provide('fixtureUrl', fixture.url);
  return async () => {
    await kit.close();
    await fixture.close();
  };
}
