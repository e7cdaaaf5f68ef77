import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSteps, listJourneys } from '../../lib/db';
import { injectRecorder } from '../../lib/recording/inject';
import { continueRecording, markInterruptedWalk, pauseRecording, resumeRecording, startRecording, stopRecording } from '../../lib/recording/session';
import { liveRecording, recordingState, walkInThisSession } from '../../lib/recording/state';
import { watchAsTheWalkGoes, watchPeriodMinutes, watchWalk } from '../../lib/recording/walk-watch';
import { useFreshStore } from './support/rows';

// The recorder is put into real pages only; here the tab is a fake one, and "injecting" reports its page a moment
// later, as a recorder does once the background has answered it.
vi.mock('../../lib/recording/inject', () => ({
  injectRecorder: vi.fn(async (tabId: number) => {
    const { storeRecordedStep } = await import('../../lib/recording/step-writer');
    setTimeout(
      () => void storeRecordedStep({ id: crypto.randomUUID(), kind: 'navigation', navigation: 'load', at: Date.now(), url: 'https://shop.example/', title: 'Shop' }, tabId),
      50,
    );
  }),
}));

useFreshStore();
beforeEach(() => {
  fakeBrowser.reset();
  // A new walk notes the browser it was recorded in.
  vi.stubGlobal('navigator', { userAgent: 'Chrome/156', language: 'en' });
});

const shopTab = async () => (await fakeBrowser.tabs.create({ url: 'https://shop.example/' })).id!;

describe('recording sessions', () => {
  it('starts one walk when two panels press Start at once, and tells the other it is already recording', async () => {
    const [first, second] = [await shopTab(), await shopTab()];
    const outcomes = await Promise.allSettled([startRecording({ tabId: first, title: 'One' }), startRecording({ tabId: second, title: 'Two' })]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'already-recording' });
    const journeys = await listJourneys();
    expect(journeys.map((journey) => [journey.title, journey.status])).toEqual([['One', 'recording']]);
    expect(await recordingState.getValue()).toMatchObject({ journeyId: journeys[0].id, tabIds: [first] });
  });

  it('goes on after a refused action: Stop then Continue pressed together both happen, in order', async () => {
    const tab = await shopTab();
    const journey = await startRecording({ tabId: tab, title: 'Walk' });
    await expect(startRecording({ tabId: tab })).rejects.toMatchObject({ code: 'already-recording' });

    const [stopped, continued] = await Promise.all([stopRecording(), continueRecording({ journeyId: journey.id, tabId: tab })]);
    expect(stopped.status).toBe('stopped');
    expect(continued.status).toBe('recording');
    expect(await recordingState.getValue()).toMatchObject({ journeyId: journey.id });
  });

  it('answers Start once the page the walk starts on is stored: a tester who leaves it at once keeps its step', async () => {
    const journey = await startRecording({ tabId: await shopTab(), title: 'Quick' });
    expect((await getSteps(journey.id)).map((step) => step.url)).toEqual(['https://shop.example/']);
  });
});

describe("the walk's watch", () => {
  const watches = async () => (await fakeBrowser.alarms.getAll()).map(({ name, periodInMinutes }) => ({ name, periodInMinutes }));
  const watching = [{ name: 'walk-watch', periodInMinutes: watchPeriodMinutes }];

  it('wakes the worker every 30 s while a walk is recorded, paused or not, from Start (or Continue) to Stop', async () => {
    expect(watchPeriodMinutes).toBe(0.5);
    const tab = await shopTab();
    const journey = await startRecording({ tabId: tab, title: 'Watched' });
    expect(await watches()).toEqual(watching);
    await pauseRecording();
    expect(await watches()).toEqual(watching);
    await resumeRecording();
    expect(await watches()).toEqual(watching);
    await stopRecording();
    expect(await watches()).toEqual([]);
    await continueRecording({ journeyId: journey.id, tabId: tab });
    expect(await watches()).toEqual(watching);
  });

  it('is not left behind by a walk whose recorder could not be put into its page', async () => {
    vi.mocked(injectRecorder).mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    await expect(startRecording({ tabId: await shopTab() })).rejects.toMatchObject({ code: 'injection-failed' });
    expect(await watches()).toEqual([]);
  });

  it('ends with a walk the browser was closed on', async () => {
    await startRecording({ tabId: await shopTab(), title: 'Closed on' });
    await walkInThisSession.setValue(false); // what a browser started again finds
    expect(await markInterruptedWalk()).toBe(true);
    expect(await watches()).toEqual([]);
  });

  it('is kept to the walk as the worker starts and each time it comes: ended without a walk, set again for a live one', async () => {
    await startRecording({ tabId: await shopTab(), title: 'Watched' });
    await watchAsTheWalkGoes();
    expect(await watches()).toEqual(watching);

    await fakeBrowser.alarms.clear('walk-watch'); // Chrome may clear an extension's alarms
    await watchAsTheWalkGoes();
    expect(await watches()).toEqual(watching);

    // A watch that outlived its walk (the walk's state went with a browser closed on it).
    await walkInThisSession.setValue(false);
    expect(await liveRecording()).toBeNull();
    await watchAsTheWalkGoes();
    expect(await watches()).toEqual([]);
  });

  it('is looked at each time its alarm comes', async () => {
    watchWalk();
    await fakeBrowser.alarms.create('walk-watch', { periodInMinutes: watchPeriodMinutes });
    const [alarm] = await fakeBrowser.alarms.getAll();
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    // No walk: the alarm's listener ends the watch.
    await vi.waitFor(async () => expect(await watches()).toEqual([]));
  });
});
