import { defineConfig } from '@playwright/test';

/** End-to-end tests drive the built extension (.output/chrome-mv3) in Debian's Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  // A folder of its own: Playwright empties it at start, and the unit report sits beside it.
  outputDir: 'test-results/e2e',
  // Room for the longest walks (annotate, map: two walks and a browser restart) on a 2-core machine whose CPUs are
  // busy: they take 30–50 s quiet and up to three times that loaded. A test waits on conditions, never on this.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { trace: 'off' },
});
