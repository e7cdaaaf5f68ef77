import { pageVisits, visitOf } from './pages';
import type { Step } from './types';

/**
 * Which steps go along when the tester moves a step to another stage: the step alone, the page it is on
 * (the page step and what was done there), or everything from it to the end of its stage's run, the
 * consecutive steps in the same stage ("this stage really starts here").
 */
export type StageMoveScope = 'step' | 'page' | 'rest-of-stage';

export const STAGE_MOVE_SCOPES: readonly StageMoveScope[] = ['step', 'page', 'rest-of-stage'];

/** From the step to the last step of its stage's run, in walk order. */
function restOfStage(steps: readonly Step[], index: number): Step[] {
  const { stageId } = steps[index];
  let end = index + 1;
  while (end < steps.length && steps[end].stageId === stageId) end++;
  return steps.slice(index, end);
}

/** The steps a move of this scope takes along, in walk order; none when the step is not in the walk. */
export function stepsInScope(steps: readonly Step[], stepId: string, scope: StageMoveScope): Step[] {
  const index = steps.findIndex((step) => step.id === stepId);
  if (index < 0) return [];
  switch (scope) {
    case 'step':
      return [steps[index]];
    case 'page':
      return visitOf(pageVisits(steps), stepId)?.steps ?? [];
    case 'rest-of-stage':
      return restOfStage(steps, index);
  }
}

/**
 * The moves worth offering for a step, with how many steps each takes: a page of one step or a run that
 * is the step alone (or the same steps as its page) would only repeat a choice above it.
 */
export function stageMoveChoices(steps: readonly Step[], stepId: string): Array<{ scope: StageMoveScope; count: number }> {
  const choices: Array<{ scope: StageMoveScope; ids: string }> = [];
  for (const scope of STAGE_MOVE_SCOPES) {
    const ids = stepsInScope(steps, stepId, scope)
      .map((step) => step.id)
      .join(' ');
    if (ids && !choices.some((choice) => choice.ids === ids)) choices.push({ scope, ids });
  }
  return choices.map(({ scope, ids }) => ({ scope, count: ids.split(' ').length }));
}

/**
 * What "start this stage at this page" moves: the page step and what follows it in its stage (on a page
 * the tester is still on, that page; on an earlier one, up to where the next stage already began).
 * Nothing when those steps are already in the stage.
 */
export function stageStartsAt(steps: readonly Step[], pageStepId: string, stageId: string): Step[] {
  return stepsInScope(steps, pageStepId, 'rest-of-stage').filter((step) => step.stageId !== stageId);
}
