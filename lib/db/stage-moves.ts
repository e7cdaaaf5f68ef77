import { StageError } from '../journey/stages';
import type { Step } from '../journey/types';
import type { JourneyChange } from '../messaging/changes';
import { missingRecord } from './errors';
import { finish, writeStore } from './transaction';

/** Steps moved to a stage, with the stage each was in before: what undo needs. */
export interface StageMove {
  journeyId: string;
  stageId: string;
  before: Array<{ stepId: string; stageId: string }>;
}

const stepsChanged = (journeyId: string): JourneyChange[] => [{ kind: 'steps', journeyId }];

/**
 * Moves steps of a journey to one of its stages, all in one transaction: a page and what follows change
 * stage together or not at all. A stage the journey no longer has is refused; steps deleted meanwhile are
 * skipped.
 */
export function moveStepsToStage(journeyId: string, stepIds: readonly string[], stageId: string): Promise<StageMove> {
  return writeStore(
    'storeActionSaveStep',
    async (db) => {
      const tx = db.transaction(['journeys', 'steps'], 'readwrite');
      return finish(tx, async () => {
        const journey = await tx.objectStore('journeys').get(journeyId);
        if (!journey) throw missingRecord('journey', 'storeActionSaveStep');
        if (!journey.stages.some((stage) => stage.id === stageId)) throw new StageError('errorStageUnknown');
        const steps = tx.objectStore('steps');
        const found = await Promise.all(stepIds.map((id) => steps.get(id)));
        const moving = found.filter((step): step is Step => step !== undefined && step.journeyId === journeyId && step.stageId !== stageId);
        await Promise.all(moving.map((step) => steps.put({ ...step, stageId })));
        return { journeyId, stageId, before: moving.map((step) => ({ stepId: step.id, stageId: step.stageId })) };
      });
    },
    (move) => (move.before.length ? stepsChanged(journeyId) : []),
  );
}

/** Undoes a move: each step still there goes back to the stage it was in, if the journey still has it. */
export function restoreStepStages(move: StageMove): Promise<void> {
  return writeStore(
    'storeActionSaveStep',
    async (db) => {
      const tx = db.transaction(['journeys', 'steps'], 'readwrite');
      await finish(tx, async () => {
        const journey = await tx.objectStore('journeys').get(move.journeyId);
        if (!journey) throw missingRecord('journey', 'storeActionSaveStep');
        const stageIds = new Set(journey.stages.map((stage) => stage.id));
        const steps = tx.objectStore('steps');
        const found = await Promise.all(move.before.map(({ stepId }) => steps.get(stepId)));
        await Promise.all(
          move.before.flatMap(({ stageId }, index) => {
            const step = found[index];
            return step && stageIds.has(stageId) ? [steps.put({ ...step, stageId })] : [];
          }),
        );
      });
    },
    () => stepsChanged(move.journeyId),
  );
}
