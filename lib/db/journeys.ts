import type { Journey } from '../journey/types';
import { missingRecord } from './errors';
import { finish, withStore } from './transaction';

export type JourneyChange = Partial<Journey> | ((journey: Journey) => Journey);

export function createJourney(journey: Journey): Promise<void> {
  return withStore('storeActionCreateJourney', async (db) => {
    // add, not put: a second journey with the same id must not overwrite the first walk.
    await db.add('journeys', journey);
  });
}

export function getJourney(id: string): Promise<Journey | undefined> {
  return withStore('storeActionReadJourney', (db) => db.get('journeys', id));
}

/** Every journey, newest first. */
export function listJourneys(): Promise<Journey[]> {
  return withStore('storeActionListJourneys', async (db) => (await db.getAllFromIndex('journeys', 'by-startedAt')).reverse());
}

/**
 * Changes a journey in one transaction, so a change made meanwhile (a step bumping stepCount) is not
 * overwritten with a stale copy. Throws a StoreError if the journey does not exist.
 */
export function updateJourney(id: string, change: JourneyChange): Promise<Journey> {
  return withStore('storeActionSaveJourney', async (db) => {
    const tx = db.transaction('journeys', 'readwrite');
    return finish(tx, async () => {
      const current = await tx.store.get(id);
      if (!current) throw missingRecord('journey', 'storeActionSaveJourney');
      const next: Journey = typeof change === 'function' ? change(current) : { ...current, ...change };
      const updated: Journey = { ...next, id };
      await tx.store.put(updated);
      return updated;
    });
  });
}

/** Deletes a journey with its steps, screenshots and annotations, all or nothing. */
export function deleteJourney(id: string): Promise<void> {
  return withStore('storeActionDeleteJourney', async (db) => {
    const tx = db.transaction(['journeys', 'steps', 'screenshots', 'annotations'], 'readwrite');
    await finish(tx, async () => {
      const [steps, screenshots, annotations] = await Promise.all([
        tx.objectStore('steps').index('by-journey').getAllKeys(id),
        tx.objectStore('screenshots').index('by-journey').getAllKeys(id),
        tx.objectStore('annotations').index('by-journey').getAllKeys(id),
      ]);
      await Promise.all([
        tx.objectStore('journeys').delete(id),
        ...steps.map((key) => tx.objectStore('steps').delete(key)),
        ...screenshots.map((key) => tx.objectStore('screenshots').delete(key)),
        ...annotations.map((key) => tx.objectStore('annotations').delete(key)),
      ]);
    });
  });
}
