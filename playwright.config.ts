import { defineConfig } from '@playwright/test';

/** End-to-end tests drive the built extension (.output/chrome-mv3) in Debian's Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  // A folder of its own: Playwright empties it at start, and the unit report sits beside it.
  outputDir: 'test-results/e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { trace: 'off' },
});
