import type { JourneyBundle } from '../db';
import type { MessageKey } from '../i18n';
import { download, fileName } from './download';
import { journeyFile } from './journey-file';
import { lanesCsv } from './lanes-csv';
import { journeyMarkdown } from './markdown';
import { recorderFlow } from './recorder-flow';

/** The files a journey can be shared as from the map, each a named button. */
export interface ExportFormat {
  label: MessageKey;
  save: (bundle: JourneyBundle) => void;
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { label: 'exportJson', save: (bundle) => download(fileName(bundle.journey.title, 'trailnote.json'), json(journeyFile(bundle)), 'application/json') },
  { label: 'exportCsv', save: (bundle) => download(fileName(bundle.journey.title, 'csv'), lanesCsv(bundle), 'text/csv;charset=utf-8') },
  { label: 'exportMarkdown', save: (bundle) => download(fileName(bundle.journey.title, 'md'), journeyMarkdown(bundle), 'text/markdown;charset=utf-8') },
  { label: 'exportRecorder', save: (bundle) => download(fileName(bundle.journey.title, 'recorder.json'), json(recorderFlow(bundle)), 'application/json') },
];
