import { logError } from '../diagnostics';
import { scorecardFileText } from '../export/scorecard-file';
import { messageOf } from '../errors';
import { t, type MessageKey } from '../i18n';
import { onTemplatesChange } from '../messaging/changes';
import { builtInTemplates } from '../scorecard/built-in';
import { listTemplates } from '../scorecard/templates';
import type { ScorecardTemplate } from '../scorecard/types';

const builtInIds = new Set(builtInTemplates().map((template) => template.id));

/** Whether a template ships with Trailnote (it is duplicated to be edited) rather than being the tester's own. */
export const isBuiltIn = (template: ScorecardTemplate): boolean => builtInIds.has(template.id);

/** A count in words, with the word for one apart ("1 criterion", "12 criteria"). */
function counted(count: number, one: MessageKey, many: MessageKey): string {
  return count === 1 ? t(one) : t(many, count);
}

export const criteriaWords = (count: number) => counted(count, 'templateCriteriaCountOne', 'templateCriteriaCount');
export const stagesWords = (count: number) => counted(count, 'templateStagesCountOne', 'templateStagesCount');
export const criticalWords = (count: number) => counted(count, 'templateCriticalCountOne', 'templateCriticalCount');

/** How many criteria a template holds, in all its stages. */
export const criteriaIn = (template: ScorecardTemplate): number => template.groups.reduce((sum, group) => sum + group.criteria.length, 0);

/**
 * Every template a walk may take (listTemplates(): the built-ins, then the tester's own), as the template controls
 * and the template manager show them. Read when a page first needs them and again on every change notice, so a
 * template made in the manager (here or in another panel) is offered at once.
 */
class TemplateList {
  /** The built-ins are known without a read: the controls offer them before the store answers. */
  templates = $state.raw<ScorecardTemplate[]>(builtInTemplates());
  error = $state('');
  own: ScorecardTemplate[] = $derived(this.templates.filter((template) => !isBuiltIn(template)));

  private listeners = 0;
  private stop: (() => void) | undefined;

  async load(): Promise<void> {
    try {
      this.templates = await listTemplates();
      this.error = '';
    } catch (error) {
      this.error = messageOf(error);
      logError(error, 'panel: reading the scorecard templates');
    }
  }

  /** Reads the templates and follows their changes while any control shows them; returns the teardown. */
  listen(): () => void {
    if (this.listeners++ === 0) {
      this.stop = onTemplatesChange(() => void this.load());
      void this.load();
    }
    return () => {
      if (--this.listeners === 0) this.stop?.();
    };
  }

  byId(templateId: string): ScorecardTemplate | undefined {
    return this.templates.find((template) => template.id === templateId);
  }

  /**
   * The tester's template as it is now, when it was edited after a walk took its copy (walks keep the copy they
   * took, so an edit never changes a walk behind the tester's back); undefined when the copy is up to date. Compared
   * as the share file writes them: only the template's own fields count.
   */
  editedSince(kept: ScorecardTemplate): ScorecardTemplate | undefined {
    const latest = this.own.find((template) => template.id === kept.id);
    return latest && scorecardFileText(latest) !== scorecardFileText(kept) ? latest : undefined;
  }
}

export const templateList = new TemplateList();
