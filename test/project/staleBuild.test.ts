import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { staleReason } from '../../scripts/lib/staleBuild.ts';

/** The one "is dist/ stale?" check (npm run handout, the room's --build, the bench), on a throwaway tree. */
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'stale-build-'));
  roots.push(root);
  mkdirSync(join(root, 'src/sim'), { recursive: true });
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'src/sim/a.ts'), '');
  return root;
}
const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

test('a missing page is stale; pages newer than every source are not; a newer source is', () => {
  const root = tree();
  expect(staleReason(root)).toBe('dist/ is missing');
  writeFileSync(join(root, 'dist/index.html'), '');
  at(join(root, 'src/sim/a.ts'), 1000);
  at(join(root, 'src/sim'), 1000);
  at(join(root, 'src'), 1000);
  at(join(root, 'dist/index.html'), 2000);
  expect(staleReason(root)).toBeUndefined();
  at(join(root, 'src/sim/a.ts'), 3000);
  expect(staleReason(root)).toBe('dist/ is older than slides/ or src/');
});

test('the room asks for the participant page too, and the oldest page counts', () => {
  const root = tree();
  for (const [page, seconds] of [
    ['index.html', 3000],
    ['join.html', 1500],
  ] as const) {
    writeFileSync(join(root, 'dist', page), '');
    at(join(root, 'dist', page), seconds);
  }
  for (const p of ['src/sim/a.ts', 'src/sim', 'src']) at(join(root, p), 2000);
  expect(staleReason(root)).toBeUndefined();
  expect(staleReason(root, join(root, 'dist'), ['index.html', 'join.html'])).toBe(
    'dist/ is older than slides/ or src/',
  );
  expect(staleReason(root, join(root, 'dist'), ['index.html', 'missing.html'])).toBe('dist/ is missing');
});
