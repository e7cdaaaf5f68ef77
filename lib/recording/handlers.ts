import { browser } from 'wxt/browser';
import { attempt, failure } from '../contract/result';
import { onMessage } from '../contract/protocol';
import { isErrorCode, logError, recordProblem, describe } from '../diagnostics';
import { TrailnoteError } from '../errors';
import { t } from '../i18n';
import { recoverPendingCaptures } from './recovery';
import { continueRecording, markInterruptedWalk, pauseRecording, resumeRecording, startRecording, stopRecording } from './session';
import { pageSignal } from './page-signal';
import { watchAsTheWalkGoes, watchWalk } from './walk-watch';
import { checkForRoomSoon, inPageOfTab, storeHeldSteps, storeLostSteps, storeRecordedStep, storeSignal, storeTimingUpdate } from './step-writer';
import { followRecordedTabs, reinjectRecordedTabs } from './tab-follower';
import { recorderConfig } from './recorder-config';

type Sender = Browser.runtime.MessageSender;

/** Messages are only taken from Trailnote's own pages and content scripts (docs/conventions.md, Boundaries). */
function fromTrailnote(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/** Trailnote's pages (panel, map) have an extension URL; content scripts run in a tab. */
function fromTrailnotePage(sender: Sender): boolean {
  return fromTrailnote(sender) && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

const refused = () => failure(new TrailnoteError('refused', t('errorRefusedSender')));

function registerPageRecorderMessages(): void {
  // A recorder whose config the background left in its document does not ask (lib/recording/tab-follower.ts): one started
  // after a worker restart, or by the tester before the config was left, does.
  onMessage('recorderReady', ({ sender }) =>
    attempt(async () => {
      const tabId = sender.tab?.id;
      if (!fromTrailnote(sender) || tabId === undefined) return null;
      return recorderConfig({ tabId, frameId: sender.frameId, documentId: sender.documentId });
    }),
  );
  onMessage('recordStep', ({ data, sender }) =>
    fromTrailnote(sender) ? attempt(async () => (await storeRecordedStep(inPageOfTab(data, sender.tab), sender.tab?.id), true as const)) : refused(),
  );
  onMessage('updateTiming', ({ data, sender }) => (fromTrailnote(sender) ? attempt(async () => (await storeTimingUpdate(data, sender.tab?.id), true as const)) : refused()));
  onMessage('recordSignal', ({ data, sender }) =>
    fromTrailnote(sender) && pageSignal(data) ? attempt(async () => (await storeSignal(data, sender.tab?.id), true as const)) : refused(),
  );
  onMessage('reportProblem', ({ data, sender }) =>
    // The report comes through a message: only a code of ours is taken, and describe() keeps only plain names.
    fromTrailnote(sender) && isErrorCode(data.code)
      ? attempt(async () => (await recordProblem(data.code, data.where, describe(data.code, data.name ? [data.name] : [])), true as const))
      : refused(),
  );
}

function registerPanelMessages(): void {
  onMessage('startRecording', ({ data, sender }) => (fromTrailnotePage(sender) ? attempt(() => startRecording(data)) : refused()));
  onMessage('pauseRecording', ({ sender }) => (fromTrailnotePage(sender) ? attempt(pauseRecording) : refused()));
  onMessage('resumeRecording', ({ sender }) => (fromTrailnotePage(sender) ? attempt(resumeRecording) : refused()));
  onMessage('stopRecording', ({ sender }) => (fromTrailnotePage(sender) ? attempt(() => stopRecording()) : refused()));
  onMessage('continueRecording', ({ data, sender }) => (fromTrailnotePage(sender) ? attempt(() => continueRecording(data)) : refused()));
}

/** Everything the background does for recording, registered synchronously (MV3 wakes the worker for these). */
export function registerRecordingHandlers(): void {
  registerPageRecorderMessages();
  registerPanelMessages();
  followRecordedTabs();
  watchWalk();
  // Steps whose message was lost are saved first. Then a walk left by a closed browser is marked
  // interrupted (its tab ids are stale); one still going on is picked up again.
  // A step that still cannot be saved (a full disk) must not keep the rest from running: the panel shows
  // the save problem, the log keeps it.
  void storeLostSteps()
    .catch((error: unknown) => logError(error, 'background: saving lost steps'))
    // A walk paused for want of room checks again, now and every few seconds until there is room.
    .then(() => storeHeldSteps())
    .then((room) => room || checkForRoomSoon())
    .catch((error: unknown) => logError(error, 'background: saving held steps'))
    .then(async () => {
      if (await markInterruptedWalk()) return;
      await Promise.all([recoverPendingCaptures(), reinjectRecordedTabs(), watchAsTheWalkGoes()]);
    })
    .catch((error: unknown) => logError(error, 'background: picking the walk up'));
}
