import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeJourneyDb, DB_VERSION, openJourneyDb, StoreError } from '../../lib/db';
import { DEFAULT_STAGE_IDS } from '../../lib/db/default-stages';
import type { JourneyV1, TrailnoteDBv1, TrailnoteDBv3 } from '../../lib/db/schema';
import { defaultStages } from '../../lib/db/default-stages';
import { leadForm } from '../../lib/scorecard/built-in/lead-form';
import type { Annotation, Journey, Step } from '../../lib/journey/types';

const opened: string[] = [];
let counter = 0;

/** A fresh database name per test, closed and deleted afterwards. */
function freshName(): string {
  const name = `trailnote-migration-${++counter}`;
  opened.push(name);
  return name;
}

afterEach(async () => {
  for (const name of opened.splice(0)) {
    await closeJourneyDb(name);
    await deleteDB(name);
  }
});

const v1Journey: JourneyV1 = {
  id: 'j1',
  title: 'Checkout walk',
  site: 'shop.example',
  persona: 'Returning buyer',
  goal: 'Reorder',
  kind: 'competitor',
  startedAt: 1_000,
  endedAt: 9_000,
  status: 'stopped',
  recordTypedText: false,
  stepCount: 2,
};

const v1Steps: Step[] = [
  {
    id: 's1',
    journeyId: 'j1',
    seq: 1,
    at: 1_100,
    stageId: '',
    url: 'https://shop.example/',
    title: 'Shop',
    tabId: 3,
    kind: 'navigation',
    navigation: 'load',
    timing: { load: 800 },
  },
  {
    id: 's2',
    journeyId: 'j1',
    seq: 2,
    at: 1_900,
    stageId: '',
    url: 'https://shop.example/',
    title: 'Shop',
    tabId: 3,
    kind: 'click',
    screenshotId: 'shot-1',
    target: { text: 'Buy', role: 'button', tag: 'button', selectors: ['aria/Buy'] },
  },
];

/** Builds a database exactly as Trailnote's version 1 did, with raw idb. */
async function createV1Database(name: string, steps: Step[] = v1Steps, journey: JourneyV1 = v1Journey, pageUrl?: string): Promise<void> {
  const db = await openDB<TrailnoteDBv1>(name, 1, {
    upgrade(database) {
      const journeys = database.createObjectStore('journeys', { keyPath: 'id' });
      journeys.createIndex('by-startedAt', 'startedAt');
      const steps = database.createObjectStore('steps', { keyPath: 'id' });
      steps.createIndex('by-journey', 'journeyId');
      steps.createIndex('by-journey-seq', ['journeyId', 'seq'], { unique: true });
      const screenshots = database.createObjectStore('screenshots', { keyPath: 'id' });
      screenshots.createIndex('by-journey', 'journeyId');
      screenshots.createIndex('by-step', 'stepId');
    },
  });
  const tx = db.transaction(['journeys', 'steps', 'screenshots'], 'readwrite');
  await Promise.all([
    tx.objectStore('journeys').put(journey),
    ...steps.map((step) => tx.objectStore('steps').put(step)),
    tx.objectStore('screenshots').put({
      id: 'shot-1',
      journeyId: 'j1',
      stepId: 's2',
      takenAt: 1_950,
      width: 10,
      height: 10,
      method: 'visible-tab',
      ...(pageUrl && { pageUrl }),
      image: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }),
      thumbnail: new Blob([new Uint8Array([1])], { type: 'image/jpeg' }),
    }),
    tx.done,
  ]);
  db.close();
}

