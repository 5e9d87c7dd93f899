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
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // one Chromium at a time: this machine has two cores
          fileParallelism: false,
        },
      },
    ],
  },
});
