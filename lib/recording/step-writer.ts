import { appendStep, getJourney, mergeStepTiming } from '../db';
import type { Step, StepProblem } from '../journey/types';
import { announce } from '../messaging/changes';
import type { RecordedStep, TimingUpdate } from '../recorder/events';
import { captureForStep, needsScreenshot } from './screenshots';
import { isRecordedTab, recordingState } from './state';

let writes: Promise<unknown> = Promise.resolve();

/** Steps are stored one after another, in the order they arrived, so seq follows the walk. */
function inOrder<T>(work: () => Promise<T>): Promise<T> {
  const run = writes.then(work);
  writes = run.catch(() => undefined);
  return run;
}

/**
 * Writes a step from the recorded tab through to IndexedDB, then queues its screenshot. Events from
 * other tabs, or while paused, are dropped: pages are untrusted and only the walk is recorded.
 * A step resent after a worker restart has the same id and is stored once.
 */
export function storeRecordedStep(recorded: RecordedStep, tabId: number | undefined, problem?: StepProblem): Promise<Step | null> {
  return inOrder(async () => {
    const state = await recordingState.getValue();
    if (!isRecordedTab(state, tabId) || state.paused) return null;
    const journey = await getJourney(state.journeyId);
    if (!journey) return null;
    const { step, created } = await appendStep({ ...recorded, journeyId: journey.id, stageId: journey.currentStageId, tabId, ...(problem && { problem }) });
    if (!created) return step;
    announce({ kind: 'step', journeyId: journey.id, stepId: step.id });
    if (needsScreenshot(step)) void captureForStep(step);
    return step;
  });
}

/** A page Trailnote cannot enter (a PDF, a browser page) still appears in the walk, with the reason. */
export function storeUnrecordablePage(tabId: number, url: string, problem: StepProblem): Promise<Step | null> {
  const step: RecordedStep = { id: crypto.randomUUID(), kind: 'navigation', navigation: 'load', at: Date.now(), url, title: '' };
  return storeRecordedStep(step, tabId, problem);
}

export async function storeTimingUpdate(update: TimingUpdate, tabId: number | undefined): Promise<void> {
  const state = await recordingState.getValue();
  if (!isRecordedTab(state, tabId)) return;
  const step = await mergeStepTiming(update.stepId, update.timing);
  if (step) announce({ kind: 'step', journeyId: step.journeyId, stepId: step.id });
}