describe('journey store migrations', () => {
  it('creates every store of the current version in a new database', async () => {
    const db = await openJourneyDb(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['annotations', 'journeys', 'scorecardTemplates', 'screenshots', 'steps']);
    expect([...db.transaction('steps').store.indexNames].sort()).toEqual(['by-journey', 'by-journey-seq']);
  });

  it('takes a version-1 database to version 2: annotations appear, journeys get stages, steps stay as they were', async () => {
    const name = freshName();
    await createV1Database(name);

    const db = await openJourneyDb(name);

    expect(db.version).toBe(DB_VERSION);
    expect(db.objectStoreNames.contains('annotations')).toBe(true);
    expect([...db.transaction('annotations').store.indexNames].sort()).toEqual(['by-journey', 'by-step']);

    const journey = await db.get('journeys', 'j1');
    expect(journey).toEqual({
      ...v1Journey,
      stages: DEFAULT_STAGE_IDS.map((id) => ({ id, name: expect.any(String) })),
      currentStageId: 'awareness',
    });
    expect(journey?.stages.map((s) => s.name)).toEqual(['Awareness', 'Consideration', 'Decision', 'Purchase', 'Service', 'Loyalty']);

    expect(await db.getAllFromIndex('steps', 'by-journey-seq', IDBKeyRange.bound(['j1', 0], ['j1', Infinity]))).toEqual(v1Steps);
    const shot = await db.get('screenshots', 'shot-1');
    expect(shot?.image).toBeInstanceOf(Blob);
    expect(shot?.image.size).toBe(3);
  });

  it('takes an older database to version 3: addresses stored before the address rule are cleaned, the rest kept', async () => {
    const name = freshName();
    const landing = 'https://shop.example/pay/?email=ada%40example.com&pw=CANARY-PW&delivery=express';
    const field = { label: 'Email', name: 'email', type: 'email', masked: true, maskReason: 'typed' as const, mask: 'a@ ×15' };
    const steps: Step[] = [
      { ...v1Steps[0], seq: 1, kind: 'input', target: { text: 'Email', role: 'textbox', tag: 'input', selectors: [] }, field },
      { ...v1Steps[1], url: landing, title: landing },
    ];
    const journey = {
      ...v1Journey,
      environment: { userAgent: 'Chrome', language: 'en', viewport: { width: 1, height: 1 }, startUrl: 'https://shop.example/#access_token=CANARY-AT' },
    };
    await createV1Database(name, steps, journey, landing);

    const db = await openJourneyDb(name);

    const kept = 'https://shop.example/pay/?email=[masked:a@×15]&pw=[redacted]&delivery=express';
    const stored = await db.getAll('steps');
    expect(stored.find((step) => step.id === 's2')).toEqual({ ...steps[1], url: kept, title: kept });
    expect(stored.find((step) => step.id === 's1')).toEqual(steps[0]);
    expect((await db.get('journeys', 'j1'))?.environment?.startUrl).toBe('https://shop.example/#access_token=[redacted]');
    expect((await db.get('screenshots', 'shot-1'))?.pageUrl).toBe(kept);
  });

  it('takes a version-3 database to version 4: a store for the tester’s scorecard templates appears, the walks stay as they were', async () => {
    const name = freshName();
    const journey: Journey = { ...v1Journey, stages: defaultStages(), currentStageId: 'awareness' };
    const note: Annotation = { id: 'a1', journeyId: 'j1', stepId: 's1', at: 1_200, kind: 'friction', text: 'Slow' };
    const v3 = await openDB<TrailnoteDBv3>(name, 3, {
      upgrade(database) {
        database.createObjectStore('journeys', { keyPath: 'id' }).createIndex('by-startedAt', 'startedAt');
        const steps = database.createObjectStore('steps', { keyPath: 'id' });
        steps.createIndex('by-journey', 'journeyId');
        steps.createIndex('by-journey-seq', ['journeyId', 'seq'], { unique: true });
        const screenshots = database.createObjectStore('screenshots', { keyPath: 'id' });
        screenshots.createIndex('by-journey', 'journeyId');
        screenshots.createIndex('by-step', 'stepId');
        const annotations = database.createObjectStore('annotations', { keyPath: 'id' });
        annotations.createIndex('by-journey', 'journeyId');
        annotations.createIndex('by-step', 'stepId');
      },
    });
    await Promise.all([v3.put('journeys', journey), v3.put('steps', v1Steps[0]), v3.put('annotations', note)]);
    v3.close();

    const db = await openJourneyDb(name);

    expect(db.version).toBe(4);
    expect(await db.get('journeys', 'j1')).toEqual(journey);
    expect(await db.get('steps', 's1')).toEqual(v1Steps[0]);
    expect(await db.get('annotations', 'a1')).toEqual(note);
    expect(await db.getAll('scorecardTemplates')).toEqual([]);
    await db.put('scorecardTemplates', { ...leadForm.en, id: 'mine', createdAt: 5 });
    expect((await db.get('scorecardTemplates', 'mine'))?.title).toBe('Lead or contact form');
  });

  it('leaves a version-1 database untouched when the migration fails, instead of half migrating it', async () => {
    const name = freshName();
    await createV1Database(name);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(IDBCursor.prototype, 'update').mockImplementation(() => {
      throw new DOMException('Simulated failure', 'DataError');
    });

    await expect(openJourneyDb(name)).rejects.toBeInstanceOf(StoreError);
    vi.restoreAllMocks();

    const raw = await openDB<TrailnoteDBv1>(name);
    expect(raw.version).toBe(1);
    expect(raw.objectStoreNames.contains('annotations' as never)).toBe(false);
    expect(await raw.get('journeys', 'j1')).toEqual(v1Journey);
    raw.close();

    // The failed open is not cached: once the cause is gone, the next open migrates.
    const db = await openJourneyDb(name);
    expect((await db.get('journeys', 'j1'))?.currentStageId).toBe('awareness');
  });

  it('refuses a database written by a newer Trailnote and leaves its data alone', async () => {
    const name = freshName();
    const future = await openDB(name, 99, {
      upgrade(database) {
        // Not awaited: the upgrade transaction commits the put before openDB resolves.
        void database.createObjectStore('journeys', { keyPath: 'id' }).put({ id: 'j-future', shape: 'unknown to us' });
      },
    });
    future.close();

    const error = await openJourneyDb(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('downgrade');
    expect((error as StoreError).message).toBe('This journey store was written by a newer Trailnote. Update the extension to open it.');
    expect(((error as StoreError).cause as Error).name).toBe('VersionError');

    const after = await openDB(name);
    expect(after.version).toBe(99);
    expect([...after.objectStoreNames]).toEqual(['journeys']);
    expect(await after.get('journeys', 'j-future')).toEqual({ id: 'j-future', shape: 'unknown to us' });
    after.close();
  });
});
