import type { Journey, Step } from '../journey/types';
import { answersById, isAnswered, scoreScorecard, type ScorecardScore, type StageScore } from '../scorecard/score';
import type { Criterion, ScorecardAnswer } from '../scorecard/types';

/**
 * A walk's scorecard as the journey map shows it (issue 18): the scores, then each criterion stage by stage with
 * its answer, comment and the step that proves it. Stages keep the journey's names where it has the template's
 * stage (the tester may have renamed it), the template's own otherwise.
 */

export interface SheetCriterion {
  criterion: Criterion;
  /** Absent while unanswered (or answered with a kind the criterion no longer takes). */
  answer?: ScorecardAnswer;
  /** The step the answer links, when it is still in the walk. */
  evidence?: Step;
}

export interface SheetStage {
  stageId: string;
  name: string;
  score: StageScore;
  criteria: SheetCriterion[];
}

export interface ScorecardSheet {
  title: string;
  score: ScorecardScore;
  /** The journey's stage names by id, with the template's for stages the journey lacks: what ScoreSummary reads. */
  stageNames: ReadonlyMap<string, string>;
  stages: SheetStage[];
  /** The critical criteria answered Fail, in template order, with their evidence: listed apart and flagged. */
  criticalFailures: SheetCriterion[];
}

export function scorecardSheet(journey: Journey, steps: readonly Step[]): ScorecardSheet | undefined {
  const scorecard = journey.scorecard;
  if (!scorecard) return undefined;
  const score = scoreScorecard(scorecard);
  const answers = answersById(scorecard.answers);
  const stepsById = new Map(steps.map((step) => [step.id, step]));
  const stageNames = new Map(scorecard.template.groups.map((group) => [group.stageId, group.stageName]));
  for (const stage of journey.stages) stageNames.set(stage.id, stage.name);
  const sheetCriterion = (criterion: Criterion): SheetCriterion => {
    const answer = answers.get(criterion.id);
    if (!isAnswered(criterion, answer)) return { criterion };
    const evidence = answer.stepId === undefined ? undefined : stepsById.get(answer.stepId);
    return { criterion, answer, ...(evidence && { evidence }) };
  };
  const stages = scorecard.template.groups.map((group, index) => ({
    stageId: group.stageId,
    name: stageNames.get(group.stageId) ?? group.stageName,
    score: score.stages[index],
    criteria: group.criteria.map(sheetCriterion),
  }));
  return {
    title: scorecard.template.title,
    score,
    stageNames,
    stages,
    criticalFailures: score.criticalFailures.map((failure) => sheetCriterion(failure.criterion)),
  };
}
