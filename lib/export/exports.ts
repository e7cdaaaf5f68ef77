import type { JourneyBundle } from '../db';
import type { MessageKey } from '../i18n';
import { privateBundle } from '../privacy/private-walk';
import { compareReport } from './compare-report';
import { download, fileName } from './download';
import { htmlReportWithPictures } from './html-report';
import { asJson, journeyFile } from './journey-file';
import { lanesCsv } from './lanes-csv';
import { journeyMarkdown } from './markdown';
import { recorderFlow } from './recorder-flow';
import { readScreenshots, reportPictures } from './screenshot-data';
import { shareZip } from './share-zip';
import { scorecardCsv } from './scorecard-csv';

/** The files a journey can be shared as from the map, each a named button. */
export interface ExportFormat {
  label: MessageKey;
  save: (bundle: JourneyBundle) => Promise<void>;
  /** Whether the walk has anything to put in this file; offered for every walk when absent. */
  offered?: (bundle: JourneyBundle) => boolean;
}

const name = (bundle: JourneyBundle, extension: string) => fileName(bundle.journey.title, extension);

const FORMATS: readonly ExportFormat[] = [
  { label: 'exportZip', save: async (bundle) => download(name(bundle, 'trailnote.zip'), await shareZip(bundle), 'application/zip') },
  {
    label: 'exportHtml',
    save: async (bundle) => download(name(bundle, 'html'), await htmlReportWithPictures(bundle, await readScreenshots(bundle.steps)), 'text/html;charset=utf-8'),
  },
  { label: 'exportJson', save: async (bundle) => download(name(bundle, 'trailnote.json'), asJson(journeyFile(bundle)), 'application/json') },
  { label: 'exportCsv', save: async (bundle) => download(name(bundle, 'csv'), lanesCsv(bundle), 'text/csv;charset=utf-8') },
  {
    label: 'exportScorecardCsv',
    offered: (bundle) => bundle.journey.scorecard !== undefined,
    save: async (bundle) => {
      const csv = scorecardCsv(bundle);
      if (csv) download(name(bundle, 'scorecard.csv'), csv, 'text/csv;charset=utf-8');
    },
  },
  { label: 'exportMarkdown', save: async (bundle) => download(name(bundle, 'md'), journeyMarkdown(bundle), 'text/markdown;charset=utf-8') },
  { label: 'exportRecorder', save: async (bundle) => download(name(bundle, 'recorder.json'), asJson(recorderFlow(bundle)), 'application/json') },
];

/**
 * The map's export buttons. Every file is written from the walk under the privacy rules of lib/privacy:
 * a walk stored before a rule existed is cleaned on the way out, and a clean one comes out the same.
 */
export const EXPORT_FORMATS: readonly ExportFormat[] = FORMATS.map((format) => ({ ...format, save: (bundle) => format.save(privateBundle(bundle)) }));

/** The export buttons a walk gets: the scorecard's only once it is scored. */
export const exportFormatsFor = (bundle: JourneyBundle): readonly ExportFormat[] => EXPORT_FORMATS.filter((format) => format.offered?.(bundle) ?? true);

/**
 * The compare view's "Export comparison": the walks side by side as one HTML file. Each walk goes under the
 * privacy rules first, as every other export does.
 */
export async function saveComparison(bundles: readonly JourneyBundle[]): Promise<void> {
  const shared = bundles.map(privateBundle);
  const pictures = await Promise.all(shared.map(async (bundle) => (await reportPictures(await readScreenshots(bundle.steps), [])).thumbnails));
  const name = fileName(shared.map((bundle) => bundle.journey.title).join(' - '), 'comparison.html');
  download(name, compareReport(shared, pictures), 'text/html;charset=utf-8');
}
