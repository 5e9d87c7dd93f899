import { expect, test } from 'vitest';
import { determinismCases, runHashes, simulate } from '../../src/sim/index.ts';
import { useBuiltTestPage } from './harness.ts';

// Same seed, same numbers, in Node and in Chromium: what lets every window and the handout agree.
const openTestPage = useBuiltTestPage('test/e2e/determinism-page');

test('the state hash at every tick is identical in Node and in Chromium', async () => {
  const page = await openTestPage();
  const inBrowser = await page.evaluate(
    () =>
      (window as unknown as { __determinism: { results: { name: string; hashes: string[] }[]; summary: string } })
        .__determinism,
  );
  const inNode = determinismCases.map((c) => ({ name: c.name, hashes: runHashes(c.params, c.seed, c.ticks) }));
  expect(inBrowser.results.map((r) => r.hashes.length)).toEqual(inNode.map((r) => r.hashes.length));
  expect(inBrowser.results).toEqual(inNode);
  expect(inBrowser.summary).toBe(JSON.stringify(simulate({}, 11).byStrategy));
  // and the hashes are not trivially equal: a run changes its state, and seeds differ
  expect(new Set(inNode[0]!.hashes).size).toBeGreaterThan(inNode[0]!.hashes.length / 2);
  await page.close();
});
