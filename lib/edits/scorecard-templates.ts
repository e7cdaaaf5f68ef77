import { changeOwnTemplate, deleteOwnTemplate, putOwnTemplate, StoreError, type StoredTemplate } from '../db';
import { TrailnoteError } from '../errors';
import { t } from '../i18n';
import { ImportError } from '../import/import-error';
import { readSharedTemplate } from '../import/import-scorecard';
import { checkTemplate } from '../import/scorecard-file-schema';
import { findCriterion } from '../scorecard/answers';
import { copyTemplate, distinctTitle, removeCriterion } from '../scorecard/template-edits';
import { listTemplates } from '../scorecard/templates';
import type { Criterion, ScorecardTemplate } from '../scorecard/types';

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

/** The titles of every template the tester can pick, for a new one's to differ from. */
const titlesTaken = async (): Promise<string[]> => (await listTemplates()).map((template) => template.title);

/** Saves a copy of a template (a built-in's, say) as the tester's own, titled "Copy of …" (numbered when taken). */
export async function duplicateTemplate(template: ScorecardTemplate, now = Date.now()): Promise<StoredTemplate> {
  const title = distinctTitle(t('scorecardTemplatesCopyTitle', template.title), await titlesTaken());
  const copy: StoredTemplate = { ...copyTemplate(template, crypto.randomUUID(), title), createdAt: now };
  await putOwnTemplate(checked(copy));
  return copy;
}

/** Changes one of the tester's templates with a function of lib/scorecard/template-edits.ts, in one transaction. */
export function editTemplate(id: string, edit: (template: ScorecardTemplate) => ScorecardTemplate): Promise<StoredTemplate> {
  return changeOwnTemplate(id, (stored) => checked({ ...edit(stored), id: stored.id, createdAt: stored.createdAt }));
}

/** A criterion taken out of a template, and where it stood: what its undo puts back. */
export interface RemovedCriterion {
  criterion: Criterion;
  stageId: string;
  stageName: string;
  /** Its group's place among the groups, and its place in the group. */
  groupIndex: number;
  index: number;
}

/** Removes a criterion from one of the tester's templates; resolves with where it stood, for undo. */
export async function removeTemplateCriterion(id: string, criterionId: string): Promise<RemovedCriterion | undefined> {
  let removed: RemovedCriterion | undefined;
  await editTemplate(id, (template) => {
    template.groups.forEach((group, groupIndex) => {
      const index = group.criteria.findIndex((criterion) => criterion.id === criterionId);
      if (index >= 0) removed = { criterion: group.criteria[index], stageId: group.stageId, stageName: group.stageName, groupIndex, index };
    });
    return removeCriterion(template, criterionId);
  });
  return removed;
}

/** A template with a removed criterion back where it stood, its group made again if it went with it. */
export function withCriterionBack(template: ScorecardTemplate, removed: RemovedCriterion): ScorecardTemplate {
  if (findCriterion(template, removed.criterion.id)) return template;
  const at = template.groups.findIndex((group) => group.stageId === removed.stageId);
  if (at >= 0) {
    const criteria = template.groups[at].criteria.toSpliced(removed.index, 0, removed.criterion);
    return { ...template, groups: template.groups.with(at, { ...template.groups[at], criteria }) };
  }
  const group = { stageId: removed.stageId, stageName: removed.stageName, criteria: [removed.criterion] };
  return { ...template, groups: template.groups.toSpliced(removed.groupIndex, 0, group) };
}

/** Undoes removeTemplateCriterion; the tester's other changes since stay. */
export function putBackCriterion(id: string, removed: RemovedCriterion): Promise<StoredTemplate> {
  return editTemplate(id, (template) => withCriterionBack(template, removed));
}

/** Deletes one of the tester's templates; resolves with it, for undo. */
export function removeTemplate(id: string): Promise<StoredTemplate | undefined> {
  return deleteOwnTemplate(id);
}

export function putBackTemplate(template: StoredTemplate): Promise<void> {
  return putOwnTemplate(template);
}

/**
 * Reads a shared template file and saves it as the tester's own: all of it, or nothing, with the reason in words.
 * A file imported twice, or one titled like a template the tester has, comes in numbered ("Title (2)").
 */
export async function importTemplateFile(file: Blob, now = Date.now()): Promise<StoredTemplate> {
  const shared = await readSharedTemplate(file);
  const template: StoredTemplate = { ...shared, title: distinctTitle(shared.title, await titlesTaken()), createdAt: now };
  try {
    await putOwnTemplate(template);
  } catch (error) {
    if (error instanceof StoreError && error.code === 'quota') throw new ImportError('importDiskFull');
    throw error;
  }
  return template;
}
