import * as v from 'valibot';
import { SCORECARD_FORMAT, SCORECARD_FORMAT_VERSION } from '../export/scorecard-file';
import { SCORECARD_ID, SCORECARD_LIMITS } from '../scorecard/limits';
import type { ScorecardTemplate } from '../scorecard/types';
import { ImportError } from './import-error';
import { validated } from './validated';

/**
 * A scorecard template as valibot checks it (docs/scorecard.schema.json says the same for other tools): in a
 * shared "trailnote.scorecard" file, and wherever a template arrives from outside (a journey's `scorecard`).
 * Unknown fields are dropped; every string has a length limit and every list a count limit.
 */

const text = (limit: number) => v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(limit));
const id = v.pipe(v.string(), v.nonEmpty(), v.maxLength(SCORECARD_LIMITS.id), v.regex(SCORECARD_ID));

export const criterionSchema = v.object({
  id,
  text: text(SCORECARD_LIMITS.text),
  // An empty guidance is no guidance.
  guidance: v.pipe(
    v.optional(v.pipe(v.string(), v.trim(), v.maxLength(SCORECARD_LIMITS.guidance))),
    v.transform((guidance) => guidance || undefined),
  ),
  scale: v.picklist(['verdict', 'rating']),
  weight: v.picklist([1, 2, 3]),
  critical: v.boolean(),
});

const groupSchema = v.object({
  stageId: id,
  stageName: text(SCORECARD_LIMITS.title),
  criteria: v.pipe(v.array(criterionSchema), v.maxLength(SCORECARD_LIMITS.criteria)),
});

export const scorecardTemplateSchema = v.object({
  id,
  title: text(SCORECARD_LIMITS.title),
  language: v.pipe(v.string(), v.nonEmpty(), v.maxLength(SCORECARD_LIMITS.language), v.regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/)),
  groups: v.pipe(v.array(groupSchema), v.minLength(1), v.maxLength(SCORECARD_LIMITS.groups)),
});

/**
 * What the schema cannot say: the criteria of the whole template are within the limit and at least one, no two
 * criteria share an id (answers point at them), and no two groups are for the same stage.
 */
export function checkTemplate(template: ScorecardTemplate): ScorecardTemplate {
  const criteria = template.groups.flatMap((group) => group.criteria);
  if (criteria.length === 0) throw new ImportError('scorecardFileNoCriteria');
  if (criteria.length > SCORECARD_LIMITS.criteria) throw new ImportError('scorecardFileTooManyCriteria', criteria.length, SCORECARD_LIMITS.criteria);
  const criterionIds = new Set<string>();
  for (const criterion of criteria) {
    if (criterionIds.has(criterion.id)) throw new ImportError('scorecardFileDuplicateCriterion', criterion.id);
    criterionIds.add(criterion.id);
  }
  const stageIds = new Set<string>();
  for (const group of template.groups) {
    if (stageIds.has(group.stageId)) throw new ImportError('scorecardFileDuplicateStage', group.stageName);
    stageIds.add(group.stageId);
  }
  return template;
}

/** A template from outside, checked from end to end and typed; an ImportError says what is wrong and where. */
export function readScorecardTemplate(data: unknown, within: ReadonlyArray<string | number> = []): ScorecardTemplate {
  return checkTemplate(validated(scorecardTemplateSchema, data, within, 'scorecardFileInvalid'));
}

const fileHead = v.object({ format: v.literal(SCORECARD_FORMAT), version: v.number() });

/** The template a parsed "trailnote.scorecard" file holds. Refuses other formats and newer versions by name. */
export function readScorecardFile(data: unknown): ScorecardTemplate {
  if (!v.is(fileHead, data)) throw new ImportError('scorecardFileNotTemplate');
  if (data.version !== SCORECARD_FORMAT_VERSION) throw new ImportError('scorecardFileVersion', String(data.version).slice(0, 20));
  return readScorecardTemplate((data as { template?: unknown }).template, ['template']);
}
