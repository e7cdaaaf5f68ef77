import { SCORECARD_LIMITS } from '../scorecard/limits';
import type { ScorecardTemplate } from '../scorecard/types';
import { formatBytes, ImportError } from './import-error';
import { readJson, utf8Text } from './read-json';
import { readScorecardFile } from './scorecard-file-schema';

/**
 * The template a shared "trailnote.scorecard" file holds, checked from end to end, under a new id (a copy of
 * someone's template is the tester's own; its criteria keep their ids, so walks scored with both compare).
 * Throws an ImportError saying what is wrong in the tester's language; reads only, writes nothing.
 */
export async function readSharedTemplate(file: Blob, newId: () => string = () => crypto.randomUUID()): Promise<ScorecardTemplate> {
  if (file.size === 0) throw new ImportError('importEmpty');
  if (file.size > SCORECARD_LIMITS.fileBytes) throw new ImportError('scorecardFileTooBig', formatBytes(file.size), formatBytes(SCORECARD_LIMITS.fileBytes));
  const text = utf8Text(new Uint8Array(await file.arrayBuffer()));
  if (text === undefined) throw new ImportError('scorecardFileNotText');
  const template = readScorecardFile(readJson(text, 'scorecardFileTooDeep'));
  return { ...template, id: newId() };
}
