/**
 * Prints "N passed, N failed" from the reports the unit and end-to-end runs wrote, so CI's last line
 * is counted from real runs. A missing report counts as a failure: a suite that did not run did not pass.
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

function unitCounts(): Counts {
  const report = readJson('test-results/unit.json') as { numPassedTests: number; numFailedTests: number } | null;
  if (!report) {
    console.error('No unit test report (test-results/unit.json): counted as one failure.');
    return { passed: 0, failed: 1 };
  }
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

function endToEndCounts(): Counts {
  const report = readJson('test-results/e2e.json') as { stats: { expected: number; unexpected: number; flaky: number } } | null;
  if (!report) {
    console.error('No end-to-end report (test-results/e2e.json): counted as one failure.');
    return { passed: 0, failed: 1 };
  }
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
}

const unit = unitCounts();
const e2e = endToEndCounts();
console.log(`unit: ${unit.passed} passed, ${unit.failed} failed; end-to-end: ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed} failed`);
process.exit(unit.failed + e2e.failed > 0 ? 1 : 0);
