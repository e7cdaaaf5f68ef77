import { deleteStep, restoreStep, updateStep, type DeletedStep } from '../db';
import type { Step } from '../journey/types';

/** The tester's changes to recorded steps: a label, a key moment, a stage, a delete (with undo). */

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

export function moveStepToStage(step: Step, stageId: string): Promise<void> {
  return change(step, { stageId });
}

export function removeStep(step: Step): Promise<DeletedStep | undefined> {
  return deleteStep(step.id);
}

export function putBackStep(deleted: DeletedStep): Promise<void> {
  return restoreStep(deleted);
}
