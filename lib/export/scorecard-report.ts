import type { Journey, Step } from '../journey/types';
import { answerValue, answersById, isAnswered, scoreScorecard, type ScoreTally, type StageScore } from '../scorecard/score';
import type { Criterion, ScorecardAnswer } from '../scorecard/types';

/**
 * What every export shows of a walk's scorecard (issue 18): the overall score, each stage's score with its
 * criteria, and the critical failures apart. A stage is named as the walk names it, else as the template
 * does (a template's stage the walk does not have, "whole-walk"), as in the panel. Only answers that count are
 * shown (an answer to a criterion the template no longer holds, or of the other kind, is none); evidence on a
 * step deleted since is none either.
 */
export interface ScorecardLine {
  criterion: Criterion;
  /** Absent when the criterion is unanswered. */
  answer?: ScorecardAnswer;
  /** What the answer is worth, 0…1; null when unanswered or Not applicable. */
  value: number | null;
  /** The step whose screenshot proves the answer. */
  evidence?: Step;
}

export interface ScorecardStage {
  name: string;
  score: StageScore;
  lines: ScorecardLine[];
}

export interface ScorecardReport {
  title: string;
  overall: ScoreTally;
  stages: ScorecardStage[];
  criticalFailures: Array<{ line: ScorecardLine; stageName: string }>;
}

export function scorecardReport(journey: Pick<Journey, 'scorecard' | 'stages'>, steps: readonly Step[]): ScorecardReport | undefined {
  const { scorecard } = journey;
  if (!scorecard) return undefined;
  const score = scoreScorecard(scorecard);
  const byId = answersById(scorecard.answers);
  const stepOf = new Map(steps.map((step) => [step.id, step]));
  const stageNames = new Map(journey.stages.map((stage) => [stage.id, stage.name]));
  const criticalFailures: ScorecardReport['criticalFailures'] = [];
  const stages = scorecard.template.groups.map((group, index): ScorecardStage => {
    const name = stageNames.get(group.stageId) ?? group.stageName;
    const lines = group.criteria.map((criterion): ScorecardLine => {
      const given = byId.get(criterion.id);
      const answer = isAnswered(criterion, given) ? given : undefined;
      const evidence = answer?.stepId === undefined ? undefined : stepOf.get(answer.stepId);
      return { criterion, ...(answer && { answer }), value: answer ? answerValue(criterion, answer.answer) : null, ...(evidence && { evidence }) };
    });
    for (const line of lines) if (score.criticalFailures.some((failure) => failure.criterion === line.criterion)) criticalFailures.push({ line, stageName: name });
    return { name, score: score.stages[index], lines };
  });
  return { title: scorecard.template.title, overall: score.overall, stages, criticalFailures };
}
