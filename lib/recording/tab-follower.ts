import { browser } from 'wxt/browser';
import { logError } from '../diagnostics';
import { messageOf } from '../errors';
import { t } from '../i18n';
import { failedLoadSignal } from '../journey/signals';
import { isAbortedLoad } from '../platform/aborted-load';
import { injectRecorder, injectRecorderNow, leaveRecorderConfig } from './inject';
import { recorderConfig } from './recorder-config';
import { whyNotRecordable } from './recordable';
import { stopRecording } from './session';
import { changeRecording, isRecordedTab, liveRecording } from './state';
import { storeUnrecordablePage } from './step-writer';
import { keepTransition, noteTransition } from './transitions';

/**
 * Puts the recorder into every document the recorded tabs commit, across origins (shop → payment
 * provider → shop), and into the tabs they open. Injected at commit, DOMContentLoaded and load: the
 * first can race the new document, and Chrome may stop the worker in the middle of any one of them.
 * The recorder starts once per document however often it is injected; a try after one that worked is skipped.
 */
/** When in a document's life an injection is tried. */
type Moment = 'commit' | 'ready' | 'complete';

interface FrameDocument {
  tabId: number;
  frameId: number;
  url: string;
  /** Chrome 106+; without it every try injects. */
  documentId?: string;
  /** At commit: how the document was reached. */
  transitionType?: string;
  transitionQualifiers?: string[];
}

/** The document this worker last put the recorder in, per frame (`tabId/frameId`); a restarted worker knows none and tries again. */
const injectedDocuments = new Map<string, string>();

const frameOf = (details: FrameDocument): string => `${details.tabId}/${details.frameId}`;

/**
 * Whether this worker already put the recorder into the document: the later tries are only for a lost earlier one.
 * Repeating one that worked would run the recorder's start-up again, and the DOMContentLoaded try lands just before
 * the page's load event, which it then holds back. Answered from memory, so a document whose commit try worked costs
 * its load no further work of the worker's (issue 19).
 */
function injectedHere(details: FrameDocument, moment: Moment): boolean {
  const frame = frameOf(details);
  const { documentId } = details;
  const there = documentId !== undefined && injectedDocuments.get(frame) === documentId;
  if (moment === 'complete') injectedDocuments.delete(frame); // the last try: nothing asks after it
  return there;
}

async function inject(details: FrameDocument, moment: Moment): Promise<void> {
  const { documentId } = details;
  await (moment === 'commit' && documentId ? injectRecorderNow(details.tabId, documentId) : injectRecorder(details.tabId, details.frameId));
  if (documentId && moment !== 'complete') injectedDocuments.set(frameOf(details), documentId);
}

/**
 * Each document's moments are followed one after the other, so that the DOMContentLoaded try knows whether the
 * commit's worked instead of racing it into a second injection. Documents wait only for their own earlier moments.
 */
const documentsInTurn = new Map<string, Promise<void>>();

function followInTurn(details: FrameDocument, moment: Moment): void {
  const { documentId } = details;
  const earlier = documentId === undefined ? undefined : documentsInTurn.get(documentId);
  const turn = (earlier ?? Promise.resolve()).then(() => followDocument(details, moment)).catch((error: unknown) => logError(error, 'background: following the walk'));
  if (documentId === undefined) return;
  documentsInTurn.set(documentId, turn);
  void turn.then(() => {
    if (documentsInTurn.get(documentId) === turn) documentsInTurn.delete(documentId);
  });
}

