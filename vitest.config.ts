import { defineConfig } from 'vitest/config';

/**
 * Three layers, run in this order by `npm test`:
 * - unit: pure modules of src/ and tools/, no build needed;
 * - dist: parses the built site in dist/ (run after `astro build`);
 * - browser: Playwright + Debian's Chromium against the built site.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'dist',
          include: ['tests/built/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Fixture builds share Astro's intermediate bundle folder (.astro/),
          // so two at once can break each other: one test file at a time.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
