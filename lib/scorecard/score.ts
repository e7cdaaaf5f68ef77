import type { Criterion, JourneyScorecard, Rating, ScorecardAnswer, Verdict } from './types';

/**
 * A scorecard's scores (issue 18): per stage and overall, the weighted share of applicable criteria met.
 * Pass counts whole, Partial half, Fail nothing; Not applicable and unanswered criteria are left out; a 1–5
 * rating counts (r − 1) / 4, so 1 is 0 % and 5 is 100 %. A Fail on a critical criterion flags the walk and is
 * listed apart. Answers to criteria the template no longer holds, or of the wrong kind for the criterion
 * (a rating given before the criterion became Pass/Fail), count for nothing.
 */

export interface ScoreTally {
  /** Weighted share met, 0…1; null when no answered criterion applies (nothing to score yet). */
  share: number | null;
  /** Sum of the weights met (Partial half, ratings scaled). */
  met: number;
  /** Sum of the weights of the applicable answered criteria. */
  applicable: number;
  /** Criteria answered (Not applicable included) out of all. */
  answered: number;
  total: number;
}

export interface StageScore extends ScoreTally {
  stageId: string;
  stageName: string;
}

export interface CriticalFailure {
  criterion: Criterion;
  stageId: string;
  answer: ScorecardAnswer;
}

export interface ScorecardScore {
  overall: ScoreTally;
  stages: StageScore[];
  criticalFailures: CriticalFailure[];
}

const VERDICT_VALUE: Record<Exclude<Verdict, 'not-applicable'>, number> = { pass: 1, partial: 0.5, fail: 0 };

const isRating = (answer: ScorecardAnswer['answer']): answer is Rating => typeof answer === 'number';

/**
 * What an answer is worth for its criterion, 0…1; null when it does not count (Not applicable, or an answer
 * of the other kind or out of range).
 */
export function answerValue(criterion: Criterion, answer: ScorecardAnswer['answer']): number | null {
  if (criterion.scale === 'rating') return isRating(answer) && Number.isInteger(answer) && answer >= 1 && answer <= 5 ? (answer - 1) / 4 : null;
  if (isRating(answer) || answer === 'not-applicable') return null;
  return VERDICT_VALUE[answer] ?? null;
}

/** Whether an answer counts as given for its criterion (Not applicable does; a stale answer of the other kind does not). */
export function isAnswered(criterion: Criterion, answer: ScorecardAnswer | undefined): answer is ScorecardAnswer {
  if (!answer) return false;
  return answer.answer === 'not-applicable' || answerValue(criterion, answer.answer) !== null;
}

/** The answers by criterion id; where one criterion was answered twice, the later answer stands. */
export function answersById(answers: readonly ScorecardAnswer[]): Map<string, ScorecardAnswer> {
  const byId = new Map<string, ScorecardAnswer>();
  for (const answer of answers) {
    const before = byId.get(answer.criterionId);
    if (!before || answer.at >= before.at) byId.set(answer.criterionId, answer);
  }
  return byId;
}

interface Sum {
  met: number;
  applicable: number;
  answered: number;
  total: number;
}

const empty = (): Sum => ({ met: 0, applicable: 0, answered: 0, total: 0 });

function add(sum: Sum, criterion: Criterion, answer: ScorecardAnswer | undefined): void {
  sum.total += 1;
  if (!isAnswered(criterion, answer)) return;
  sum.answered += 1;
  const value = answerValue(criterion, answer.answer);
  if (value === null) return;
  sum.met += value * criterion.weight;
  sum.applicable += criterion.weight;
}

const tally = (sum: Sum): ScoreTally => ({ ...sum, share: sum.applicable > 0 ? sum.met / sum.applicable : null });

export function scoreScorecard(scorecard: JourneyScorecard): ScorecardScore {
  const byId = answersById(scorecard.answers);
  const overall = empty();
  const criticalFailures: CriticalFailure[] = [];
  const stages = scorecard.template.groups.map((group): StageScore => {
    const stage = empty();
    for (const criterion of group.criteria) {
      const answer = byId.get(criterion.id);
      add(stage, criterion, answer);
      add(overall, criterion, answer);
      if (criterion.critical && answer && criterion.scale === 'verdict' && answer.answer === 'fail') criticalFailures.push({ criterion, stageId: group.stageId, answer });
    }
    return { stageId: group.stageId, stageName: group.stageName, ...tally(stage) };
  });
  return { overall: tally(overall), stages, criticalFailures };
}

/** A share as a whole percentage, 0…100 (0.724 → 72). */
export const percentOf = (share: number): number => Math.round(share * 100);
