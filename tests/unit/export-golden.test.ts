/**
 * Golden files: each text export of the fixture walk (support/export-bundle.ts), byte for byte, in
 * tests/unit/golden/. A change to an exporter shows up as a diff of the file a user would get.
 *
 * To change a golden file on purpose, run `npx vitest run tests/unit/export-golden.test.ts -u` (or
 * `npx vitest run -u` for all; `-u` takes an optional value, so it goes after the file), then read the diff
 * of tests/unit/golden/ as a reviewer would before committing it. Under CI (CI=true) vitest
 * neither writes a missing golden file nor rewrites a different one: the test fails. Elsewhere a missing
 * file is written and the test passes, so a new golden file is read before it is committed.
 *
 * The output is pinned: fixed times and ids in the fixture, English with an "en" UI language, and the
 * report's dates in UTC (by default it writes the machine's zone). Dates still go through Node's ICU, so a
 * Node upgrade may change how "March 14, 2026 at 9:30 AM" is spelt: that is a diff to read, not to fear.
 *
 * One thing the comparison forgives: when the received text holds no CRLF at all, vitest compares a golden
 * file's CRLFs as LFs. The CSV's CRLF rows are therefore also asserted in export-formats.test.ts, and
 * .gitattributes keeps git from changing the line ends of tests/unit/golden/.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { htmlReport } from '../../lib/export/html-report';
import { asJson, journeyFile } from '../../lib/export/journey-file';
import { lanesCsv } from '../../lib/export/lanes-csv';
import { journeyMarkdown } from '../../lib/export/markdown';
import { recorderFlow } from '../../lib/export/recorder-flow';
import { scorecardCsv } from '../../lib/export/scorecard-csv';
import { EXPORTED_AT, PICTURES, exportBundle } from './support/export-bundle';

beforeEach(() => {
  // fakeBrowser has no i18n and t() falls back to English already; pinned so that it stays that way.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
});

describe('golden files', () => {
  it('journey.json: the share file', async () => {
    await expect(asJson(journeyFile(exportBundle(), EXPORTED_AT))).toMatchFileSnapshot('./golden/journey.json');
  });

  it('lanes.csv: a row per step', async () => {
    await expect(lanesCsv(exportBundle())).toMatchFileSnapshot('./golden/lanes.csv');
  });

  it('scorecard.csv: a row per criterion, a score per stage and overall', async () => {
    await expect(scorecardCsv(exportBundle())).toMatchFileSnapshot('./golden/scorecard.csv');
  });

  it('journey.md: the walk for tickets and docs', async () => {
    await expect(journeyMarkdown(exportBundle())).toMatchFileSnapshot('./golden/journey.md');
  });

  it('recorder.json: the Chrome Recorder flow', async () => {
    await expect(asJson(recorderFlow(exportBundle()))).toMatchFileSnapshot('./golden/recorder.json');
  });

  it('report.html: the journey map that opens offline', async () => {
    const html = htmlReport(exportBundle(), PICTURES, { generatedAt: EXPORTED_AT, timeZone: 'UTC' });
    await expect(html).toMatchFileSnapshot('./golden/report.html');
  });
});
