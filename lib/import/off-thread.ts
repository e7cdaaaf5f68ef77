import { uiLanguage } from '../i18n';
import { ImportError } from './import-error';
import { importJourney, type ImportedJourney } from './import-journey';
// Vite bundles the worker on its own; `new Worker(new URL(…, import.meta.url))` is not seen, as WXT rewrites import.meta.url.
import ReadWorker from './read-worker?worker';
import type { ReadAnswer, ReadRequest } from './read-answer';

/**
 * Imports a shared file in a worker of its own: unzipping, parsing and validating a large or hostile file
 * (16 MB of nested JSON, a ZIP declaring 1 GB) and writing a big walk never freeze the panel. Where no worker
 * can start (unit tests run in Node) the file is imported here.
 */
export function importJourneyOffThread(file: Blob): Promise<ImportedJourney> {
  if (typeof Worker === 'undefined') return importJourney(file);
  const worker = new ReadWorker();
  const answered = new Promise<ImportedJourney>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ReadAnswer>) => {
      if ('imported' in data) resolve(data.imported);
      else if ('refused' in data) reject(new ImportError(data.refused.key, ...data.refused.substitutions));
      else reject(new Error(data.failed));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'The import worker stopped'));
  });
  worker.postMessage({ file, language: uiLanguage(), now: Date.now() } satisfies ReadRequest);
  return answered.finally(() => worker.terminate());
}
