import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { JourneyFile } from '../../lib/export/journey-file';
import { demoProfilePrefix, demoTitle, runDemo } from '../../scripts/demo';
import { expect, test } from './fixtures';

/** The demo's temporary Chromium profiles now in the system's temp folder. */
async function demoProfiles(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith(demoProfilePrefix));
}

test('npm run demo walks the shop and saves the ZIP, the HTML report and the JSON, and leaves no profile behind', async () => {
  // The extension is built already (npm test builds before the end-to-end run): runDemo skips the build.
  const outDir = await mkdtemp(join(tmpdir(), 'trailnote-demo-test-'));
  const profilesBefore = await demoProfiles();
  try {
    const files = await runDemo({ outDir });
    for (const file of Object.values(files)) {
      expect(existsSync(file), file).toBe(true);
      expect(dirname(file)).toBe(outDir);
    }

    // The standalone JSON: Trailnote's share format, the four stages the walk went through, its feelings.
    // Read as the format it should be; the checks below are what make it so.
    const shared: JourneyFile = JSON.parse(await readFile(files.json, 'utf8'));
    expect(shared).toMatchObject({ format: 'trailnote.journey', version: 1, journey: { title: demoTitle, persona: 'First-time camper' } });
    const { steps, annotations } = shared;
    const stageIds = new Set(steps.map((step) => step.stageId));
    expect([...stageIds]).toEqual(['awareness', 'consideration', 'decision', 'purchase']);
    for (const id of stageIds) expect(shared.journey.stages.map((stage) => stage.id)).toContain(id);
    expect(annotations.filter((note) => note.kind === 'emotion').map((note) => note.emotion)).toEqual([1, -1, 2, -2]);
    expect(annotations.filter((note) => note.kind !== 'emotion').map((note) => [note.kind, note.text])).toEqual([
      ['delight', 'The hero says what the shop sells'],
      ['friction', 'No filter for tent size'],
      ['opportunity', 'Show the packed size next to the photo'],
      ['pain-point', 'The cart took ages to open'],
    ]);

    // The ZIP: the same walk, with its report, lanes, replay flow and every screenshot the steps name.
    const zipped = unzipSync(new Uint8Array(await readFile(files.zip)));
    const entries = Object.keys(zipped);
    expect(entries).toEqual(expect.arrayContaining(['journey.json', 'report.html', 'lanes.csv', 'recorder.json']));
    const shots = entries.filter((entry) => /^screenshots\/[^/]+\.jpg$/.test(entry));
    expect(shots.length).toBeGreaterThanOrEqual(1);
    for (const step of steps) if (step.screenshot) expect(entries).toContain(step.screenshot);
    expect(JSON.parse(strFromU8(zipped['journey.json'])).journey.id).toBe(shared.journey.id);

    // The HTML report names the journey.
    expect(await readFile(files.html, 'utf8')).toContain(demoTitle);

    // The browser's profile was deleted, as after every run.
    expect(await demoProfiles()).toEqual(profilesBefore);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
});