async function followDocument(details: FrameDocument, moment: Moment): Promise<void> {
  // The page has loaded: how it was reached is written down now, for a worker restarted before its recorder asks.
  if (moment === 'complete' && details.frameId === 0)
    void keepTransition(details.documentId).catch((error: unknown) => logError(error, 'background: noting how a page was reached'));
  if (injectedHere(details, moment)) return;
  const state = await liveRecording();
  if (!isRecordedTab(state, details.tabId)) return;
  const topFrame = details.frameId === 0;
  const refusal = whyNotRecordable(details.url);
  if (refusal) {
    // about:blank is the placeholder every new tab and frame starts with, not a page the tester opened.
    if (topFrame && moment === 'commit' && !details.url.startsWith('about:')) {
      // Logged without the address: a report of steps missing from a walk starts here.
      logError(new Error(refusal), 'background: following the walk', 'not-recordable');
      await storeUnrecordablePage(details.tabId, details.url, { code: 'page-not-recordable', message: t('problemPageNotRecordable', details.url) });
    }
    return;
  }
  try {
    // Heard in memory only: the recorder asks once it starts, and the note is written once the page has loaded
    // (lib/recording/transitions.ts). Every millisecond before the injection is one in which the tester's first
    // click is heard by no script of Trailnote's.
    if (moment === 'commit' && details.transitionType) {
      noteTransition({ ...details, transitionType: details.transitionType, transitionQualifiers: details.transitionQualifiers ?? [] });
    }
    await inject(details, moment);
    if (moment === 'commit' && details.documentId) void leaveConfig(details, details.documentId).catch((error: unknown) => logError(error, 'background: following the walk'));
  } catch (error) {
    // Earlier tries can race the new document; only the last try's failure is the page's.
    if (!topFrame || moment !== 'complete') return;
    logError(error, 'background: following the walk', 'injection-failed');
    const message = t('problemInjectionFailed', messageOf(error));
    await storeUnrecordablePage(details.tabId, details.url, { code: 'injection-failed', message });
  }
}

/**
 * Leaves the config beside the recorder just put into a document: it then starts without asking, so what the tester
 * does on a page they leave at once is not lost waiting for the worker's answer. Not waited for (the config waits for
 * a form being stored); one that fails (the document gone, the worker stopped) leaves the recorder asking, as before.
 */
async function leaveConfig(details: FrameDocument, documentId: string): Promise<void> {
  const config = await recorderConfig({ tabId: details.tabId, frameId: details.frameId, documentId });
  // A document gone meanwhile (the tester moved on) needs no config.
  if (config) await leaveRecorderConfig(details.tabId, documentId, config).catch(() => undefined);
}

/**
 * A page that failed to load (offline, DNS, a connection the server dropped) is part of the walk, with an HTTP error
 * signal (issue 14). An abandoned load (a download, a replaced navigation) is not.
 */
async function noteFailedLoad(details: { tabId: number; frameId: number; url: string; error: string }): Promise<void> {
  if (details.frameId !== 0 || isAbortedLoad(details.error)) return;
  const state = await liveRecording();
  if (!isRecordedTab(state, details.tabId)) return;
  // Said as what happened to the page; the browser's code (net::ERR_EMPTY_RESPONSE) only as its reason, for a report.
  await storeUnrecordablePage(details.tabId, details.url, { code: 'injection-failed', message: t('problemPageDidNotLoad', details.error) }, failedLoadSignal(details.error));
}

async function followOpenedTab(details: { sourceTabId: number; tabId: number }): Promise<void> {
  await changeRecording((state) =>
    isRecordedTab(state, details.sourceTabId) && !state.tabIds.includes(details.tabId) ? { ...state, tabIds: [...state.tabIds, details.tabId] } : state,
  );
}

/**
 * Closing a recorded tab keeps everything stored; closing the last one ends the walk, unless steps are
 * still waiting to be saved: then the panel keeps the walk open and says why.
 */
async function forgetClosedTab(tabId: number): Promise<void> {
  const state = await liveRecording();
  if (!isRecordedTab(state, tabId)) return;
  const remaining = await changeRecording((current) => current && { ...current, tabIds: current.tabIds.filter((id) => id !== tabId) });
  // Refused while steps wait for room (the panel says so and keeps the walk open): logged, not thrown at a tab event.
  if (remaining?.tabIds.length === 0) await stopRecording().catch((error: unknown) => logError(error, 'background: last recorded tab closed'));
}

/** Registered synchronously in the background's main: MV3 only wakes the worker for those. */
export function followRecordedTabs(): void {
  browser.webNavigation.onCommitted.addListener((details) => followInTurn(details, 'commit'));
  browser.webNavigation.onDOMContentLoaded.addListener((details) => followInTurn(details, 'ready'));
  browser.webNavigation.onCompleted.addListener((details) => followInTurn(details, 'complete'));
  browser.webNavigation.onErrorOccurred.addListener((details) => void noteFailedLoad(details));
  browser.webNavigation.onCreatedNavigationTarget.addListener((details) => void followOpenedTab(details));
  browser.tabs.onRemoved.addListener((tabId) => void forgetClosedTab(tabId));
}

/** A worker stopped mid-injection leaves a page without its recorder: a restarted worker puts it back. */
export async function reinjectRecordedTabs(): Promise<void> {
  const state = await liveRecording();
  await Promise.allSettled((state?.tabIds ?? []).map((tabId) => injectRecorder(tabId)));
}
