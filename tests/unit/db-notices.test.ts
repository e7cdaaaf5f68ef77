import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  appendStep,
  createJourney,
  deleteStep,
  moveStepsToStage,
  removeJourneyStage,
  restoreStepStages,
  saveScreenshot,
  setStepEmotion,
  StoreError,
  updateJourney,
} from '../../lib/db';
import { announce } from '../../lib/messaging/changes';
import { recoverPendingCaptures } from '../../lib/recording/recovery';
import { recordingState, walkInThisSession } from '../../lib/recording/state';
import { click, journey, navigation, screenshot, useFreshStore } from './support/rows';

vi.mock('../../lib/messaging/changes', () => ({ announce: vi.fn() }));

useFreshStore();

/** The notices sent since the last call, in order. */
function notices(): unknown[] {
  const sent = vi.mocked(announce).mock.calls.map(([change]) => change);
  vi.mocked(announce).mockClear();
  return sent;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await createJourney(journey('j1'));
  notices();
});

describe('the store announces its own changes, once a write has committed', () => {
  it('a new journey, a step, a changed journey, a picture and a rating each say what changed', async () => {
    await createJourney(journey('j2'));
    const { step } = await appendStep(click('s1'));
    await updateJourney('j1', { title: 'Renamed' });
    await saveScreenshot(screenshot('shot1', step.id));
    await setStepEmotion('j1', step.id, 2);
    expect(notices()).toEqual([
      { kind: 'journey', journeyId: 'j2' },
      { kind: 'step', journeyId: 'j1', stepId: 's1' },
      { kind: 'journey', journeyId: 'j1' },
      { kind: 'step', journeyId: 'j1', stepId: 's1' },
      { kind: 'annotations', journeyId: 'j1' },
    ]);
  });

  it('says nothing for a step resent after a worker restart, or for a write that failed', async () => {
    await appendStep(click('s1'));
    notices();
    await appendStep(click('s1'));
    await expect(updateJourney('gone', { title: 'x' })).rejects.toBeInstanceOf(StoreError);
    expect(notices()).toEqual([]);
  });

  it('a deleted step takes its notes with it; a removed stage moves steps', async () => {
    await appendStep(click('s1'));
    await appendStep(click('s2'));
    notices();
    await deleteStep('s2');
    await removeJourneyStage('j1', 'awareness');
    expect(notices()).toEqual([
      { kind: 'step', journeyId: 'j1', stepId: 's2' },
      { kind: 'annotations', journeyId: 'j1' },
      { kind: 'journey', journeyId: 'j1' },
      { kind: 'steps', journeyId: 'j1' },
    ]);
  });

  it('steps moved to a stage (and moved back) say so once; a move that changed nothing says nothing', async () => {
    await appendStep(click('s1'));
    await appendStep(click('s2'));
    notices();
    const move = await moveStepsToStage('j1', ['s1', 's2'], 'service');
    await moveStepsToStage('j1', ['s1'], 'service');
    await restoreStepStages(move);
    expect(notices()).toEqual([
      { kind: 'steps', journeyId: 'j1' },
      { kind: 'steps', journeyId: 'j1' },
    ]);
  });

  it('a restarted worker that gives up on a step’s screenshot tells open panels, so none keeps showing it as waiting', async () => {
    await appendStep({ ...navigation('s1'), at: Date.now() - 60_000 });
    await recordingState.setValue({ journeyId: 'j1', tabIds: [7], paused: false, recordTypedText: false });
    await walkInThisSession.setValue(true);
    notices();
    await recoverPendingCaptures();
    expect(notices()).toEqual([{ kind: 'step', journeyId: 'j1', stepId: 's1' }]);
  });
});
