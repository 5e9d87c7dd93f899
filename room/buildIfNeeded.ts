import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { staleReason } from '../scripts/lib/staleBuild.ts';

/**
 * vite's command-line script. Found beside its package.json: vite's `exports` map does not list `bin/vite.js`, so
 * resolving that path directly throws ERR_PACKAGE_PATH_NOT_EXPORTED (it did: `npm run room` could not build).
 */
export function viteBin(root: string): string {
  return join(dirname(createRequire(join(root, 'package.json')).resolve('vite/package.json')), 'bin/vite.js');
}

/** Runs `vite build` when dist/ lacks the deck or the participant page or is older than a source; throws when the build fails. */
export function buildIfNeeded(root: string, dist: string, log: (line: string) => void): void {
  if (staleReason(root, dist, ['index.html', 'join.html']) === undefined) return;
  log('Building the kit (dist/ is missing or older than the sources)…');
  const vite = viteBin(root);
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the build failed (see above)');
}
