import { findCriterion, fitsScale } from '../scorecard/answers';
import { answersById } from '../scorecard/score';
import type { JourneyScorecard, ScorecardAnswer } from '../scorecard/types';
import type { Step } from '../journey/types';
import { sharedTemplate } from './scorecard-file';

/**
 * A walk's scorecard as the journey file carries it (docs/journey.schema.json, `scorecard`): the template as
 * it was chosen, its own fields in a fixed order, and the answers that hold, so that the file's import accepts
 * it. The store may keep an answer that no longer does: evidence whose step was deleted since (the answer
 * stays, without its link), and answers to criteria the template no longer holds or of the other kind, which
 * count for nothing (lib/scorecard/score.ts) and are left out. Where a criterion was answered twice, the
 * later answer stands, as in the score.
 */
export function sharedScorecard(scorecard: JourneyScorecard, steps: readonly Pick<Step, 'id'>[]): JourneyScorecard {
  const stepIds = new Set(steps.map((step) => step.id));
  const standing = answersById(scorecard.answers);
  const answers = scorecard.answers.flatMap((given): ScorecardAnswer[] => {
    const { criterionId, answer, stepId, comment, at } = given;
    const found = findCriterion(scorecard.template, criterionId);
    if (!found || !fitsScale(found.criterion, answer) || standing.get(criterionId) !== given) return [];
    return [{ criterionId, answer, ...(stepId && stepIds.has(stepId) && { stepId }), ...(comment && { comment }), at }];
  });
  return { template: sharedTemplate(scorecard.template), answers };
}
