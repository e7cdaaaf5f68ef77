import { changeOwnTemplate, deleteOwnTemplate, putOwnTemplate, StoreError, type StoredTemplate } from '../db';
import { TrailnoteError } from '../errors';
import { t } from '../i18n';
import { ImportError } from '../import/import-error';
import { readSharedTemplate } from '../import/import-scorecard';
import { checkTemplate } from '../import/scorecard-file-schema';
import { copyTemplate } from '../scorecard/template-edits';
import type { ScorecardTemplate } from '../scorecard/types';

/**
 * The tester's changes to their own scorecard templates, each one store transaction (the store announces it).
 * What is saved always passes the share file's checks, so every template made here can be shared and imported back.
 */

/** A template the checks refuse is a refused edit, not a refused file. */
function checked<T extends ScorecardTemplate>(template: T): T {
  try {
    checkTemplate(template);
    return template;
  } catch (error) {
    if (error instanceof ImportError) throw new TrailnoteError('invalid-edit', error.message, { cause: error });
    throw error;
  }
}

/** Saves a copy of a template (a built-in's, say) as the tester's own, titled "Copy of …". */
export async function duplicateTemplate(template: ScorecardTemplate, now = Date.now()): Promise<StoredTemplate> {
  const copy: StoredTemplate = { ...copyTemplate(template, crypto.randomUUID(), t('scorecardTemplatesCopyTitle', template.title)), createdAt: now };
  await putOwnTemplate(checked(copy));
  return copy;
}

/** Changes one of the tester's templates with a function of lib/scorecard/template-edits.ts, in one transaction. */
export function editTemplate(id: string, edit: (template: ScorecardTemplate) => ScorecardTemplate): Promise<StoredTemplate> {
  return changeOwnTemplate(id, (stored) => checked({ ...edit(stored), id: stored.id, createdAt: stored.createdAt }));
}

/** Deletes one of the tester's templates; resolves with it, for undo. */
export function removeTemplate(id: string): Promise<StoredTemplate | undefined> {
  return deleteOwnTemplate(id);
}

export function putBackTemplate(template: StoredTemplate): Promise<void> {
  return putOwnTemplate(template);
}

/** Reads a shared template file and saves it as the tester's own: all of it, or nothing, with the reason in words. */
export async function importTemplateFile(file: Blob, now = Date.now()): Promise<StoredTemplate> {
  const template: StoredTemplate = { ...(await readSharedTemplate(file)), createdAt: now };
  try {
    await putOwnTemplate(template);
  } catch (error) {
    if (error instanceof StoreError && error.code === 'quota') throw new ImportError('importDiskFull');
    throw error;
  }
  return template;
}
