import { TrailnoteError } from '../errors';
import { t } from '../i18n';
import { SCORECARD_LIMITS } from './limits';
import type { Criterion, ScorecardTemplate } from './types';

/**
 * Editing a template as plain functions: each returns a new template, or throws a TrailnoteError
 * ('invalid-edit') saying why the change cannot be made. The store saves what they return (lib/edits/).
 */

const clean = (text: string, limit: number) => text.trim().replace(/\s+/g, ' ').slice(0, limit);

export function renameTemplate(template: ScorecardTemplate, title: string): ScorecardTemplate {
  const cleaned = clean(title, SCORECARD_LIMITS.title);
  if (!cleaned) throw new TrailnoteError('invalid-edit', t('scorecardTemplatesTitleEmpty'));
  return { ...template, title: cleaned };
}

/**
 * The title as it is, or numbered ("Title (2)", "(3)"…) when a template of `taken` has it already: the walk's
 * template control and the manager tell templates apart by their titles only. Kept within the title's limit.
 */
export function distinctTitle(title: string, taken: readonly string[]): string {
  const used = new Set(taken);
  if (!used.has(title)) return title;
  for (let n = 2; ; n++) {
    const room = SCORECARD_LIMITS.title - t('scorecardTemplatesNumberedTitle', '', String(n)).length;
    const numbered = t('scorecardTemplatesNumberedTitle', title.slice(0, room).trimEnd(), String(n));
    if (!used.has(numbered)) return numbered;
  }
}

/** A copy under a new id and title; criteria keep their ids, so walks scored with the copy compare with the original's. */
export function copyTemplate(template: ScorecardTemplate, id: string, title: string): ScorecardTemplate {
  return { ...structuredClone(template), id, title: clean(title, SCORECARD_LIMITS.title) || template.title };
}

const count = (template: ScorecardTemplate) => template.groups.reduce((sum, group) => sum + group.criteria.length, 0);

/** Adds a criterion at the end of a stage's group, making the group when the template has none for that stage. */
export function addCriterion(template: ScorecardTemplate, stage: { stageId: string; stageName: string }, criterion: Criterion): ScorecardTemplate {
  if (count(template) >= SCORECARD_LIMITS.criteria) throw new TrailnoteError('invalid-edit', t('scorecardTemplatesTooMany', SCORECARD_LIMITS.criteria));
  const text = clean(criterion.text, SCORECARD_LIMITS.text);
  if (!text) throw new TrailnoteError('invalid-edit', t('scorecardTemplatesTextEmpty'));
  const added = { ...criterion, text };
  const index = template.groups.findIndex((group) => group.stageId === stage.stageId);
  if (index >= 0) return { ...template, groups: template.groups.with(index, { ...template.groups[index], criteria: [...template.groups[index].criteria, added] }) };
  if (template.groups.length >= SCORECARD_LIMITS.groups) throw new TrailnoteError('invalid-edit', t('scorecardTemplatesTooMany', SCORECARD_LIMITS.criteria));
  return { ...template, groups: [...template.groups, { ...stage, criteria: [added] }] };
}

/** Changes a criterion's words, scale, weight or critical flag. A blank text keeps the old one; a blank guidance removes it. */
export function changeCriterion(template: ScorecardTemplate, id: string, change: Partial<Omit<Criterion, 'id'>>): ScorecardTemplate {
  return mapCriteria(template, (criterion) => {
    if (criterion.id !== id) return criterion;
    const next: Criterion = { ...criterion, ...change, text: (change.text !== undefined && clean(change.text, SCORECARD_LIMITS.text)) || criterion.text };
    const guidance = change.guidance === undefined ? criterion.guidance : change.guidance.trim().slice(0, SCORECARD_LIMITS.guidance);
    if (guidance) next.guidance = guidance;
    else delete next.guidance;
    return next;
  });
}

/** Removes a criterion; refused for the last one (a template with nothing to score could not be shared). Empty groups go. */
export function removeCriterion(template: ScorecardTemplate, id: string): ScorecardTemplate {
  if (count(template) <= 1) throw new TrailnoteError('invalid-edit', t('scorecardTemplatesLastCriterion'));
  const groups = template.groups.map((group) => ({ ...group, criteria: group.criteria.filter((criterion) => criterion.id !== id) }));
  return { ...template, groups: groups.filter((group) => group.criteria.length > 0) };
}

/** Moves a criterion one place up or down within its stage. */
export function moveCriterion(template: ScorecardTemplate, id: string, offset: -1 | 1): ScorecardTemplate {
  return {
    ...template,
    groups: template.groups.map((group) => {
      const index = group.criteria.findIndex((criterion) => criterion.id === id);
      const to = index + offset;
      if (index < 0 || to < 0 || to >= group.criteria.length) return group;
      const criteria = [...group.criteria];
      [criteria[index], criteria[to]] = [criteria[to], criteria[index]];
      return { ...group, criteria };
    }),
  };
}

function mapCriteria(template: ScorecardTemplate, change: (criterion: Criterion) => Criterion): ScorecardTemplate {
  return { ...template, groups: template.groups.map((group) => ({ ...group, criteria: group.criteria.map(change) })) };
}
