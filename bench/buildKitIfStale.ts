import { join, resolve } from 'node:path';
import { build } from 'vite';
import { staleReason } from '../scripts/lib/staleBuild.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** `vite build` of the kit in `mode` (production: dist/; single: dist-single/). */
export async function buildKit(mode: 'production' | 'single'): Promise<void> {
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', mode });
}

/** Builds dist/ when it is missing or older than its sources (a stale dist/ would time yesterday's kit). */
export async function buildKitIfStale(): Promise<boolean> {
  if (staleReason(ROOT) === undefined) return false;
  await buildKit('production');
  return true;
}
