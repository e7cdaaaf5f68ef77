import { updateJourney } from '../db';
import type { Journey } from '../journey/types';
import { startScorecard, withAnswer, withoutAnswer, type AnswerChange } from '../scorecard/answers';
import type { JourneyScorecard, ScorecardTemplate } from '../scorecard/types';
import { TrailnoteError } from '../errors';
import { t } from '../i18n';

/**
 * The tester's scorecard edits (issue 18). The scorecard lives in the journey row, which the background
 * rewrites while a walk is recorded (each step bumps stepCount): every edit reads, changes and writes the row
 * in one transaction (updateJourney), so neither side writes over the other with a stale copy.
 */

/**
 * Changes the journey's scorecard in one transaction. A refusal (an unknown criterion, a wrong answer) leaves
 * the row as it was and is thrown as itself, not as a store failure.
 */
async function changeScorecard(journeyId: string, change: (scorecard: JourneyScorecard | undefined) => JourneyScorecard | undefined): Promise<Journey> {
  let refusal: Error | undefined;
  const journey = await updateJourney(journeyId, (current) => {
    try {
      const scorecard = change(current.scorecard);
      const { scorecard: _old, ...rest } = current;
      return scorecard ? { ...rest, scorecard } : rest;
    } catch (error) {
      refusal = error instanceof Error ? error : new TrailnoteError('invalid-edit', String(error));
      return current;
    }
  });
  if (refusal) throw refusal;
  return journey;
}

function existing(scorecard: JourneyScorecard | undefined): JourneyScorecard {
  if (!scorecard) throw new TrailnoteError('invalid-edit', t('scorecardErrorNoTemplate'));
  return scorecard;
}

/** Scores the journey against a template (a copy is kept); null takes the scorecard away. Answers the new template shares stay. */
export function chooseScorecardTemplate(journeyId: string, template: ScorecardTemplate | null): Promise<Journey> {
  return changeScorecard(journeyId, (scorecard) => (template ? startScorecard(template, scorecard) : undefined));
}

/** Answers a criterion, links its evidence or writes its comment. */
export function changeAnswer(journeyId: string, criterionId: string, change: AnswerChange): Promise<Journey> {
  return changeScorecard(journeyId, (scorecard) => withAnswer(existing(scorecard), criterionId, change, Date.now()));
}

export function clearAnswer(journeyId: string, criterionId: string): Promise<Journey> {
  return changeScorecard(journeyId, (scorecard) => withoutAnswer(existing(scorecard), criterionId));
}
