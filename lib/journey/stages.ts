import { TrailnoteError } from '../errors';
import { t } from '../i18n';
import { COUNT_LIMITS } from './limits';
import type { Stage, Step } from './types';

/**
 * Stage editing as plain functions over a journey's stages: the panel calls them, the store saves the
 * result. Each returns new arrays; a refused change throws a StageError that says why.
 */
export class StageError extends TrailnoteError {
  override name = 'StageError';
  constructor(readonly reason: 'errorStageNameEmpty' | 'errorStageLastOne' | 'errorStageUnknown' | 'errorStageTooMany') {
    super('invalid-edit', t(reason, COUNT_LIMITS.stages));
  }
}

export const MAX_STAGE_NAME_LENGTH = 80;

function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ').slice(0, MAX_STAGE_NAME_LENGTH);
  if (!trimmed) throw new StageError('errorStageNameEmpty');
  return trimmed;
}

function indexOf(stages: readonly Stage[], id: string): number {
  const index = stages.findIndex((stage) => stage.id === id);
  if (index < 0) throw new StageError('errorStageUnknown');
  return index;
}

export function addStage(stages: readonly Stage[], name: string, id: string = crypto.randomUUID()): Stage[] {
  // A share file holds at most this many: a journey with more could not be imported back.
  if (stages.length >= COUNT_LIMITS.stages) throw new StageError('errorStageTooMany');
  return [...stages, { id, name: cleanName(name) }];
}

export function renameStage(stages: readonly Stage[], id: string, name: string): Stage[] {
  const index = indexOf(stages, id);
  return stages.with(index, { id, name: cleanName(name) });
}

/** Moves a stage one place earlier (-1) or later (+1); at either end it stays. */
export function moveStage(stages: readonly Stage[], id: string, offset: -1 | 1): Stage[] {
  const from = indexOf(stages, id);
  const to = from + offset;
  if (to < 0 || to >= stages.length) return [...stages];
  const moved = [...stages];
  [moved[from], moved[to]] = [moved[to], moved[from]];
  return moved;
}

/**
 * Removes a stage. Its steps need a home: the stage before it, or after it when it was the first. A
 * journey keeps at least one stage.
 */
export function removeStage(stages: readonly Stage[], id: string): { stages: Stage[]; heirId: string } {
  if (stages.length <= 1) throw new StageError('errorStageLastOne');
  const index = indexOf(stages, id);
  const heir = stages[index - 1] ?? stages[index + 1];
  return { stages: stages.filter((stage) => stage.id !== id), heirId: heir.id };
}

/**
 * Where the step list marks a stage beginning: the first step, and each step whose stage differs from
 * the step before it. A stage the walk enters twice is marked twice.
 */
export function stageStarts(steps: readonly Pick<Step, 'id' | 'stageId'>[]): Set<string> {
  const starts = new Set<string>();
  steps.forEach((step, index) => {
    if (index === 0 || steps[index - 1].stageId !== step.stageId) starts.add(step.id);
  });
  return starts;
}
