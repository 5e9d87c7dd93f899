import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const SOURCES = ['slides', 'src', 'assets', 'index.html', 'join.html', 'handout.html', 'vite.config.ts'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = s.mtimeMs;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

/** True when dist/ lacks the deck or the participant page, or any source is newer than the build. */
export function buildIsStale(root: string, dist: string): boolean {
  const built = ['index.html', 'join.html'].map((f) => join(dist, f));
  if (!built.every((f) => existsSync(f))) return true;
  const builtAt = Math.min(...built.map((f) => statSync(f).mtimeMs));
  return SOURCES.some((s) => newest(join(root, s)) > builtAt);
}

/**
 * vite's command-line script. Found beside its package.json: vite's `exports` map does not list `bin/vite.js`, so
 * resolving that path directly throws ERR_PACKAGE_PATH_NOT_EXPORTED (it did: `npm run room` could not build).
 */
export function viteBin(root: string): string {
  return join(dirname(createRequire(join(root, 'package.json')).resolve('vite/package.json')), 'bin/vite.js');
}

/** Runs `vite build` when the build is stale; throws when the build fails. */
export function buildIfNeeded(root: string, dist: string, log: (line: string) => void): void {
  if (!buildIsStale(root, dist)) return;
  log('Building the kit (dist/ is missing or older than the sources)…');
  const vite = viteBin(root);
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the build failed (see above)');
}
