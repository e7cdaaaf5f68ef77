import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import french from '../../public/_locales/fr/messages.json';
import type { JourneyBundle } from '../../lib/db';
import { lanesCsv } from '../../lib/export/lanes-csv';
import { journeyMarkdown } from '../../lib/export/markdown';
import { exportBundle } from './support/export-bundle';

const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';

/** The fixture walk (support/export-bundle.ts) as Firefox records it: its user agent, and no layout stability on any page. */
function recordedInFirefox(): JourneyBundle {
  const bundle = exportBundle();
  return {
    ...bundle,
    journey: { ...bundle.journey, environment: { ...bundle.journey.environment!, userAgent: firefox } },
    steps: bundle.steps.map((step) => (step.kind === 'navigation' && step.timing ? { ...step, timing: { ...step.timing, cls: undefined } } : step)),
  };
}

/**
 * The CSV's rows as cells. Rows end in CRLF, and a CRLF inside a quoted cell (a note's line break) is followed by
 * text, not a quote; every cell is quoted, so `","` splits a row (no fixture cell holds that sequence).
 */
const cells = (csv: string): string[][] =>
  csv
    .slice(1)
    .split(/\r\n(?="|$)/)
    .filter((line) => line !== '')
    .map((line) => line.slice(1, -1).split('","'));

beforeEach(() => fakeBrowser.reset());

describe('exports of a walk recorded in Firefox', () => {
  it('say in the CSV that a page’s layout stability was not measured, in its own column, and leave clicks and routes empty', () => {
    const [header, ...rows] = cells(lanesCsv(recordedInFirefox()));
    const cls = header.indexOf('Layout stability (CLS)');
    const bundle = recordedInFirefox();
    expect(cls).toBeGreaterThan(0);
    expect(rows.map((row) => row[cls])).toEqual(bundle.steps.map((step) => (step.kind === 'navigation' && step.navigation === 'load' ? 'not measured in Firefox' : '')));
    // The figures Firefox measured are still there, in their columns.
    expect(rows[0][header.indexOf('Fully loaded, ms')]).toBe('900');
  });

  it('keep Chrome’s figure in the CSV, and say nothing is unmeasured', () => {
    const csv = lanesCsv(exportBundle());
    expect(csv).toContain('"0.05"');
    expect(csv).not.toContain('not measured');
  });

  it('say in the Markdown’s facts that layout stability was not measured, beside the signals', () => {
    const lines = journeyMarkdown(recordedInFirefox()).split('\n');
    const said = lines.indexOf('- **Layout stability (CLS):** not measured in Firefox');
    expect(said).toBeGreaterThan(0);
    expect(lines[said - 1]).toMatch(/^- \*\*Noticed by Trailnote:\*\*/);
    expect(journeyMarkdown(exportBundle())).not.toContain('not measured');
  });

  it('say it in French for a French tester', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (french as Record<string, { message: string }>)[key]?.message.replace(/\$P\d\$/g, '') ?? '');
    expect(lanesCsv(recordedInFirefox())).toContain('"non mesuré dans Firefox"');
    expect(journeyMarkdown(recordedInFirefox())).toContain('** non mesuré dans Firefox');
  });
});
