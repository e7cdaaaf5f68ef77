import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteStep, getJourney, saveAnnotation, getStep, getSteps, loadJourneyBundle } from '../../lib/db';
import { leaveInOutbox, readOutbox } from '../../lib/contract/outbox';
import type { RecordedClick, RecordedInput, RecordedStep } from '../../lib/contract/recorder-events';
import { asJson, journeyFile } from '../../lib/export/journey-file';
import { shareZip } from '../../lib/export/share-zip';
import { importJourney } from '../../lib/import/import-journey';
import { SHARE_LIMITS, WRITING_RESERVE_BYTES, type ShareLimits } from '../../lib/journey/walk-room';
import { continueRecording, startRecording } from '../../lib/recording/session';
import { recordingState } from '../../lib/recording/state';
import { storeRecordedStep } from '../../lib/recording/step-writer';
import { fakeJpeg } from './support/shared-files';
import { useFreshStore } from './support/rows';

/** The recorder's limits, lowered test by test so that a walk reaches them in a few dozen steps. */
const limits = vi.hoisted(() => ({}) as ShareLimits);
vi.mock('../../lib/recording/recording-limits', () => ({ RECORDING_LIMITS: limits }));
// The recorder is put into real pages only; here the tab is a fake one.
vi.mock('../../lib/recording/inject', () => ({ injectRecorder: vi.fn(async () => undefined) }));
// Pictures as a real capture weighs them (lib/capture/downscale draws with OffscreenCanvas, which Node lacks).
vi.mock('../../lib/recording/take-screenshot', () => ({
  CaptureProblem: class extends Error {},
  takeScreenshot: vi.fn(async () => ({ blob: new Blob(), method: 'visible-tab', takenAt: Date.now() })),
}));
vi.mock('../../lib/capture/downscale', () => ({
  screenshotImages: vi.fn(async () => ({ image: { blob: heavyJpeg(120_000), width: 1280, height: 800 }, thumbnail: { blob: heavyJpeg(15_000) } })),
}));

/** A JPEG of about `bytes`, its weight in comment segments of random bytes: as little as a real picture gives to deflate. */
function heavyJpeg(bytes: number): Blob {
  const [soi, rest] = [fakeJpeg(1280, 800).subarray(0, 2), fakeJpeg(1280, 800).subarray(2)];
  const segments: Array<Uint8Array<ArrayBuffer>> = [];
  for (let left = bytes; left > 0; left -= 60_000) {
    const filler = crypto.getRandomValues(new Uint8Array(Math.min(left, 60_000)));
    segments.push(new Uint8Array([0xff, 0xfe, (filler.length + 2) >> 8, (filler.length + 2) & 0xff]), filler);
  }
  return new Blob([soi, ...segments, rest], { type: 'image/jpeg' });
}

const url = 'https://shop.example/checkout';
let tabId = 0;
let clock = 1_000;

function field(): RecordedInput {
  clock += 1_000;
  return {
    id: crypto.randomUUID(),
    kind: 'input',
    at: clock,
    url,
    title: 'Checkout',
    target: { text: 'Email', role: 'textbox', tag: 'input', selectors: ['aria/Email'] },
    field: { label: 'Email', name: 'email', type: 'email', masked: true, maskReason: 'typed', mask: 'a@a ×12' },
  };
}

function click(): RecordedClick {
  clock += 1_000;
  return { id: crypto.randomUUID(), kind: 'click', at: clock, url, title: 'Checkout', target: { text: 'Pay now', role: 'button', tag: 'button', selectors: ['aria/Pay now'] } };
}

/** As the page recorder does: the step goes to the outbox, then to the background. */
async function record(step: RecordedStep): Promise<void> {
  await leaveInOutbox({ tabId, step });
  await storeRecordedStep(step, tabId);
}

async function recordFields(count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) await record(field());
}

const stepsLeft = async () => (await recordingState.getValue())?.stepsLeft;

/** Resolves once the stop at the limit is done: the worker does not wait for it before answering the recorder. */
async function stoppedAtLimit(journeyId: string): Promise<void> {
  await vi.waitFor(async () => expect(await getJourney(journeyId)).toMatchObject({ status: 'stopped', reachedShareLimit: true }));
}

useFreshStore();
beforeEach(async () => {
  fakeBrowser.reset();
  vi.stubGlobal('navigator', { userAgent: 'Chrome/156', language: 'en' });
  Object.assign(limits, SHARE_LIMITS, { steps: 10 });
  tabId = (await fakeBrowser.tabs.create({ url, active: true })).id!;
});

const start = async () => (await startRecording({ tabId, title: 'Long walk' })).id;

