import { removeStage } from '../journey/stages';
import type { Journey, Stage } from '../journey/types';
import { missingRecord } from './errors';
import { finish, writeStore } from './transaction';
import type { JourneyChange } from '../messaging/changes';

/** A removed stage with what undo needs to put it back: the stages as they were, and the steps it had. */
export interface RemovedStage {
  journeyId: string;
  stage: Stage;
  stagesBefore: Stage[];
  currentStageIdBefore: string;
  stepIds: string[];
}

/**
 * Removes a stage from a journey and moves its steps to the stage that takes them over, in one
 * transaction: no step is ever left in a stage the journey no longer has.
 */
/** A stage removed or put back changes the journey and moves steps. */
const stagesChanged = (journeyId: string): JourneyChange[] => [
  { kind: 'journey', journeyId },
  { kind: 'steps', journeyId },
];

export function removeJourneyStage(journeyId: string, stageId: string): Promise<{ journey: Journey; removed: RemovedStage }> {
  return writeStore(
    'storeActionSaveJourney',
    async (db) => {
      const tx = db.transaction(['journeys', 'steps'], 'readwrite');
      return finish(tx, async () => {
        const journey = await tx.objectStore('journeys').get(journeyId);
        if (!journey) throw missingRecord('journey', 'storeActionSaveJourney');
        const stage = journey.stages.find((candidate) => candidate.id === stageId);
        const { stages, heirId } = removeStage(journey.stages, stageId);
        const updated: Journey = { ...journey, stages, currentStageId: journey.currentStageId === stageId ? heirId : journey.currentStageId };
        const moved = (await tx.objectStore('steps').index('by-journey').getAll(journeyId)).filter((step) => step.stageId === stageId);
        await Promise.all([tx.objectStore('journeys').put(updated), ...moved.map((step) => tx.objectStore('steps').put({ ...step, stageId: heirId }))]);
        const removed: RemovedStage = {
          journeyId,
          stage: stage!,
          stagesBefore: journey.stages,
          currentStageIdBefore: journey.currentStageId,
          stepIds: moved.map((step) => step.id),
        };
        return { journey: updated, removed };
      });
    },
    () => stagesChanged(journeyId),
  );
}

/** Undoes a stage removal: the stage back in its place, and its steps (those still there) back in it. */
export function restoreJourneyStage(removed: RemovedStage): Promise<Journey> {
  return writeStore(
    'storeActionSaveJourney',
    async (db) => {
      const tx = db.transaction(['journeys', 'steps'], 'readwrite');
      return finish(tx, async () => {
        const journey = await tx.objectStore('journeys').get(removed.journeyId);
        if (!journey) throw missingRecord('journey', 'storeActionSaveJourney');
        // Stages added or renamed since stay; the removed one goes back where it was.
        const index = removed.stagesBefore.findIndex((stage) => stage.id === removed.stage.id);
        const stages = journey.stages.some((stage) => stage.id === removed.stage.id) ? journey.stages : journey.stages.toSpliced(index, 0, removed.stage);
        const currentStageId = removed.currentStageIdBefore === removed.stage.id ? removed.stage.id : journey.currentStageId;
        const steps = await Promise.all(removed.stepIds.map((id) => tx.objectStore('steps').get(id)));
        const updated: Journey = { ...journey, stages, currentStageId };
        await Promise.all([
          tx.objectStore('journeys').put(updated),
          ...steps.flatMap((step) => (step ? [tx.objectStore('steps').put({ ...step, stageId: removed.stage.id })] : [])),
        ]);
        return updated;
      });
    },
    () => stagesChanged(removed.journeyId),
  );
}
