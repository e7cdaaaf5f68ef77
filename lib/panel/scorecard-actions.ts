import { changeAnswer, chooseScorecardTemplate, clearAnswer } from '../edits/scorecard';
import type { AnswerChange } from '../scorecard/answers';
import { panel } from './panel-state.svelte';
import { findTemplate } from './scorecard-start';

/**
 * The tester's scorecard edits of the shown journey, as the Scorecard view calls them: each runs through
 * `panel.edit`, so a refusal shows its words. A new answer links the step the tester is on (its screenshot is
 * the evidence); the tester can link another step afterwards.
 */
export interface ScorecardActions {
  chooseTemplate: (templateId: string) => void;
  answer: (criterionId: string, answer: NonNullable<AnswerChange['answer']>, firstAnswer: boolean) => void;
  linkStep: (criterionId: string, stepId: string | null) => void;
  comment: (criterionId: string, comment: string) => void;
  clear: (criterionId: string) => void;
}

const shownJourneyId = (): string | undefined => panel.view.journey?.id;

function edit(work: (journeyId: string) => Promise<unknown>): void {
  const journeyId = shownJourneyId();
  if (journeyId) void panel.edit(() => work(journeyId), 'panel: editing the scorecard');
}

export const scorecardActions: ScorecardActions = {
  // The template is read before the journey's transaction opens: nothing is awaited inside it.
  chooseTemplate: (templateId) => edit(async (journeyId) => chooseScorecardTemplate(journeyId, await findTemplate(templateId))),
  answer: (criterionId, answer, firstAnswer) =>
    edit((journeyId) => changeAnswer(journeyId, criterionId, firstAnswer ? { answer, stepId: panel.view.currentStep?.id ?? null } : { answer })),
  linkStep: (criterionId, stepId) => edit((journeyId) => changeAnswer(journeyId, criterionId, { stepId })),
  comment: (criterionId, comment) => edit((journeyId) => changeAnswer(journeyId, criterionId, { comment })),
  clear: (criterionId) => edit((journeyId) => clearAnswer(journeyId, criterionId)),
};
