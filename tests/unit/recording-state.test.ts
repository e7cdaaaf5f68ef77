import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { appendStep, createJourney } from '../../lib/db';
import { recordingState } from '../../lib/recording/state';
import { journey, useFreshStore } from './support/rows';

useFreshStore();

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the recording state across an update mid-walk', () => {
  it('migrates a version-1 state: the fields the walk filled so far decide what later addresses keep', async () => {
    await createJourney(journey('j1'));
    await appendStep({
      id: 's1',
      journeyId: 'j1',
      tabId: 7,
      stageId: 'awareness',
      at: 1,
      url: 'https://shop.example/express',
      title: 'Express',
      kind: 'input',
      target: { text: 'PIN', role: 'textbox', tag: 'input', selectors: [] },
      field: { label: 'Secret word', name: 'secretword', type: 'text', masked: true, maskReason: 'sensitive' },
    });
    // As version 1 left it: no addressFields, no version mark.
    await fakeBrowser.storage.local.set({ recording: { journeyId: 'j1', tabIds: [7], paused: false, recordTypedText: false } });

    await recordingState.migrate();

    expect(await recordingState.getValue()).toEqual({ journeyId: 'j1', tabIds: [7], paused: false, recordTypedText: false, addressFields: { secretword: 'sensitive' } });
    expect(await fakeBrowser.storage.local.get('recording$')).toEqual({ recording$: { v: 2 } });
  });

  it('has nothing to migrate when no walk is going on', async () => {
    await recordingState.migrate();
    expect(await recordingState.getValue()).toBeNull();
  });
});
