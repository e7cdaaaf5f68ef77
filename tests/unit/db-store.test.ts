import { describe, expect, it } from 'vitest';
import {
  appendStep,
  countScreenshots,
  createJourney,
  deleteAnnotation,
  deleteJourney,
  getAnnotations,
  getJourney,
  getScreenshot,
  getScreenshotForStep,
  getStep,
  getSteps,
  listJourneys,
  loadJourneyBundle,
  mergeStepTiming,
  openJourneyDb,
  saveAnnotation,
  saveScreenshot,
  StoreError,
  updateJourney,
  updateStep,
} from '../../lib/db';
import { click, journey, navigation, screenshot, useFreshStore } from './support/rows';

useFreshStore();

describe('journeys', () => {
  it('creates, reads and lists journeys newest first', async () => {
    await createJourney(journey('old', 1_000));
    await createJourney(journey('new', 5_000));
    await createJourney(journey('mid', 3_000));

    expect(await getJourney('mid')).toEqual(journey('mid', 3_000));
    expect(await getJourney('nope')).toBeUndefined();
    expect((await listJourneys()).map((j) => j.id)).toEqual(['new', 'mid', 'old']);
  });

  it('refuses a second journey with the same id instead of overwriting the first walk', async () => {
    await createJourney(journey('j1'));
    await expect(createJourney({ ...journey('j1'), title: 'Other' })).rejects.toBeInstanceOf(StoreError);
    expect((await getJourney('j1'))?.title).toBe('Walk j1');
  });

  it('updates with a partial or a function, keeps the id, and refuses a missing journey', async () => {
    await createJourney(journey('j1'));
    const paused = await updateJourney('j1', { status: 'paused', id: 'hijack' });
    expect(paused).toMatchObject({ id: 'j1', status: 'paused', title: 'Walk j1' });
    const renamed = await updateJourney('j1', (j) => ({ ...j, title: `${j.title}!` }));
    expect(renamed.title).toBe('Walk j1!');
    expect(await getJourney('j1')).toEqual(renamed);
    expect(await getJourney('hijack')).toBeUndefined();

    const missing = await updateJourney('ghost', { status: 'stopped' }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(StoreError);
    expect((missing as StoreError).code).toBe('missing');
  });

  it('deletes a journey with its steps, screenshots and annotations, and leaves other journeys alone', async () => {
    await createJourney(journey('j1'));
    await createJourney(journey('j2'));
    for (const id of ['a', 'b']) await appendStep(click(id, 'j1'));
    await appendStep(click('other', 'j2'));
    await saveScreenshot(screenshot('s-a', 'a', 'j1'));
    await saveScreenshot(screenshot('s-other', 'other', 'j2'));
    await saveAnnotation({ id: 'n1', journeyId: 'j1', stepId: 'a', at: 1, kind: 'friction', text: 'Slow' });
    await saveAnnotation({ id: 'n2', journeyId: 'j2', stepId: 'other', at: 1, kind: 'emotion', emotion: 2 });

    await deleteJourney('j1');

    expect(await getJourney('j1')).toBeUndefined();
    expect(await getSteps('j1')).toEqual([]);
    expect(await getStep('a')).toBeUndefined();
    expect(await getScreenshot('s-a')).toBeUndefined();
    expect(await countScreenshots('j1')).toBe(0);
    expect(await getAnnotations('j1')).toEqual([]);

    expect((await getSteps('j2')).map((s) => s.id)).toEqual(['other']);
    expect(await getScreenshot('s-other')).toBeDefined();
    expect((await getAnnotations('j2')).map((a) => a.id)).toEqual(['n2']);
  });
});

describe('steps', () => {
  it('assigns seq 1..n and counts the steps on the journey', async () => {
    await createJourney(journey('j1'));
    const results = [];
    for (const id of ['a', 'b', 'c']) results.push(await appendStep(click(id)));

    expect(results.map((r) => [r.step.seq, r.created])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    expect((await getSteps('j1')).map((s) => [s.id, s.seq])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    expect((await getJourney('j1'))?.stepCount).toBe(3);
  });

  it('stores a resent step once and returns the stored one', async () => {
    await createJourney(journey('j1'));
    await appendStep(click('a'));
    const first = await appendStep(click('b'));
    const resent = await appendStep({ ...click('b'), at: 9_999 });

    expect(resent.created).toBe(false);
    expect(resent.step).toEqual(first.step);
    expect(await getSteps('j1')).toHaveLength(2);
    expect((await getJourney('j1'))?.stepCount).toBe(2);
  });

  it('gives 20 concurrent appends seq 1..20 in call order, with no gap', async () => {
    await createJourney(journey('j1'));
    const ids = Array.from({ length: 20 }, (_, i) => `step-${i}`);
    const results = await Promise.all(ids.map((id) => appendStep(click(id))));

    expect(results.map((r) => r.step.seq)).toEqual(ids.map((_, i) => i + 1));
    expect((await getSteps('j1')).map((s) => s.id)).toEqual(ids);
    expect((await getJourney('j1'))?.stepCount).toBe(20);
  });

  it('puts a step that arrives late back before the browser page the tester went on to, and moves that page up', async () => {
    await createJourney(journey('j1'));
    await appendStep({ ...navigation('shop'), at: 1_000 });
    // Stored by the background at commit: a browser page, where no recorder can send a step.
    const browserPage = { ...navigation('chrome'), at: 3_000, url: 'chrome://version/', title: '', problem: { code: 'page-not-recordable' as const, message: 'Not recordable' } };
    await appendStep(browserPage);
    // The shop page's click, sent by its recorder after the tester had already left.
    const late = await appendStep({ ...click('late'), at: 2_000 });

    expect(late.step.seq).toBe(2);
    expect((await getSteps('j1')).map((s) => [s.id, s.seq])).toEqual([
      ['shop', 1],
      ['late', 2],
      ['chrome', 3],
    ]);
    expect((await getJourney('j1'))?.stepCount).toBe(3);
    // A step that came after the browser page, and any step after an ordinary one, goes last as before.
    await appendStep({ ...click('after'), at: 4_000 });
    await appendStep({ ...click('early'), at: 500 });
    expect((await getSteps('j1')).map((s) => s.id)).toEqual(['shop', 'late', 'chrome', 'after', 'early']);
  });

  it('refuses a step of a journey that does not exist, and stores nothing', async () => {
    const error = await appendStep(click('a', 'ghost')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(await getStep('a')).toBeUndefined();
  });

  it('keeps steps of different journeys apart, each in walk order', async () => {
    await createJourney(journey('j1'));
    await createJourney(journey('j2'));
    for (let i = 1; i <= 6; i++) {
      await appendStep(click(`j1-${i}`, 'j1'));
      await appendStep(click(`j2-${i}`, 'j2'));
    }
    expect((await getSteps('j2')).map((s) => s.id)).toEqual(['j2-1', 'j2-2', 'j2-3', 'j2-4', 'j2-5', 'j2-6']);
    expect((await getSteps('j1')).map((s) => [s.id, s.seq])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [`j1-${n}`, n]));
  });

  it('updates a step but never its id, journey or seq; a missing step gives undefined', async () => {
    await createJourney(journey('j1'));
    await appendStep(click('a'));
    const problem = { code: 'capture-failed' as const, message: 'Tab hidden' };
    const updated = await updateStep('a', { problem, label: 'Adds the kettle' });
    expect(updated).toMatchObject({ id: 'a', journeyId: 'j1', seq: 1, problem, label: 'Adds the kettle' });
    expect(await getStep('a')).toEqual(updated);
    expect(await updateStep('ghost', { keyMoment: true })).toBeUndefined();
  });

  it('merges later timings into a navigation step, newer values winning', async () => {
    await createJourney(journey('j1'));
    await appendStep(navigation('n'));
    await mergeStepTiming('n', { lcp: 1_400, cls: 0.02 });
    const step = await mergeStepTiming('n', { lcp: 1_650, load: undefined });

    expect(step?.kind === 'navigation' && step.timing).toEqual({ ttfb: 120, load: 900, lcp: 1_650, cls: 0.02 });
    expect(await getStep('n')).toEqual(step);
    expect(await mergeStepTiming('ghost', { lcp: 1 })).toBeUndefined();
  });
});

describe('screenshots', () => {
  it('stores the image as a Blob and links the step, in one go', async () => {
    await createJourney(journey('j1'));
    await appendStep(click('a'));
    await saveScreenshot(screenshot('s1', 'a'));

    const stored = await getScreenshot('s1');
    // fake-indexeddb structured-clones rows; under Node 20 a Blob comes back as a Blob with its bytes.
    expect(stored?.image).toBeInstanceOf(Blob);
    expect(stored?.image.type).toBe('image/jpeg');
    expect([...new Uint8Array(await stored!.image.arrayBuffer())]).toEqual([0xff, 0xd8, 0xff, 1, 2, 3]);
    expect(stored?.thumbnail.size).toBe(2);
    expect((await getStep('a'))?.screenshotId).toBe('s1');
    expect((await getScreenshotForStep('a'))?.id).toBe('s1');
    expect(await countScreenshots('j1')).toBe(1);
  });

  it("replaces a step's earlier screenshot instead of leaving it behind", async () => {
    await createJourney(journey('j1'));
    await appendStep(click('a'));
    await saveScreenshot(screenshot('s1', 'a'));
    await saveScreenshot(screenshot('s2', 'a'));

    expect((await getStep('a'))?.screenshotId).toBe('s2');
    expect(await getScreenshot('s1')).toBeUndefined();
    expect(await countScreenshots('j1')).toBe(1);
  });

  it('refuses a screenshot whose step is gone, and refuses base64 strings', async () => {
    await createJourney(journey('j1'));
    await expect(saveScreenshot(screenshot('s1', 'ghost'))).rejects.toBeInstanceOf(StoreError);
    expect(await getScreenshot('s1')).toBeUndefined();

    await appendStep(click('a'));
    const base64 = { ...screenshot('s2', 'a'), image: 'data:image/jpeg;base64,/9j/' as unknown as Blob };
    await expect(saveScreenshot(base64)).rejects.toThrow(/not an image/);
    expect((await getStep('a'))?.screenshotId).toBeUndefined();
  });
});

describe('annotations', () => {
  it("lists a journey's annotations by time and deletes one", async () => {
    await createJourney(journey('j1'));
    await createJourney(journey('j2'));
    await appendStep(click('a'));
    await appendStep(click('b', 'j2'));
    await saveAnnotation({ id: 'late', journeyId: 'j1', stepId: 'a', at: 30, kind: 'delight', text: 'Nice' });
    await saveAnnotation({ id: 'early', journeyId: 'j1', stepId: 'a', at: 10, kind: 'emotion', emotion: -2 });
    await saveAnnotation({ id: 'elsewhere', journeyId: 'j2', stepId: 'b', at: 20, kind: 'note', text: '…' });

    expect((await getAnnotations('j1')).map((a) => a.id)).toEqual(['early', 'late']);
    await deleteAnnotation('early');
    expect((await getAnnotations('j1')).map((a) => a.id)).toEqual(['late']);
  });
});

describe('journey bundle', () => {
  it('reads a journey with its steps in walk order and its annotations by time, and refuses a missing one', async () => {
    await createJourney(journey('j1'));
    await createJourney(journey('j2'));
    await appendStep(navigation('s1'));
    await appendStep(click('s2'));
    await appendStep(click('other', 'j2'));
    await saveAnnotation({ id: 'late', journeyId: 'j1', stepId: 's2', at: 9_000, kind: 'friction', text: 'Slow' });
    await saveAnnotation({ id: 'early', journeyId: 'j1', stepId: 's1', at: 4_000, kind: 'emotion', emotion: 1 });

    const bundle = await loadJourneyBundle('j1');
    expect(bundle.journey.stepCount).toBe(2);
    expect(bundle.steps.map((step) => step.id)).toEqual(['s1', 's2']);
    expect(bundle.annotations.map((annotation) => annotation.id)).toEqual(['early', 'late']);
    await expect(loadJourneyBundle('nope')).rejects.toMatchObject({ code: 'missing' });
  });
});

describe('connection', () => {
  it('shares one connection, and lets go of it when another page deletes the database', async () => {
    const db = await openJourneyDb();
    expect(await openJourneyDb()).toBe(db);
    await createJourney(journey('j1'));

    // deleteDB would be blocked forever if the cached connection ignored versionchange.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('trailnote');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked by the cached connection'));
    });

    const reopened = await openJourneyDb();
    expect(reopened).not.toBe(db);
    expect(await getJourney('j1')).toBeUndefined();
  });
});
