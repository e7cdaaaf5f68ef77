import { browser } from 'wxt/browser';
import { getJourney, updateJourney } from '../db';
import type { Journey } from '../journey/types';
import type { RecordingState } from '../contract/recording-state';
import { sendMessage } from '../contract/protocol';
import { announce } from '../messaging/changes';
import { changeRecording } from './state';
import { endWatch } from './walk-watch';

/**
 * Start, Continue, Pause, Resume and Stop run one at a time, and so does the stop at the share limit. Each checks
 * the recording state, then awaits: two panels pressing Start together would otherwise both pass the "already
 * recording" check and leave a walk behind that nothing records. The worker is one thread, and a restarted worker
 * has nothing in flight, so an in-memory queue is enough.
 */
let running: Promise<unknown> = Promise.resolve();
export function oneAtATime<Args extends unknown[], T>(action: (...args: Args) => Promise<T>): (...args: Args) => Promise<T> {
  return (...args) => {
    const next = running.then(() => action(...args));
    // The caller gets this action's failure; the queue only needs to know that it is over.
    running = next.catch(() => undefined);
    return next;
  };
}

export async function setStatus(journeyId: string, change: Partial<Journey>): Promise<Journey> {
  const journey = await updateJourney(journeyId, change);
  announce({ kind: 'recording' });
  return journey;
}

/** Tells every recorder of the walk to remove its listeners: nothing of Trailnote stays in the pages. */
async function stopPageRecorders(tabIds: number[]): Promise<void> {
  await Promise.allSettled(
    tabIds.map(async (tabId) => {
      const frames = (await browser.webNavigation.getAllFrames({ tabId })) ?? [];
      await Promise.allSettled(frames.map((frame) => sendMessage('stopRecorder', undefined, { tabId, frameId: frame.frameId })));
    }),
  );
}

/** Ends the walk `state` records: nothing is recorded from now on, the pages are left alone, the journey says how it ended. */
export async function endWalk(state: RecordingState, change: Partial<Journey> & Pick<Journey, 'status'>): Promise<Journey> {
  await changeRecording(() => null);
  await Promise.all([endWatch(), stopPageRecorders(state.tabIds)]);
  const journey = await getJourney(state.journeyId);
  return setStatus(state.journeyId, { ...change, endedAt: journey?.endedAt ?? Date.now() });
}
