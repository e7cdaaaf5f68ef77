import { describe, expect, it } from 'vitest';
import { loadJourneyBundle, type JourneyBundle } from '../../lib/db';
import { compareReport } from '../../lib/export/compare-report';
import { htmlReport } from '../../lib/export/html-report';
import { asJson, journeyFile } from '../../lib/export/journey-file';
import { lanesCsv } from '../../lib/export/lanes-csv';
import { journeyMarkdown } from '../../lib/export/markdown';
import { recorderFlow } from '../../lib/export/recorder-flow';
import { shareZip } from '../../lib/export/share-zip';
import { importJourney } from '../../lib/import/import-journey';
import { formatDuration, walkDurationWords } from '../../lib/journey/format';
import { journeySummary, stageMetrics } from '../../lib/map/metrics';
import { blobOf, sharedBundle, sharedFile } from './support/shared-files';
import { useFreshStore } from './support/rows';

useFreshStore();

const options = { makeThumbnail: (image: Blob) => Promise.resolve(image), now: 123_456 };
const explained = 'Not timed: imported from a Chrome Recorder flow, which keeps no times';

/** A flow as Chrome DevTools' Recorder saves it: steps, no times. */
const devToolsFlow = {
  title: 'Find a tent',
  steps: [
    { type: 'setViewport', width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false, hasTouch: false, isLandscape: false },
    { type: 'navigate', url: 'https://shop.example/', assertedEvents: [{ type: 'navigation', url: 'https://shop.example/', title: 'Shop' }] },
    {
      type: 'click',
      target: 'main',
      selectors: [['aria/Tents[role="link"]'], ['#tents']],
      offsetX: 4,
      offsetY: 5,
      assertedEvents: [{ type: 'navigation', url: 'https://shop.example/tents', title: 'Tents' }],
    },
  ],
};

/** The flow imported (and so stored), read back as the map and the exports read it. */
async function importedFlow(): Promise<JourneyBundle> {
  const { rows } = await importJourney(blobOf(JSON.stringify(devToolsFlow)), options);
  return loadJourneyBundle(rows.journey.id);
}

describe('a walk imported from a Chrome Recorder flow has no times', () => {
  it('is marked untimed, and its duration and time spent are absent, not 0', async () => {
    const bundle = await importedFlow();
    expect(bundle.journey.untimed).toBe(true);
    expect(journeySummary(bundle.journey, bundle.steps)).toMatchObject({ steps: 3, pages: 2, duration: undefined });
    expect(stageMetrics(bundle.journey, bundle.steps, bundle.annotations).map((stage) => stage.timeSpent)).toEqual(bundle.journey.stages.map(() => undefined));
  });

  it('reads "—" with the reason in the report, the Markdown and the comparison, and leaves the CSV’s timing cells empty', async () => {
    const bundle = await importedFlow();
    const markdown = journeyMarkdown(bundle);
    expect(markdown).toContain('- **Duration:** — \\(Not timed: imported from a Chrome Recorder flow, which keeps no times\\)');
    expect(markdown).toContain('Time spent: — · Average emotion');
    expect(markdown).not.toMatch(/\b0 s\b/);

    const report = htmlReport(bundle, { thumbnails: new Map(), full: new Map() }, { generatedAt: 200_000, timeZone: 'UTC' });
    expect(report).toContain(`<dt>Duration</dt><dd>— (${explained})</dd>`);
    expect(report).toContain('<dt>Time spent</dt><dd>—</dd>');
    expect(report).not.toMatch(/\b0 s\b/);

    expect(compareReport([bundle, bundle], [new Map(), new Map()])).not.toMatch(/\b0 s\b/);

    // Load figures are the last seven columns: a flow has none, so they are empty, not 0.
    const rows = lanesCsv(bundle).trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.split(',').slice(-7)).toEqual(Array(7).fill('""'));
  });

  it('stays untimed when shared as JSON or ZIP and imported back, or exported again as a Recorder flow', async () => {
    const bundle = await importedFlow();
    const file = journeyFile(bundle, 200_000);
    expect(file.journey.untimed).toBe(true);

    const fromJson = await importJourney(blobOf(asJson(file)), options);
    expect(fromJson.source).toBe('json');
    expect(fromJson.rows.journey.untimed).toBe(true);
    const fromZip = await importJourney(blobOf(await shareZip(bundle)), options);
    expect(fromZip.rows.journey.untimed).toBe(true);
    const fromFlow = await importJourney(blobOf(asJson(recorderFlow(bundle))), options);
    expect(fromFlow.rows.journey.untimed).toBe(true);
    expect((await loadJourneyBundle(fromJson.rows.journey.id)).journey.untimed).toBe(true);
  });
});

describe('a recorded walk keeps its times', () => {
  it('writes no untimed mark, and a file without one (every older file) imports timed', async () => {
    const file = sharedFile();
    expect(Object.keys(journeyFile(sharedBundle).journey)).not.toContain('untimed');
    const { rows } = await importJourney(blobOf(JSON.stringify(file)), options);
    expect(rows.journey.untimed).toBeUndefined();
    expect(journeySummary(rows.journey, rows.steps).duration).toBe((file.journey.endedAt ?? 0) - file.journey.startedAt);
  });

  it('refuses a file whose mark is not true or false', async () => {
    const file = { ...sharedFile(), journey: { ...sharedFile().journey, untimed: 'yes' } };
    await expect(importJourney(blobOf(JSON.stringify(file)), options)).rejects.toThrow(/untimed/);
  });

  it('formats an absent duration as a dash, and says why where there are no tooltips', () => {
    expect(formatDuration(undefined)).toBe('—');
    expect(formatDuration(0)).toBe('0 s');
    expect(walkDurationWords(undefined)).toBe(`— (${explained})`);
    expect(walkDurationWords(95_000)).toBe('2 min');
  });
});
