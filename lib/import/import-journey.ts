import { addJourneyRows, StoreError, type JourneyRows } from '../db';
import { downscaleToJpeg, thumbnailMaxWidth } from '../capture/downscale';
import { formatBytes, ImportError } from './import-error';
import { readJourneyFile, SCREENSHOT_ENTRY, THUMBNAIL_ENTRY, type SharedJourney } from './journey-file-schema';
import { journeyFromRecorderFlow } from './from-recorder-flow';
import { journeyRows, type MakeThumbnail, type Pictures } from './journey-rows';
import { IMPORT_LIMITS, type ImportLimits } from '../journey/limits';
import { readJson, utf8Text } from './read-json';
import { readZip } from './read-zip';
import { looksLikeRecorderFlow } from './recorder-flow-schema';
import { JOURNEY_FORMAT } from '../export/journey-file';

/** What kind of file a journey came from: it decides what the tester is told came with it. */
export type ImportSource = 'zip' | 'json' | 'recorder';

export interface ImportedJourney {
  rows: JourneyRows;
  source: ImportSource;
}

export interface ImportOptions {
  limits?: ImportLimits;
  makeThumbnail?: MakeThumbnail;
  now?: number;
}

/** A page's own thumbnail maker: the one screenshots are stored with. */
const drawThumbnail: MakeThumbnail = async (image) => (await downscaleToJpeg(image, thumbnailMaxWidth, 0.7)).blob;

/** "PK\x03\x04" starts a ZIP's first entry; "PK\x05\x06" is all an empty ZIP holds. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

const isObject = (data: unknown): data is object => typeof data === 'object' && data !== null && !Array.isArray(data);
const isJourneyFile = (data: object): boolean => 'format' in data && data.format === JOURNEY_FORMAT;

function textOf(bytes: Uint8Array): unknown {
  const text = utf8Text(bytes);
  if (text === undefined) throw new ImportError('importNotText');
  return readJson(text);
}

function fromZip(bytes: Uint8Array<ArrayBuffer>, limits: ImportLimits): { file: SharedJourney; pictures: Pictures } {
  const entries = readZip(bytes, (name) => name === 'journey.json' || SCREENSHOT_ENTRY.test(name) || THUMBNAIL_ENTRY.test(name), limits);
  const journey = entries.get('journey.json');
  if (!journey) throw new ImportError('importZipNoJourney');
  const data = textOf(journey);
  if (!isObject(data) || !isJourneyFile(data)) throw new ImportError('importZipNoJourney');
  entries.delete('journey.json');
  return { file: readJourneyFile(data), pictures: entries };
}

function fromJson(bytes: Uint8Array, now: number): { file: SharedJourney; source: ImportSource } {
  const data = textOf(bytes);
  if (isObject(data) && isJourneyFile(data)) return { file: readJourneyFile(data), source: 'json' };
  if (isObject(data) && looksLikeRecorderFlow(data)) return { file: journeyFromRecorderFlow(data, now), source: 'recorder' };
  throw new ImportError('importNotJourney');
}

/**
 * The journey a shared file holds, checked from end to end, as store rows under new ids. Reads our ZIP,
 * our JSON and Chrome Recorder flows. Throws an ImportError saying what is wrong; nothing is written.
 */
async function readSharedJourney(file: Blob, { limits = IMPORT_LIMITS, makeThumbnail = drawThumbnail, now = Date.now() }: ImportOptions = {}): Promise<ImportedJourney> {
  if (file.size === 0) throw new ImportError('importEmpty');
  if (file.size > limits.fileBytes) throw new ImportError('importTooBig', formatBytes(file.size), formatBytes(limits.fileBytes));
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isZip(bytes)) {
    const { file: shared, pictures } = fromZip(bytes, limits);
    return { rows: await journeyRows(shared, { pictures, makeThumbnail, now }), source: 'zip' };
  }
  if (bytes.length > limits.journeyBytes) throw new ImportError('importJsonTooBig', formatBytes(bytes.length), formatBytes(limits.journeyBytes));
  const { file: shared, source } = fromJson(bytes, now);
  return { rows: await journeyRows(shared, { makeThumbnail, now }), source };
}

/**
 * Reads a shared file and saves its journey in one transaction: all of it, or, when anything fails, nothing.
 * The library does this in a worker (lib/import/off-thread.ts), so that the panel keeps answering.
 */
export async function importJourney(file: Blob, options?: ImportOptions): Promise<ImportedJourney> {
  const imported = await readSharedJourney(file, options);
  try {
    await addJourneyRows(imported.rows);
  } catch (error) {
    // The store's own words speak of a walk being recorded; here the tester needs room for the file.
    if (error instanceof StoreError && error.code === 'quota') throw new ImportError('importDiskFull');
    throw error;
  }
  return imported;
}
