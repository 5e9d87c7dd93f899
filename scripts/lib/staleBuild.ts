import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build is made from: any of these newer than the built pages means the build is stale. */
const SOURCES = ['slides', 'src', 'assets', 'index.html', 'join.html', 'handout.html', 'vite.config.ts'];

/** The newest modification time under `path` (0 when it does not exist). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

/**
 * Why the build in `dist` must be (re)made, or undefined when it is up to date: one of the `pages` it must hold is
 * missing, or a source is newer than the oldest of them. The one check behind `npm run handout`, the room's
 * `--build` and the bench (a stale dist/ would print, serve or time yesterday's kit).
 */
export function staleReason(root: string, dist = join(root, 'dist'), pages = ['index.html']): string | undefined {
  const built = pages.map((page) => join(dist, page));
  if (!built.every((file) => existsSync(file))) return 'dist/ is missing';
  const builtAt = Math.min(...built.map((file) => statSync(file).mtimeMs));
  return SOURCES.some((source) => newestMtime(join(root, source)) > builtAt)
    ? 'dist/ is older than slides/ or src/'
    : undefined;
}