describe('a walk as large as a share file may be', () => {
  it('warns with the steps left from 90 % of the limit, stores the last step and stops the walk there', async () => {
    const journeyId = await start();
    await recordFields(8);
    expect(await stepsLeft()).toBeUndefined();
    await record(field());
    expect(await stepsLeft()).toBe(1);

    await record(field());
    await stoppedAtLimit(journeyId);
    expect(await recordingState.getValue()).toBeNull();
    expect(await getJourney(journeyId)).toMatchObject({ status: 'stopped', stepCount: 10 });

    await record(field());
    expect((await getSteps(journeyId)).length).toBe(10);
    expect(await readOutbox()).toEqual([]);
  });

  it('stores no step past the limit, even one that arrives before the walk has stopped', async () => {
    const journeyId = await start();
    await recordFields(9);
    const late = [field(), field(), field()];
    for (const step of late) await leaveInOutbox({ tabId, step });
    await Promise.all(late.map((step) => storeRecordedStep(step, tabId)));

    await stoppedAtLimit(journeyId);
    expect((await getSteps(journeyId)).map((step) => step.id)).toContain(late[0].id);
    expect((await getSteps(journeyId)).length).toBe(10);
    expect(await readOutbox()).toEqual([]);
  });

  it('refuses a step that would take journey.json past its limit, and stops the walk', async () => {
    Object.assign(limits, { journeyBytes: WRITING_RESERVE_BYTES + 40_000 });
    const journeyId = await start();
    await recordFields(3);
    // An address of 50,000 characters (the recorder keeps up to 65,536): more than the file has room for.
    const long = { ...field(), url: `${url}?q=${'a'.repeat(50_000)}` };
    await record(long);

    await stoppedAtLimit(journeyId);
    expect(await getStep(long.id)).toBeUndefined();
    expect((await getSteps(journeyId)).length).toBe(3);
  });

  it('gives the room of deleted steps back: a walk stops at the limit of the steps it holds', async () => {
    const journeyId = await start();
    await recordFields(9);
    const [first, second] = await getSteps(journeyId);
    await Promise.all([deleteStep(first.id), deleteStep(second.id)]);
    await recordFields(2);
    expect(await getJourney(journeyId)).toMatchObject({ status: 'recording' });

    await record(field());
    await stoppedAtLimit(journeyId);
    expect((await getSteps(journeyId)).length).toBe(10);
  });

  it('refuses to continue a full walk, and says why', async () => {
    const journeyId = await start();
    await recordFields(10);
    await stoppedAtLimit(journeyId);

    await expect(continueRecording({ journeyId, tabId })).rejects.toMatchObject({
      code: 'walk-full',
      message: expect.stringMatching(/^This walk is as large as a Trailnote file can hold/),
    });
    expect(await getJourney(journeyId)).toMatchObject({ status: 'stopped', reachedShareLimit: true });
    expect(await recordingState.getValue()).toBeNull();
  });

  it('stops a walk of real-sized screenshots before its ZIP is too big to import, and the ZIP and JSON import back', async () => {
    // A 24 MB file: the 135 kB pictures, stored and in the report, fill it after some sixty steps.
    Object.assign(limits, { steps: SHARE_LIMITS.steps, fileBytes: 24 * 2 ** 20, inflatedBytes: 48 * 2 ** 20, journeyBytes: 2 * 2 ** 20 });
    const journeyId = await start();
    while ((await getJourney(journeyId))?.status === 'recording') {
      const step = click();
      await record(step);
      await vi.waitFor(async () => expect((await getStep(step.id))?.screenshotId).toBeDefined());
    }
    await stoppedAtLimit(journeyId);
    // Notes written after the walk make every step a finding, shown full size in the report: the most a ZIP of it weighs.
    for (const step of await getSteps(journeyId)) {
      await saveAnnotation({ id: crypto.randomUUID(), journeyId, stepId: step.id, at: clock, kind: 'friction', text: 'The total only shows at the last step' });
    }
    const bundle = await loadJourneyBundle(journeyId);
    expect(bundle.steps.length).toBeGreaterThan(40);
    expect(bundle.steps.every((step) => step.screenshotId)).toBe(true);

    const zip = await shareZip(bundle);
    expect(zip.length).toBeLessThanOrEqual(limits.fileBytes);
    // Counted high, not absurdly so: the walk stops with most of the file used (the room kept for notes, counted
    // four times in the estimate, is a large part of so small a file and a hundredth of a real one).
    expect(zip.length).toBeGreaterThan(limits.fileBytes * 0.55);
    const makeThumbnail = async (image: Blob) => image;
    const fromZip = await importJourney(new Blob([zip]), { limits, makeThumbnail });
    expect(fromZip.rows.steps.length).toBe(bundle.steps.length);
    expect(fromZip.rows.screenshots.length).toBe(bundle.steps.length);
    const fromJson = await importJourney(new Blob([asJson(journeyFile(bundle))]), { limits, makeThumbnail });
    expect(fromJson.rows.steps.length).toBe(bundle.steps.length);
  }, 60_000);
});
