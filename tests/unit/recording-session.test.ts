import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSteps, listJourneys } from '../../lib/db';
import { continueRecording, startRecording, stopRecording } from '../../lib/recording/session';
import { recordingState } from '../../lib/recording/state';
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
