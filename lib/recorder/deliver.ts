import { codeOf } from '../errors';
import { leaveInOutbox, leaveSignalInOutbox, leaveTimingInOutbox } from '../contract/outbox';
import { reportToBackground } from './report';
import { sendMessage } from '../contract/protocol';
import { unwrap, type Result } from '../contract/result';
import type { RecorderEvent } from '../contract/recorder-events';

const retryDelaysMs = [100, 300, 1000, 2000, 4000];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Asks the background, again while its service worker restarts: Chrome stops it when idle, and a
 * message that hits it mid-shutdown is lost with no answer. The next try wakes a new worker.
 */
export async function askBackground<T>(ask: () => Promise<Result<T>>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return unwrap(await ask());
    } catch (error) {
      // After an extension reload this page's recorder is orphaned: nothing to retry.
      if (attempt >= retryDelaysMs.length || String(error).includes('Extension context invalidated')) throw error;
      await sleep(retryDelaysMs[attempt]);
    }
  }
}

/**
 * Sends one recorder event to the background; the background stores a resent step once (same id). A step
 * (and a signal, and a step's late figures) goes to the outbox first, in case this page unloads before its message is delivered. Waiting for that
 * write keeps the walk in order: a page's storage writes complete in the order they were made, so when
 * the background handles a step, every earlier step of this page is in the outbox, and it stores those
 * first, even when retries after a worker restart deliver messages out of order.
 */
export async function deliver(event: RecorderEvent, tabId: number): Promise<void> {
  if (event.type === 'step') {
    // The step is still sent; only its safety copy is missing (a full disk, say): the log says so.
    await leaveInOutbox({ tabId, step: event.step }).catch((error: unknown) => reportToBackground(codeOf(error), 'recorder: outbox', error));
    await askBackground(() => sendMessage('recordStep', event.step));
  } else if (event.type === 'timing') {
    // Like a step: the last layout shift is measured as the tester leaves the page, and must not die with it.
    await leaveTimingInOutbox({ tabId, update: event.update }).catch((error: unknown) => reportToBackground(codeOf(error), 'recorder: outbox', error));
    await askBackground(() => sendMessage('updateTiming', event.update));
  } else {
    // Like a step: a signal noticed as the tester leaves the page must not die with it (lib/contract/outbox.ts).
    await leaveSignalInOutbox({ tabId, signal: event.signal }).catch((error: unknown) => reportToBackground(codeOf(error), 'recorder: outbox', error));
    await askBackground(() => sendMessage('recordSignal', event.signal));
  }
}
