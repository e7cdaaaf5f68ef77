import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appendStep, closeJourneyDb, createJourney, getJourney, getSteps, StoreError, toStoreError, type NewStep } from '../../lib/db';
import { fillTheDisk } from './support/full-disk';
import { journey } from './support/rows';

function click(id: string): NewStep {
  return {
    id,
    journeyId: 'j1',
    kind: 'click',
    at: 2_000,
    stageId: 'awareness',
    url: 'https://shop.example/',
    title: 'Shop',
    tabId: 1,
    target: { text: 'Buy', role: 'button', tag: 'button', selectors: ['aria/Buy'] },
  };
}

beforeEach(async () => {
  await closeJourneyDb();
  globalThis.indexedDB = new IDBFactory();
});

afterEach(async () => {
  await closeJourneyDb();
});

describe('a full disk', () => {
  it('turns QuotaExceededError into a StoreError a tester understands, keeping the cause and the earlier steps', async () => {
    await createJourney(journey('j1'));
    await appendStep(click('a'));
    fillTheDisk();

    const error = await appendStep(click('b')).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('quota');
    expect((error as StoreError).message).toBe('Your disk is full: Trailnote could not save the step. Free some space; the steps recorded so far are kept.');
    expect((error as StoreError).cause).toBeInstanceOf(DOMException);
    expect(((error as StoreError).cause as DOMException).name).toBe('QuotaExceededError');

    vi.restoreAllMocks();
    expect((await getSteps('j1')).map((s) => s.id)).toEqual(['a']);
    expect((await getJourney('j1'))?.stepCount).toBe(1);
  });

  it('refuses a write while the disk is nearly full, before it can reach the last byte, and writes again once there is room', async () => {
    await createJourney(journey('j1'));
    await appendStep(click('a'));
    // The browser's estimate: quota minus usage is the free disk (lib/db/room.ts).
    const room = { left: 4 * 1024 * 1024 };
    const estimate = vi.fn(() => Promise.resolve({ quota: 10_000_000 + room.left, usage: 10_000_000 }));
    vi.stubGlobal('navigator', { ...globalThis.navigator, storage: { estimate } });
    const writes = [vi.spyOn(IDBObjectStore.prototype, 'add'), vi.spyOn(IDBObjectStore.prototype, 'put')];

    const error = await appendStep(click('b')).catch((e: unknown) => e);

    expect((error as StoreError).code).toBe('quota');
    expect((error as StoreError).message).toBe('Your disk is full: Trailnote could not save the step. Free some space; the steps recorded so far are kept.');
    for (const write of writes) expect(write).not.toHaveBeenCalled();
    room.left = 6 * 1024 * 1024;
    await appendStep(click('b'));
    expect((await getSteps('j1')).map((step) => step.id)).toEqual(['a', 'b']);
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('maps errors by name, passes StoreErrors through and says what failed otherwise', () => {
    const quota = toStoreError(new DOMException('full', 'QuotaExceededError'), 'storeActionSaveScreenshot');
    expect(quota.message).toBe('Your disk is full: Trailnote could not save the screenshot. Free some space; the steps recorded so far are kept.');

    const own = new StoreError('Already explained.');
    expect(toStoreError(own, 'storeActionReadStep')).toBe(own);

    const other = toStoreError(new DOMException('Boom', 'UnknownError'), 'storeActionReadSteps');
    expect(other.message).toBe('Trailnote could not read the steps: Boom');
    expect(other.code).toBe('failed');
    expect(other.cause).toBeInstanceOf(DOMException);
  });
});
