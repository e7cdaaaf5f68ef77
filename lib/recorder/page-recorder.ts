import { browser } from 'wxt/browser';
import { onMessage, recorderConfigKey, runningRecorderKey, sendMessage, type RecorderConfig } from '../contract/protocol';
import { ok } from '../contract/result';
import { afterCoverPainted, coverSensitiveFields } from './cover';
import { nextShade, type CoverShade } from '../privacy/cover-fills';
import { askBackground, deliver } from './deliver';
import type { RecorderEvent, StopRecorder } from '../contract/recorder-events';
import { keepPrivate } from './private-events';
import { reportToBackground } from './report';
import { codeOf, messageOf } from '../errors';
import { startRecorder } from './start-recorder';
import { onRootReplaced, whenToStart } from './page-start';
import { withTransition } from './transition';

interface RunningRecorder {
  /** False once the extension was reloaded or updated: this recorder can no longer reach it. */
  isConnected(): boolean;
  stop(): void;
}

const running = Symbol.for(runningRecorderKey);

/** An observer that threw (lib/recorder/guard.ts): the others go on, the background's log keeps it. */
const onObserverError = (error: unknown, where: string): void => reportToBackground('recorder-failed', where, error);

/** After an extension reload this page's recorder is orphaned: nothing of it can reach Trailnote any more. */
const orphaned = (error: unknown): boolean => messageOf(error).includes('Extension context invalidated');
type Scope = typeof globalThis & { [running]?: RunningRecorder };

/**
 * Runs the recorder in one frame of the recorded tab, for as long as the walk goes on. The background
 * injects it several times per document (at commit, DOMContentLoaded, load, and when its worker
 * restarts) because any one injection can be lost when Chrome stops the worker: a connected recorder
 * already in the document keeps recording and the new one leaves. An orphan of an extension reload is
 * replaced. (WXT's content script context would replace the live recorder on every injection instead.)
 *
 * Injected at commit, it starts once the page has loaded, or at the tester's first action (page-start.ts): its
 * first turn only listens, so the page's DOMContentLoaded and load do not wait for it (issue 19).
 */
export function runPageRecorder(): void {
  const scope = globalThis as Scope;
  if (scope[running]?.isConnected()) return;
  scope[running]?.stop();
  const claim: RunningRecorder = { isConnected: () => true, stop: () => undefined };
  const stopWaiting = whenToStart(window, (startedBy) => void recordPage(scope, claim, startedBy));
  claim.stop = stopWaiting;
  scope[running] = claim;
}

async function recordPage(scope: Scope, claim: RunningRecorder, startedBy?: Event): Promise<void> {
  // Left by the background once the document is idle, the config is here at once: the recorder starts within the event
  // that started it (a click on a link, the page being left), before the page goes, and records that event as the walk
  // says (its typed text too). Otherwise it is asked for.
  const left = (scope as Scope & { [key: symbol]: RecorderConfig | undefined })[Symbol.for(recorderConfigKey)];
  const early: RecorderEvent[] = [];
  const config = left ?? (await askForConfig(claim, early, startedBy));
  if (!config || scope[running] !== claim) {
    if (scope[running] === claim) delete scope[running];
    return;
  }

  let uncover: (() => void) | undefined;
  /** The shade of this document's last cover: the next one paints the other (lib/privacy/cover-fills.ts). */
  let shade: CoverShade = 1;
  const kept = keepPrivate(config.addressRules);
  const reached = withTransition(config.transition);
  const send = (event: RecorderEvent): void =>
    void deliver(kept(reached(event)), config.tabId).catch((error: unknown) => {
      // The step waits in the outbox, and the background saves it when it next starts (storeLostSteps).
      if (!orphaned(error)) reportToBackground(codeOf(error), 'recorder: sending a step', error);
    });
  // When the config was asked for, swapped in the same task as the early recorder stopped: no event falls between the
  // two. The page-load step keeps its id per document, so reporting it again stores it once.
  const record = (startedBy?: Event): StopRecorder => startRecorder({ recordTypedText: config.recordTypedText, emit: send, onError: onObserverError, startedBy });
  let stopObserving = record(left && startedBy);
  early.forEach(send);
  const stopWatchingRoot = onRootReplaced(window, () => {
    stopObserving();
    stopObserving = record();
  });
  const removers = [
    onMessage('coverSensitiveFields', async () => {
      uncover?.();
      shade = nextShade(shade);
      const cover = coverSensitiveFields(document, { coverTypedText: !config.recordTypedText, shade });
      uncover = cover.uncover;
      await afterCoverPainted(window);
      return ok({ boxes: cover.boxes, viewportWidth: window.innerWidth, shade });
    }),
    onMessage('uncoverSensitiveFields', () => {
      uncover?.();
      uncover = undefined;
      return ok(true as const);
    }),
    onMessage('stopRecorder', () => {
      stop();
      return ok(true as const);
    }),
  ];

  function stop(): void {
    stopWatchingRoot();
    stopObserving();
    uncover?.();
    for (const remove of removers) remove();
    if (scope[running] === recorder) delete scope[running];
  }
  const recorder: RunningRecorder = { isConnected: () => Boolean(browser.runtime?.id), stop };
  scope[running] = recorder;
}

/**
 * Asks the background for the config, listening from the first moment: asking can take seconds while Chrome restarts
 * its worker, and a field filled meanwhile must not be lost. What happens before the answer is kept in `early`,
 * recorded with typed text masked (the safe default), then sent, or dropped if this tab is not being recorded.
 */
async function askForConfig(claim: RunningRecorder, early: RecorderEvent[], startedBy?: Event): Promise<RecorderConfig | null> {
  const stopEarly = startRecorder({ recordTypedText: false, emit: (event) => early.push(event), onError: onObserverError, startedBy });
  claim.stop = stopEarly;
  const config = await askBackground(() => sendMessage('recorderReady')).catch((error: unknown) => {
    // No answer after every retry: this frame does not record. Worth a trace, unless the extension is gone.
    if (!orphaned(error)) reportToBackground('no-answer', 'recorder: asking to record', error);
    return null;
  });
  // Swapped in the same task as the real recorder starts: no event falls between the two.
  stopEarly();
  return config;
}
