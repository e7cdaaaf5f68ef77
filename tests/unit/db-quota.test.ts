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
