import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { viteBin } from '../../room/buildIfNeeded.ts';

test("npm run room finds vite's command-line script to build with (vite's exports do not list it)", () => {
  const bin = viteBin(process.cwd());
  expect(existsSync(bin)).toBe(true);
  expect(readFileSync(bin, 'utf8')).toMatch(/^#!.*node/);
});
