import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (Node, jsdom where a file asks for it) and real-browser tests against the built dist/.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          environment: 'node',
          // a limit for hangs, not a speed check: with the other core busy, a 2,000-member model test takes 20 s
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          // expect.poll gives up after 1 s by default: on a busy machine a browser can take longer than that to do what
          // is awaited (mount a widget, save, re-centre). A poll returns as soon as its condition holds, so a long
          // limit costs nothing when all is well.
          expect: { poll: { timeout: 15_000 } },
          hookTimeout: 120_000,
          // one Chromium at a time: this machine has two cores
          fileParallelism: false,
        },
      },
    ],
  },
});
