import { logError } from '../diagnostics';
import {
  duplicateTemplate,
  editTemplate,
  importTemplateFile,
  putBackCriterion,
  putBackTemplate,
  removeTemplate,
  removeTemplateCriterion,
  type RemovedCriterion,
} from '../edits/scorecard-templates';
import { codeOf, messageOf } from '../errors';
import { downloadScorecardTemplate } from '../export/scorecard-file';
import { t } from '../i18n';
import { addCriterion, changeCriterion, moveCriterion, renameTemplate } from '../scorecard/template-edits';
import type { Criterion, ScorecardTemplate } from '../scorecard/types';
import { panel } from './panel-state.svelte';
import { criteriaIn, criteriaWords } from './scorecard-templates.svelte';
import type { StageChoice } from './scorecard-groups';
import { undo } from './undo.svelte';

/** A criterion as the editor's form gives it: everything but the id. */
export type CriterionDraft = Omit<Criterion, 'id'>;

/** How the last imported file fared. */
export interface TemplateImportOutcome {
  message: string;
  /** Set when it was imported: the new template, to edit. */
  templateId?: string;
}

/**
 * The template manager (issue 18): which of the tester's templates is open in the editor, what the last import
 * said, and every change the manager makes. Each change is one store transaction of lib/edits/scorecard-templates.ts
 * run through `panel.edit`, so a refusal shows its words; the template list follows from the store's change notice.
 * What a screen reader should hear after a change that moves or adds things is in `announcement`.
 */
class TemplateManager {
  editingId = $state<string | null>(null);
  announcement = $state('');
  importing = $state(false);
  importOutcome = $state<TemplateImportOutcome | null>(null);

  /** Announced in the manager's live region; the same words twice are still heard (the region is emptied first). */
  announce(words: string): void {
    this.announcement = '';
    queueMicrotask(() => (this.announcement = words));
  }

  edit(template: ScorecardTemplate | null): void {
    this.editingId = template?.id ?? null;
    this.importOutcome = null;
  }

  /** Copies a template (a built-in's) as the tester's own and opens the copy in the editor. */
  duplicate = (template: ScorecardTemplate) =>
    panel.edit(async () => {
      const copy = await duplicateTemplate(template);
      this.edit(copy);
      this.announce(t('templateDuplicated', copy.title));
    }, 'templates: duplicating');

  rename = (id: string, title: string) => panel.edit(() => editTemplate(id, (template) => renameTemplate(template, title)), 'templates: renaming');

  addCriterion = (id: string, stage: StageChoice, draft: CriterionDraft) =>
    panel.edit(async () => {
      await editTemplate(id, (template) => addCriterion(template, stage, { ...draft, id: crypto.randomUUID() }));
      this.announce(t('templateCriterionAdded', draft.text.trim(), stage.stageName));
    }, 'templates: adding a criterion');

  changeCriterion = (id: string, criterionId: string, change: CriterionDraft) =>
    panel.edit(() => editTemplate(id, (template) => changeCriterion(template, criterionId, change)), 'templates: changing a criterion');

  /** Moves a criterion within its stage and says where it is now ("2 of 5"). */
  moveCriterion = (id: string, criterion: Criterion, offset: -1 | 1) =>
    panel.edit(async () => {
      const moved = await editTemplate(id, (template) => moveCriterion(template, criterion.id, offset));
      const group = moved.groups.find((each) => each.criteria.some((one) => one.id === criterion.id));
      if (!group) return;
      const position = group.criteria.findIndex((one) => one.id === criterion.id) + 1;
      this.announce(t('templateCriterionMoved', criterion.text, position, group.criteria.length));
    }, 'templates: moving a criterion');

  removeCriterion = (id: string, criterion: Criterion) =>
    panel.edit(async () => {
      const removed: RemovedCriterion | undefined = await removeTemplateCriterion(id, criterion.id);
      if (removed) undo.propose({ message: t('templateCriterionRemoved', criterion.text), revert: () => putBackCriterion(id, removed) });
    }, 'templates: removing a criterion');

  deleteTemplate = (template: ScorecardTemplate) =>
    panel.edit(async () => {
      const deleted = await removeTemplate(template.id);
      if (this.editingId === template.id) this.editingId = null;
      if (deleted) undo.propose({ message: t('templateDeleted', deleted.title), revert: () => putBackTemplate(deleted) });
    }, 'templates: deleting');

  /** Saves the template as a "trailnote.scorecard" file, to share. */
  exportTemplate = (template: ScorecardTemplate) => panel.edit(async () => downloadScorecardTemplate(template), 'templates: exporting');

  /** Imports a shared template file: all of it as the tester's own, or nothing, with the reason in words. */
  async importFile(file: File): Promise<void> {
    this.importing = true;
    this.importOutcome = null;
    try {
      const template = await importTemplateFile(file);
      this.importOutcome = { message: t('templateImported', template.title, criteriaWords(criteriaIn(template))), templateId: template.id };
    } catch (error) {
      // A file the checks refuse is the file's problem, and its message says so; anything else is Trailnote's.
      if (codeOf(error) !== 'import-invalid') logError(error, 'templates: importing a file');
      this.importOutcome = { message: t('importFailed', file.name, messageOf(error)) };
    } finally {
      this.importing = false;
    }
  }
}

export const templateManager = new TemplateManager();
