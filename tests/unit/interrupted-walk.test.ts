import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { appendStep, createJourney, getJourney, getSteps, saveScreenshot } from '../../lib/db';
import { leaveInOutbox, readOutbox } from '../../lib/contract/outbox';
import type { RecordedClick } from '../../lib/contract/recorder-events';
import { captureForStep } from '../../lib/recording/screenshots';
import { markInterruptedWalk } from '../../lib/recording/session';
import { recordingState, walkInThisSession } from '../../lib/recording/state';
import { storeLostSteps } from '../../lib/recording/step-writer';
import { click, journey, navigation, screenshot, useFreshStore } from './support/rows';

// A capture now would be of the new browser's tabs: the test proves none is asked for.
vi.mock('../../lib/recording/screenshots', async (original) => ({ ...(await original<typeof import('../../lib/recording/screenshots')>()), captureForStep: vi.fn() }));

useFreshStore();

const tabId = 7;

/** A click the page left in the outbox just before the browser was killed: its message never arrived. */
const lostClick: RecordedClick = {
  id: 'lost',
  kind: 'click',
  at: 5_000,
  url: 'https://shop.example/cart',
  title: 'Cart',
  target: { text: 'Checkout', role: 'link', tag: 'a', selectors: ['aria/Checkout'] },
};

/** The store and storage as a browser killed mid-walk leaves them, seen by the worker of the next browser session. */
beforeEach(async () => {
  fakeBrowser.reset();
  vi.mocked(captureForStep).mockClear();
  await createJourney(journey('j1'));
  await appendStep(navigation('shown'));
  await saveScreenshot(screenshot('shot', 'shown'));
  // Stored, its screenshot still queued when the browser died.
  await appendStep(click('queued'));
  await appendStep({
    id: 'field',
    journeyId: 'j1',
    kind: 'input',
    at: 2_000,
    stageId: 'awareness',
    url: 'https://shop.example/',
    title: 'Shop',
    tabId,
    target: { text: 'Email', role: 'textbox', tag: 'input', selectors: ['aria/Email'] },
    field: { label: 'Email', name: 'email', type: 'email', masked: true, maskReason: 'typed', mask: 'a@a ×9' },
  });
  await leaveInOutbox({ tabId, step: lostClick });
  await recordingState.setValue({ journeyId: 'j1', tabIds: [tabId], paused: false, recordTypedText: false });
  // storage.session was emptied with the browser: no walk is going on in this session.
  await walkInThisSession.setValue(false);
});

describe('a walk the browser was killed on', () => {
  it('keeps every step once, takes no picture in the new session, and gives each step still waiting for one the reason', async () => {
    // As the worker starts: lost steps are saved first, then the walk is marked interrupted.
    await storeLostSteps();
    expect(await markInterruptedWalk()).toBe(true);

    const steps = await getSteps('j1');
    expect(steps.map((step) => [step.seq, step.id])).toEqual([
      [1, 'shown'],
      [2, 'queued'],
      [3, 'field'],
      [4, 'lost'],
    ]);
    expect(await readOutbox()).toEqual([]);
    expect(captureForStep).not.toHaveBeenCalled();
    const reasons = Object.fromEntries(steps.map((step) => [step.id, step.problem?.message]));
    expect(reasons).toEqual({
      shown: undefined,
      queued: 'No screenshot: the browser closed before Trailnote could take it',
      field: undefined,
      lost: 'No screenshot: the browser closed before Trailnote could take it',
    });
    expect(steps[0].screenshotId).toBe('shot');
    expect(await getJourney('j1')).toMatchObject({ status: 'interrupted', stepCount: 4, endedAt: lostClick.at });
    expect(await recordingState.getValue()).toBeNull();
  });

  it('is left alone by a worker that restarts during the walk: the screenshots still come', async () => {
    await walkInThisSession.setValue(true);
    await storeLostSteps();
    expect(await markInterruptedWalk()).toBe(false);

    expect(captureForStep).toHaveBeenCalledWith(expect.objectContaining({ id: 'lost' }));
    expect((await getSteps('j1')).filter((step) => step.problem)).toEqual([]);
    expect(await getJourney('j1')).toMatchObject({ status: 'recording' });
  });
});
