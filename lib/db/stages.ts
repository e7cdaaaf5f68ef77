import { removeStage } from '../journey/stages';
import type { Journey } from '../journey/types';
import { missingRecord } from './errors';
import { finish, withStore } from './transaction';

/**
 * Removes a stage from a journey and moves its steps to the stage that takes them over, in one
 * transaction: no step is ever left in a stage the journey no longer has.
 */
export function removeJourneyStage(journeyId: string, stageId: string): Promise<Journey> {
  return withStore('storeActionSaveJourney', async (db) => {
    const tx = db.transaction(['journeys', 'steps'], 'readwrite');
    return finish(tx, async () => {
      const journey = await tx.objectStore('journeys').get(journeyId);
      if (!journey) throw missingRecord('journey', 'storeActionSaveJourney');
      const { stages, heirId } = removeStage(journey.stages, stageId);
      const updated: Journey = { ...journey, stages, currentStageId: journey.currentStageId === stageId ? heirId : journey.currentStageId };
      const steps = await tx.objectStore('steps').index('by-journey').getAll(journeyId);
      await Promise.all([
        tx.objectStore('journeys').put(updated),
        ...steps.filter((step) => step.stageId === stageId).map((step) => tx.objectStore('steps').put({ ...step, stageId: heirId })),
      ]);
      return updated;
    });
  });
}
