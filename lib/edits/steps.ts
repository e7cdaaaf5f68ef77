import { deleteStep, restoreStep, updateStep, type DeletedStep } from '../db';
import type { Step } from '../journey/types';
import { announce } from '../messaging/changes';

/** The tester's changes to recorded steps: a label, a key moment, a stage, a delete (with undo). */

async function change(step: Step, update: Parameters<typeof updateStep>[1]): Promise<void> {
  await updateStep(step.id, update);
  announce({ kind: 'step', journeyId: step.journeyId, stepId: step.id });
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

export async function removeStep(step: Step): Promise<DeletedStep | undefined> {
  const deleted = await deleteStep(step.id);
  announce({ kind: 'step', journeyId: step.journeyId, stepId: step.id });
  announce({ kind: 'annotations', journeyId: step.journeyId });
  return deleted;
}

export async function putBackStep(deleted: DeletedStep): Promise<void> {
  await restoreStep(deleted);
  announce({ kind: 'step', journeyId: deleted.step.journeyId, stepId: deleted.step.id });
  announce({ kind: 'annotations', journeyId: deleted.step.journeyId });
}
