/**
 * Prints "N passed, N failed" from the reports the lint, unit, end-to-end, soak and Firefox runs wrote, so CI's last
 * line is counted from real runs. A missing report counts as a failure: a suite that did not run did not pass.
 * The lint (ESLint, svelte-check) counts as one check; `npm test` writes its exit code.
 */
import { readFileSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function lintCounts(): Counts {
  let exitCode: string;
  try {
    exitCode = readFileSync('test-results/lint-exit-code', 'utf8').trim();
  } catch {
    console.error('No lint result (test-results/lint-exit-code): counted as one failure.');
    return { passed: 0, failed: 1 };
  }
  if (exitCode !== '0') console.error(`npm run lint failed (exit code ${exitCode}): its errors are above.`);
  return exitCode === '0' ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function unitCounts(): Counts {
  const report = readJson('test-results/unit.json') as { numPassedTests: number; numFailedTests: number } | null;
  if (!report) {
    console.error('No unit test report (test-results/unit.json): counted as one failure.');
    return { passed: 0, failed: 1 };
  }
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

/**
 * A Playwright JSON report: the end-to-end tests' (test-results/e2e.json), the soak walk's (test-results/soak.json)
 * or the Firefox walk's (test-results/firefox.json).
 */
function playwrightCounts(report: string, name: string): Counts {
  const stats = readJson(report) as { stats: { expected: number; unexpected: number; flaky: number } } | null;
  if (!stats) {
    console.error(`No ${name} report (${report}): counted as one failure.`);
    return { passed: 0, failed: 1 };
  }
  return { passed: stats.stats.expected + stats.stats.flaky, failed: stats.stats.unexpected };
}

/** `npm run test:firefox-lint`'s one check (scripts/firefox-lint.ts): web-ext lint on the Firefox build. */
function firefoxLintCounts(): Counts {
  const report = readJson('test-results/firefox-lint.json') as Counts | null;
  if (!report) {
    console.error('No Firefox lint report (test-results/firefox-lint.json): counted as one failure.');
    return { passed: 0, failed: 1 };
  }
  return { passed: report.passed, failed: report.failed };
}

const counts = {
  lint: lintCounts(),
  'firefox lint': firefoxLintCounts(),
  unit: unitCounts(),
  'end-to-end': playwrightCounts('test-results/e2e.json', 'end-to-end'),
  soak: playwrightCounts('test-results/soak.json', 'soak walk'),
  'Firefox end-to-end': playwrightCounts('test-results/firefox.json', 'Firefox end-to-end'),
};
const total = Object.values(counts).reduce((sum, { passed, failed }) => ({ passed: sum.passed + passed, failed: sum.failed + failed }), { passed: 0, failed: 0 });
console.log(
  Object.entries(counts)
    .map(([name, { passed, failed }]) => `${name}: ${passed} passed, ${failed} failed`)
    .join('; '),
);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
