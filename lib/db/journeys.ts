import type { Annotation, Journey, Screenshot, Step } from '../journey/types';
import { missingRecord } from './errors';
import { finish, withStore, writeStore } from './transaction';

/** What updateJourney changes: some fields, or a function of the stored journey. */
export type JourneyUpdate = Partial<Journey> | ((journey: Journey) => Journey);

export function createJourney(journey: Journey): Promise<void> {
  return writeStore(
    'storeActionCreateJourney',
    async (db) => {
      // add, not put: a second journey with the same id must not overwrite the first walk.
      await db.add('journeys', journey);
    },
    () => [{ kind: 'journey', journeyId: journey.id }],
  );
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
export function updateJourney(id: string, change: JourneyUpdate): Promise<Journey> {
  return writeStore(
    'storeActionSaveJourney',
    async (db) => {
      const tx = db.transaction('journeys', 'readwrite');
      return finish(tx, async () => {
        const current = await tx.store.get(id);
        if (!current) throw missingRecord('journey', 'storeActionSaveJourney');
        const next: Journey = typeof change === 'function' ? change(current) : { ...current, ...change };
        const updated: Journey = { ...next, id };
        await tx.store.put(updated);
        return updated;
      });
    },
    () => [{ kind: 'journey', journeyId: id }],
  );
}

/** A journey with every row that goes with it: what a delete removed (kept to undo it), or what an import adds. */
export interface JourneyRows {
  journey: Journey;
  steps: Step[];
  screenshots: Screenshot[];
  annotations: Annotation[];
}

/**
 * Deletes a journey with its steps, screenshots and annotations, all or nothing. Resolves with what was
 * deleted (for undo), or undefined if the journey was already gone.
 */
export function deleteJourney(id: string): Promise<JourneyRows | undefined> {
  return writeStore(
    'storeActionDeleteJourney',
    async (db) => {
      const tx = db.transaction(['journeys', 'steps', 'screenshots', 'annotations'], 'readwrite');
      return finish(tx, async () => {
        const [journey, steps, screenshots, annotations] = await Promise.all([
          tx.objectStore('journeys').get(id),
          tx.objectStore('steps').index('by-journey').getAll(id),
          tx.objectStore('screenshots').index('by-journey').getAll(id),
          tx.objectStore('annotations').index('by-journey').getAll(id),
        ]);
        if (!journey) return undefined;
        await Promise.all([
          tx.objectStore('journeys').delete(id),
          ...steps.map((row) => tx.objectStore('steps').delete(row.id)),
          ...screenshots.map((row) => tx.objectStore('screenshots').delete(row.id)),
          ...annotations.map((row) => tx.objectStore('annotations').delete(row.id)),
        ]);
        return { journey, steps, screenshots, annotations };
      });
    },
    () => [{ kind: 'journey', journeyId: id }],
  );
}

/**
 * Adds a journey with its rows in one transaction: a deleted one put back, or an imported one. All or
 * nothing: if any row fails (a full disk), none is kept. Refuses a journey id that is already taken.
 */
export function addJourneyRows(rows: JourneyRows): Promise<void> {
  return writeStore(
    'storeActionCreateJourney',
    async (db) => {
      const tx = db.transaction(['journeys', 'steps', 'screenshots', 'annotations'], 'readwrite');
      await finish(tx, async () => {
        await tx.objectStore('journeys').add(rows.journey);
        // A few hundred rows at a time: each put copies its row there and then, and a 2,000-step walk's
        // thousands of puts in one go hold the page for a second. Between batches the page breathes; the
        // transaction stays open, since every await is on one of its own requests.
        const batches: Array<() => Promise<unknown>> = [
          ...inBatches(rows.steps, (row) => tx.objectStore('steps').put(row)),
          ...inBatches(rows.screenshots, (row) => tx.objectStore('screenshots').put(row)),
          ...inBatches(rows.annotations, (row) => tx.objectStore('annotations').put(row)),
        ];
        for (const batch of batches) await batch();
      });
    },
    () => [{ kind: 'journey', journeyId: rows.journey.id }],
  );
}

const BATCH = 200;

function inBatches<Row>(rows: readonly Row[], put: (row: Row) => Promise<unknown>): Array<() => Promise<unknown>> {
  const batches: Array<() => Promise<unknown>> = [];
  for (let start = 0; start < rows.length; start += BATCH) batches.push(() => Promise.all(rows.slice(start, start + BATCH).map(put)));
  return batches;
}

/** How many steps a journey has now (stepCount counts every step ever stored, deleted ones too). */
export function countSteps(journeyId: string): Promise<number> {
  return withStore('storeActionReadSteps', (db) => db.countFromIndex('steps', 'by-journey', journeyId));
}
