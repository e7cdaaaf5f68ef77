import { strToU8, zipSync, type Zippable } from 'fflate';
import type { JourneyBundle } from '../db';
import { htmlReportWithPictures } from './html-report';
import { asJson, journeyFile, screenshotPath, thumbnailPath } from './journey-file';
import { lanesCsv } from './lanes-csv';
import { recorderFlow } from './recorder-flow';
import { readScreenshots } from './screenshot-data';
import { scorecardCsv } from './scorecard-csv';

/**
 * The share file: journey.json, screenshots/<id>.jpg with thumbnails/<id>.jpg, report.html, lanes.csv,
 * recorder.json, and scorecard.csv when the walk is scored. JPEGs are stored as they are (compressing them
 * again gains nothing); the text is deflated.
 */
export async function shareZip(bundle: JourneyBundle): Promise<Uint8Array<ArrayBuffer>> {
  const shots = await readScreenshots(bundle.steps);
  const files: Zippable = {
    'journey.json': strToU8(asJson(journeyFile(bundle))),
    'report.html': strToU8(await htmlReportWithPictures(bundle, shots)),
    'lanes.csv': strToU8(lanesCsv(bundle)),
    'recorder.json': strToU8(asJson(recorderFlow(bundle))),
  };
  const scorecard = scorecardCsv(bundle);
  if (scorecard) files['scorecard.csv'] = strToU8(scorecard);
  for (const shot of shots.values()) {
    files[screenshotPath(shot.id)] = [new Uint8Array(await shot.image.arrayBuffer()), { level: 0 }];
    files[thumbnailPath(shot.id)] = [new Uint8Array(await shot.thumbnail.arrayBuffer()), { level: 0 }];
  }
  return zipSync(files, { level: 6 });
}
