import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// The model is pure: no unseeded randomness, no clock, no timers (design.md, src/sim row).
const dir = join(import.meta.dirname, '../../src/sim');
// the shared files, the readable model (model/) and the engine (engine/)
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

test('src/sim has source files to check', () => expect(files.length).toBeGreaterThan(10));

test.each(files)('%s uses no Math.random, Date, performance or setTimeout', (file) => {
  const code = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  for (const banned of [/Math\.random/, /\bDate\b/, /\bperformance\b/, /\bsetTimeout\b/, /\bsetInterval\b/]) {
    expect(code).not.toMatch(banned);
  }
});

// Transcendental functions are not specified to the last bit and differ between engines (Node 20 and Chromium do):
// the model computes them in detMath.ts. Math.log remains only where an exact loop corrects its estimate.
test.each(files.filter((f) => f !== 'detMath.ts'))('%s uses no engine-dependent math', (file) => {
  const code = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const banned =
    /Math\.(exp|expm1|pow|sin|cos|tan|sinh|cosh|tanh|asin|acos|atan|atan2|cbrt|hypot|log1p|log2|log10)\b|\*\*/;
  expect(code).not.toMatch(banned);
});
