import { formatIn, type MessageKey } from '../i18n';
import { ImportError } from './import-error';
import { importJourney, type ImportedJourney } from './import-journey';

/** What the panel asks the import worker (lib/import/read-worker.ts). */
export interface ReadRequest {
  file: Blob;
  /** The tester's language, for the sizes a refusal names: the worker has no `browser.i18n`. */
  language: string;
  now: number;
}

/** The worker's answer: the journey saved, a refusal to say again in the tester's words, or a failure. */
export type ReadAnswer = { imported: ImportedJourney } | { refused: { key: MessageKey; substitutions: string[] } } | { failed: string };

/** Reads, checks and saves one shared file for the panel. */
export async function answerFor({ file, language, now }: ReadRequest): Promise<ReadAnswer> {
  formatIn(language);
  try {
    return { imported: await importJourney(file, { now }) };
  } catch (error) {
    if (error instanceof ImportError) return { refused: { key: error.key, substitutions: error.substitutions } };
    return { failed: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
