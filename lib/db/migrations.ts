import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Journey } from '../journey/types';
import type { AddressRules } from '../privacy/address-rules';
import { privateAddress } from '../privacy/address';
import { privateJourney, privateStep, rulesOfWalk } from '../privacy/private-walk';
import { defaultStages } from './default-stages';
import type { JourneyV1, TrailnoteDB } from './schema';

type UpgradeTransaction = IDBPTransaction<TrailnoteDB, ArrayLike<StoreNames<TrailnoteDB>>, 'versionchange'>;

/** Bump this with a new `if (oldVersion < N)` step below and a new schema interface. */
export const DB_VERSION = 4;

/**
 * The upgrade ladder: each step takes a database of the version before it to its own version, so a
 * database of any earlier version climbs every step it missed. Existing stores are reached through the
 * upgrade transaction (they are not `db`'s to create again).
 *
 * Row migrations run as requests on the upgrade transaction. If one fails, the transaction is aborted,
 * so the database stays at its old version with its old rows instead of being half migrated.
 */
export function upgradeJourneyDb(db: IDBPDatabase<TrailnoteDB>, oldVersion: number, tx: UpgradeTransaction): void {
  if (oldVersion < 1) {
    const journeys = db.createObjectStore('journeys', { keyPath: 'id' });
    journeys.createIndex('by-startedAt', 'startedAt');
    const steps = db.createObjectStore('steps', { keyPath: 'id' });
    steps.createIndex('by-journey', 'journeyId');
    steps.createIndex('by-journey-seq', ['journeyId', 'seq'], { unique: true });
    const screenshots = db.createObjectStore('screenshots', { keyPath: 'id' });
    screenshots.createIndex('by-journey', 'journeyId');
    screenshots.createIndex('by-step', 'stepId');
  }

  const rowMigrations: Array<() => Promise<void>> = [];

  if (oldVersion < 2) {
    const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
    annotations.createIndex('by-journey', 'journeyId');
    annotations.createIndex('by-step', 'stepId');
    rowMigrations.push(() => giveJourneysStages(tx));
  }

  if (oldVersion < 3) rowMigrations.push(() => cleanAddresses(tx));

  // Version 4: the tester's own scorecard templates (issue 18); no row changes.
  if (oldVersion < 4) db.createObjectStore('scorecardTemplates', { keyPath: 'id' });

  // The open request reports a failed upgrade; this promise would otherwise reject unheard.
  tx.done.catch(() => undefined);
  runInOrder(rowMigrations).catch((error: unknown) => {
    console.error('Trailnote: migrating the journey store failed; it stays at version', oldVersion, error);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: the open request reports the failure.
    }
  });
}

/**
 * Row migrations run one after another on the upgrade transaction. The first starts at once (an async
 * function runs synchronously up to its first await): a transaction stays active only while requests
 * are pending.
 */
async function runInOrder(migrations: Array<() => Promise<void>>): Promise<void> {
  for (const migrate of migrations) await migrate();
}

/** Version 2: a version-1 journey had no stages; it gets the default ones and starts on the first. */
async function giveJourneysStages(tx: UpgradeTransaction): Promise<void> {
  let cursor = await tx.objectStore('journeys').openCursor();
  while (cursor) {
    const row: JourneyV1 & Partial<Pick<Journey, 'stages' | 'currentStageId'>> = cursor.value;
    if (!row.stages || !row.currentStageId) {
      // Names are English here: the store does not know the tester's language. Stage ids are stable.
      const stages = row.stages?.length ? row.stages : defaultStages();
      const migrated: Journey = { ...row, stages, currentStageId: row.currentStageId || stages[0].id };
      await cursor.update(migrated);
    }
    cursor = await cursor.continue();
  }
}

/**
 * Version 3: walks recorded before the address rule (lib/privacy) kept addresses as the browser showed them,
 * passwords of GET forms and OAuth tokens included. Their steps, pictures' addresses and start addresses are
 * cleaned in place, each journey by the fields it filled; rows already clean are not written.
 */
async function cleanAddresses(tx: UpgradeTransaction): Promise<void> {
  const rulesByJourney = new Map<string, AddressRules>();
  let journeys = await tx.objectStore('journeys').openCursor();
  while (journeys) {
    const journey = journeys.value;
    const steps = await tx.objectStore('steps').index('by-journey').getAll(journey.id);
    const rules = rulesOfWalk(steps, journey.recordTypedText);
    rulesByJourney.set(journey.id, rules);
    for (const step of steps) {
      const kept = privateStep(step, rules);
      if (JSON.stringify(kept) !== JSON.stringify(step)) await tx.objectStore('steps').put(kept);
    }
    const kept = privateJourney(journey, rules);
    if (kept.environment?.startUrl !== journey.environment?.startUrl) await journeys.update(kept);
    journeys = await journeys.continue();
  }
  let shots = await tx.objectStore('screenshots').openCursor();
  while (shots) {
    const { pageUrl, journeyId } = shots.value;
    const rules = rulesByJourney.get(journeyId);
    if (pageUrl && rules && privateAddress(pageUrl, rules) !== pageUrl) await shots.update({ ...shots.value, pageUrl: privateAddress(pageUrl, rules) });
    shots = await shots.continue();
  }
}
