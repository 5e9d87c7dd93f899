import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { staleReason } from '../scripts/lib/staleBuild.ts';

/** Runs `vite build` when dist/ lacks the deck or the participant page or is older than a source; throws when the build fails. */
export function buildIfNeeded(root: string, dist: string, log: (line: string) => void): void {
  if (staleReason(root, dist, ['index.html', 'join.html']) === undefined) return;
  log('Building the kit (dist/ is missing or older than the sources)…');
  const vite = createRequire(join(root, 'package.json')).resolve('vite/bin/vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the build failed (see above)');
}
