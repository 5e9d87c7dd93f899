import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { paramSchema, presetNames } from '../../src/sim/index.ts';

// The facilitator's parameter table must stay consistent with the schema it describes.
const readme = readFileSync(join(import.meta.dirname, '../../src/sim/README.md'), 'utf8');

test.each(paramSchema.map((s) => [s.name, s] as const))('README documents %s with its default and range', (name, s) => {
  const row = readme.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
  expect(row).toBeDefined();
  expect(row).toContain(`| ${s.default} |`);
  if (s.type !== 'enum') expect(row).toContain(`${s.min} – ${s.max}`);
});

test.each(presetNames)('README names preset %s', (name) => expect(readme).toContain(`| \`${name}\` |`));
