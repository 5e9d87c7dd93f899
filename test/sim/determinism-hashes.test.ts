import { beforeAll, expect, test, vi } from 'vitest';
import { determinismCases, runHashes } from '../../src/sim/index.ts';

vi.setConfig({ testTimeout: 60_000 });

/**
 * The Node side of the browser determinism check: the e2e test runs `runHashes` over the same `determinismCases`
 * (exported from src/sim) in real Chromium and compares with the lists computed here; the final hashes are pinned
 * below so that any change to the model's arithmetic shows up as a deliberate snapshot update.
 */

// each case's hashes, computed once and shared by both tests
const computed = new Map<string, string[]>();
beforeAll(() => {
  for (const c of determinismCases) computed.set(c.name, runHashes(c.params, c.seed, c.ticks));
});

test.each(determinismCases)(
  '$name: one 8-hex-digit hash per tick, stable across calls',
  ({ name, params, seed, ticks }) => {
    const hashes = computed.get(name)!;
    expect(hashes).toHaveLength(ticks + 1);
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{8}$/);
    expect(new Set(hashes).size).toBeGreaterThan(ticks / 2);
    expect(runHashes(params, seed, ticks)).toEqual(hashes);
  },
);

test('final hashes (pinned)', () => {
  expect(determinismCases.map((c) => `${c.name}: ${computed.get(c.name)!.at(-1)}`)).toMatchInlineSnapshot(`
    [
      "default: 52151736",
      "moving-day lead 25: 43f8f198",
      "science: 50d327f3",
    ]
  `);
});
