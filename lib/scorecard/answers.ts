import { TrailnoteError } from '../errors';
import { t } from '../i18n';
import { MAX_NOTE_LENGTH } from '../journey/notes';
import type { Criterion, CriteriaGroup, JourneyScorecard, Rating, ScorecardAnswer, ScorecardTemplate, Verdict } from './types';

/**
 * A journey's scorecard changed by the tester, as plain functions of the scorecard (lib/edits/scorecard.ts
 * writes them in one store transaction). Each refuses what cannot be kept, with words saying what to do.
 */

export const VERDICTS: readonly Verdict[] = ['pass', 'partial', 'fail', 'not-applicable'];
export const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];

export interface FoundCriterion {
  criterion: Criterion;
  group: CriteriaGroup;
}

export function findCriterion(template: ScorecardTemplate, criterionId: string): FoundCriterion | undefined {
  for (const group of template.groups) {
    const criterion = group.criteria.find((each) => each.id === criterionId);
    if (criterion) return { criterion, group };
  }
  return undefined;
}

/**
 * The scorecard a template starts: answers kept from the previous card where the new template has the same
 * criterion (the same template in another language, or an edited copy), the others dropped.
 */
export function startScorecard(template: ScorecardTemplate, previous?: JourneyScorecard): JourneyScorecard {
  const answers = (previous?.answers ?? []).filter((answer) => {
    const found = findCriterion(template, answer.criterionId);
    return found !== undefined && fitsScale(found.criterion, answer.answer);
  });
  return { template: structuredClone(template), answers };
}

export function fitsScale(criterion: Criterion, answer: unknown): answer is Verdict | Rating {
  return criterion.scale === 'rating' ? RATINGS.includes(answer as Rating) : VERDICTS.includes(answer as Verdict);
}

function criterionOf(scorecard: JourneyScorecard, criterionId: string): Criterion {
  const found = findCriterion(scorecard.template, criterionId);
  if (!found) throw new TrailnoteError('invalid-edit', t('scorecardErrorNoCriterion'));
  return found.criterion;
}

/** What the tester changes of one answer: the answer, the step that proves it (null: none), the comment. */
export interface AnswerChange {
  answer?: Verdict | Rating;
  stepId?: string | null;
  comment?: string;
}

/** Answers a criterion, or changes its answer's evidence or comment; the rest of the answer stays. */
export function withAnswer(scorecard: JourneyScorecard, criterionId: string, change: AnswerChange, at: number): JourneyScorecard {
  const criterion = criterionOf(scorecard, criterionId);
  const before = scorecard.answers.find((answer) => answer.criterionId === criterionId);
  const value = change.answer ?? before?.answer;
  if (value === undefined) throw new TrailnoteError('invalid-edit', t('scorecardErrorAnswerFirst'));
  if (!fitsScale(criterion, value)) throw new TrailnoteError('invalid-edit', t('scorecardErrorWrongAnswer'));
  const comment = change.comment === undefined ? before?.comment : change.comment.trim();
  if (comment && comment.length > MAX_NOTE_LENGTH) throw new TrailnoteError('invalid-edit', t('errorNoteTooLong', MAX_NOTE_LENGTH.toLocaleString()));
  const stepId = change.stepId === undefined ? before?.stepId : (change.stepId ?? undefined);
  const answer: ScorecardAnswer = { criterionId, answer: value, at: change.answer === undefined && before ? before.at : at };
  if (stepId) answer.stepId = stepId;
  if (comment) answer.comment = comment;
  return { ...scorecard, answers: [...scorecard.answers.filter((each) => each.criterionId !== criterionId), answer] };
}

/** Takes a criterion's answer back (it is unanswered again). */
export function withoutAnswer(scorecard: JourneyScorecard, criterionId: string): JourneyScorecard {
  return { ...scorecard, answers: scorecard.answers.filter((answer) => answer.criterionId !== criterionId) };
}
