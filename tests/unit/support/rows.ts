import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { closeJourneyDb, type NewStep } from '../../../lib/db';
import { defaultStages } from '../../../lib/db/default-stages';
import type { Journey, Screenshot } from '../../../lib/journey/types';

/** Rows of a small walk for store tests: a journey "j1" on shop.example, its steps and screenshots. */

/** Each test gets an empty store. */
export function useFreshStore(): void {
  beforeEach(async () => {
    await closeJourneyDb();
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(async () => {
    await closeJourneyDb();
  });
}

export function journey(id: string, startedAt = 1_000): Journey {
  const stages = defaultStages();
  return {
    id,
    title: `Walk ${id}`,
    site: 'shop.example',
    persona: 'First-time buyer',
    goal: 'Buy a kettle',
    kind: 'own',
    startedAt,
    status: 'recording',
    stages,
    currentStageId: stages[0].id,
    recordTypedText: false,
    stepCount: 0,
  };
}

export function click(id: string, journeyId = 'j1'): NewStep {
  return {
    id,
    journeyId,
    kind: 'click',
    at: 2_000,
    stageId: 'awareness',
    url: 'https://shop.example/',
    title: 'Shop',
    tabId: 7,
    target: { text: 'Add to cart', role: 'button', tag: 'button', selectors: ['aria/Add to cart'] },
  };
}

export function navigation(id: string, journeyId = 'j1'): NewStep {
  return {
    id,
    journeyId,
    kind: 'navigation',
    navigation: 'load',
    at: 1_500,
    stageId: 'awareness',
    url: 'https://shop.example/',
    title: 'Shop',
    tabId: 7,
    timing: { ttfb: 120, load: 900 },
  };
}

export function screenshot(id: string, stepId: string, journeyId = 'j1'): Screenshot {
  return {
    id,
    journeyId,
    stepId,
    takenAt: 3_000,
    image: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])], { type: 'image/jpeg' }),
    thumbnail: new Blob([new Uint8Array([0xff, 0xd8])], { type: 'image/jpeg' }),
    width: 1280,
    height: 800,
    method: 'visible-tab',
  };
}
