import type { Annotation, Journey, Step } from '../journey/types';
import { missingRecord } from './errors';
import { withStore } from './transaction';

/**
 * A journey with everything the tester recorded and said about it: what the map draws and the exports
 * write. Screenshots stay out (they are Blobs, and only some views need them): read them by id.
 */
export interface JourneyBundle {
  journey: Journey;
  /** In walk order (seq). */
  steps: Step[];
  /** In the order they were made. */
  annotations: Annotation[];
}

/** Reads a journey, its steps and its annotations in one transaction, so they agree with each other. */
export function loadJourneyBundle(journeyId: string): Promise<JourneyBundle> {
  return withStore('storeActionReadJourney', async (db) => {
    const tx = db.transaction(['journeys', 'steps', 'annotations']);
    const [journey, steps, annotations] = await Promise.all([
      tx.objectStore('journeys').get(journeyId),
      tx
        .objectStore('steps')
        .index('by-journey-seq')
        .getAll(IDBKeyRange.bound([journeyId, -Infinity], [journeyId, Infinity])),
      tx.objectStore('annotations').index('by-journey').getAll(journeyId),
    ]);
    await tx.done;
    if (!journey) throw missingRecord('journey', 'storeActionReadJourney');
    return { journey, steps, annotations: annotations.sort((a, b) => a.at - b.at) };
  });
}
