import type { RecorderConfig } from '../contract/protocol';
import { addressRulesOf, isRecordedTab, liveRecording } from './state';
import { formsStored } from './step-writer';
import { transitionOf } from './transitions';

/** How long a page's config waits for the steps before it to be stored (normally a few milliseconds). */
const storedStepsWaitMs = 300;

/** The document a recorder runs in, as the background knows it. */
export interface RecorderDocument {
  tabId: number;
  /** 0 for the tab's top frame, which alone is told how it was reached. */
  frameId?: number;
  documentId?: string;
}

/**
 * What a page's recorder needs to record (its tab, the walk's typed-text switch, what addresses keep, how the page was
 * reached), or null if the tab is not being recorded. A form the last page sent is being stored: its fields decide
 * what this page's address keeps, so that is waited for, briefly only: a worker just restarted may have a backlog
 * (the worker applies the full rule again before anything reaches the store).
 */
export async function recorderConfig({ tabId, frameId, documentId }: RecorderDocument): Promise<RecorderConfig | null> {
  await Promise.race([formsStored(), new Promise((resolve) => setTimeout(resolve, storedStepsWaitMs))]);
  const state = await liveRecording();
  if (!isRecordedTab(state, tabId)) return null;
  const transition = frameId === 0 ? await transitionOf(documentId) : undefined;
  return { recordTypedText: state.recordTypedText, addressRules: addressRulesOf(state), tabId, ...(transition && { transition }) };
}
