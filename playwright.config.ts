import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built extension (.output/chrome-mv3) in Debian's Chromium. The soak walk
 * (tests/soak/) is a project of its own that runs only when asked for (`npm run test:soak`): it takes
 * minutes, and `npm test` stays quick.
 */
export default defineConfig({
  // A folder of its own: Playwright empties it at start, and the unit report sits beside it.
  outputDir: 'test-results/e2e',
  // Room for the longest walks (annotate, map: two walks and a browser restart) on a 2-core machine whose CPUs are
  // busy: they take 30–50 s quiet and up to three times that loaded. A test waits on conditions, never on this.
  timeout: 180_000,
  // An assertion waits for its condition this long at most: with the CPUs loaded (issue 17: two busy loops beside
  // the suite), a saved edit took over 10 s to show once in six runs.
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { trace: 'off' },
  projects: [
    { name: 'e2e', testDir: 'tests/e2e' },
    // Its report goes to test-results/soak.json (PLAYWRIGHT_JSON_OUTPUT_FILE in `npm run test:soak`), so CI counts both.
    { name: 'soak', testDir: 'tests/soak', outputDir: 'test-results/soak', timeout: 20 * 60_000, default: false },
    // Firefox ESR driven by puppeteer-core over WebDriver BiDi (`npm run test:firefox`, report test-results/firefox.json).
    { name: 'firefox', testDir: 'tests/firefox', outputDir: 'test-results/firefox', default: false },
  ],
});
