import { deleteStep, moveStepsToStage, restoreStep, restoreStepStages, updateStep, type DeletedStep, type StageMove } from '../db';
import { stepsInScope, type StageMoveScope } from '../journey/stage-runs';
import type { Step } from '../journey/types';

/** The tester's changes to recorded steps: a label, a key moment, a stage (with undo), a delete (with undo). */

async function change(step: Step, update: Parameters<typeof updateStep>[1]): Promise<void> {
  await updateStep(step.id, update);
}

/** A blank label gives the step back its generated sentence. */
export function relabelStep(step: Step, label: string): Promise<void> {
  const trimmed = label.trim().slice(0, 300);
  return change(step, { label: trimmed || undefined });
}

export function setKeyMoment(step: Step, keyMoment: boolean): Promise<void> {
  return change(step, { keyMoment });
}

/**
 * Moves a step, its page, or it and the rest of its stage's run to another stage, in one transaction.
 * `steps` is the walk as the tester sees it, which says what the scope takes along. Resolves with what
 * undo needs.
 */
export function moveToStage(steps: readonly Step[], step: Step, scope: StageMoveScope, stageId: string): Promise<StageMove> {
  const moving = stepsInScope(steps, step.id, scope).map((each) => each.id);
  return moveStepsToStage(step.journeyId, moving, stageId);
}

export function undoStageMove(move: StageMove): Promise<void> {
  return restoreStepStages(move);
}

export function removeStep(step: Step): Promise<DeletedStep | undefined> {
  return deleteStep(step.id);
}

export function putBackStep(deleted: DeletedStep): Promise<void> {
  return restoreStep(deleted);
}
