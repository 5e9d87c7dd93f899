import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * `npm install` rewrites the lock's root entry whenever it differs from package.json (a pin written into package.json
 * by hand, say, while `npm ci` accepts the old range because the locked version satisfies both), so a newcomer's first
 * install would show a changed package-lock.json. The root entry must say exactly what package.json says.
 */
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('package-lock.json', () => {
  const pkg = read('package.json');
  const root = (read('package-lock.json').packages as Record<string, Record<string, unknown>>)[''];

  it.each(['dependencies', 'devDependencies'])('records the %s of package.json exactly', (field) => {
    expect(root?.[field]).toEqual(pkg[field]);
  });

  it('locks every pinned dependency at its pin', () => {
    const lock = read('package-lock.json').packages as Record<string, { version?: string }>;
    const all = { ...(pkg.dependencies as object), ...(pkg.devDependencies as object) } as Record<string, string>;
    const pinned = Object.entries(all).filter(([, spec]) => /^\d/.test(spec));
    expect(pinned.length).toBeGreaterThan(0);
    for (const [name, spec] of pinned) expect(lock[`node_modules/${name}`]?.version, name).toBe(spec);
  });
});
