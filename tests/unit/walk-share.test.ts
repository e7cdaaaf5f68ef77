import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addJourneyRows, getJourney, getSteps, loadJourneyBundle } from '../../lib/db';
import { leaveInOutbox } from '../../lib/contract/outbox';
import { asJson, journeyFile } from '../../lib/export/journey-file';
import { shareZip } from '../../lib/export/share-zip';
import { importJourney } from '../../lib/import/import-journey';
import { COUNT_LIMITS } from '../../lib/journey/limits';
import type { Annotation, Screenshot, Step } from '../../lib/journey/types';
import { fits, SHARE_LIMITS, stepsLeft } from '../../lib/journey/walk-room';
import { recordingState, walkInThisSession } from '../../lib/recording/state';
import { storeRecordedStep } from '../../lib/recording/step-writer';
import { walkSize } from '../../lib/recording/walk-size';
import { fakeJpeg } from './support/shared-files';
import { journey, useFreshStore } from './support/rows';

/**
 * Every walk Trailnote can record can be exported and imported back (issue 17): a walk of exactly as many steps
 * as the recorder lets a walk have, the shape of a real one (pages with load figures and pictures, clicks with
 * pictures, masked fields, emotions and notes), goes through the real ZIP and JSON exports and imports.
 * Its pictures are tiny: the bytes a ZIP may hold are walk-limit.test.ts's, with real-sized ones.
 */

const journeyId = crypto.randomUUID();
const tabId = 7;
const T0 = Date.UTC(2026, 2, 14, 9, 30);

function stepAt(index: number): Step {
  const id = crypto.randomUUID();
  const page = { id, journeyId, seq: index + 1, at: T0 + index * 2_000, stageId: index < 5_000 ? 'awareness' : 'decision', tabId };
  const url = `https://shop.example/category/tents/page-${Math.floor(index / 3)}?sort=price&utm_source=newsletter`;
  const target = { text: `Product ${index}`, role: 'link', tag: 'a', selectors: [`aria/Product ${index}`, `#product-${index}`, `xpath///a[${index}]`] };
  switch (index % 3) {
    case 0:
      return {
        ...page,
        kind: 'navigation',
        navigation: 'load',
        url,
        title: `Tents — page ${index}`,
        timing: { ttfb: 120.4, domContentLoaded: 640.1, load: 910.7, lcp: 702.3, cls: 0.021, transferSize: 48_213 },
      };
    case 1:
      return { ...page, kind: 'click', url, title: `Tents — page ${index}`, target, point: { x: 412, y: 318, viewportWidth: 1280, viewportHeight: 800 } };
    default:
      return {
        ...page,
        kind: 'input',
        url,
        title: `Tents — page ${index}`,
        target: { ...target, role: 'textbox', tag: 'input' },
        field: { label: 'Search', name: 'q', type: 'search', masked: true, maskReason: 'typed', mask: 'a ×8' },
      };
  }
}

/** The walk, stored as the recorder leaves it: every page and click pictured, an emotion on each page, a note every hundred steps. */
async function storeFullWalk(): Promise<void> {
  const steps = Array.from({ length: COUNT_LIMITS.steps }, (_, index) => stepAt(index));
  const screenshots: Screenshot[] = [];
  const annotations: Annotation[] = [];
  for (const step of steps) {
    if (step.kind !== 'input') {
      step.screenshotId = crypto.randomUUID();
      const image = new Blob([fakeJpeg(1280, 800)], { type: 'image/jpeg' });
      const thumbnail = new Blob([fakeJpeg(320, 200)], { type: 'image/jpeg' });
      screenshots.push({ id: step.screenshotId, journeyId, stepId: step.id, takenAt: step.at, image, thumbnail, width: 1280, height: 800, method: 'visible-tab' });
    }
    if (step.kind === 'navigation') annotations.push({ id: crypto.randomUUID(), journeyId, stepId: step.id, at: step.at + 500, kind: 'emotion', emotion: -1 });
    if (step.seq % 100 === 0)
      annotations.push({ id: crypto.randomUUID(), journeyId, stepId: step.id, at: step.at + 900, kind: 'friction', text: 'The size filter forgets itself on the next page' });
  }
  await addJourneyRows({ journey: { ...journey(journeyId, T0), stages: journey(journeyId).stages, stepCount: steps.length }, steps, screenshots, annotations });
}

useFreshStore();
beforeEach(() => {
  fakeBrowser.reset();
});

describe('a walk at the limit', () => {
  it('is full by the recorder’s count, refuses one more step, and its ZIP and JSON import back whole', async () => {
    await storeFullWalk();
    const size = await walkSize(journeyId, { measure: true });
    expect(size.steps).toBe(SHARE_LIMITS.steps);
    expect(fits(size, SHARE_LIMITS)).toBe(true);
    expect(stepsLeft(size, SHARE_LIMITS)).toBe(0);

    // The recorder, going on with it, keeps no step past the limit and stops the walk.
    await walkInThisSession.setValue(true);
    await recordingState.setValue({ journeyId, tabIds: [tabId], paused: false, recordTypedText: false });
    const oneMore = { id: crypto.randomUUID(), kind: 'navigation' as const, navigation: 'load' as const, at: T0 + 30_000_000, url: 'https://shop.example/cart', title: 'Cart' };
    await leaveInOutbox({ tabId, step: oneMore });
    await storeRecordedStep(oneMore, tabId);
    await vi.waitFor(async () => expect(await getJourney(journeyId)).toMatchObject({ status: 'stopped', reachedShareLimit: true }));
    expect((await getSteps(journeyId)).length).toBe(SHARE_LIMITS.steps);

    const bundle = await loadJourneyBundle(journeyId);
    const makeThumbnail = vi.fn(async (image: Blob) => image);
    const fromZip = await importJourney(new Blob([await shareZip(bundle)]), { makeThumbnail });
    expect(fromZip.rows.steps.map((step) => step.seq)).toEqual(bundle.steps.map((step) => step.seq));
    expect(fromZip.rows.screenshots.length).toBe(bundle.steps.filter((step) => step.screenshotId).length);
    expect(fromZip.rows.annotations.length).toBe(bundle.annotations.length);
    expect(makeThumbnail).not.toHaveBeenCalled();

    const fromJson = await importJourney(new Blob([asJson(journeyFile(bundle))]), { makeThumbnail });
    expect(fromJson.rows.steps.length).toBe(SHARE_LIMITS.steps);
    expect(fromJson.rows.annotations.length).toBe(bundle.annotations.length);
  }, 180_000);
});
