import { sendMessage } from '../messaging/protocol';
import { unwrap } from '../messaging/result';
import type { RecorderEvent } from './events';

const retryDelaysMs = [100, 300, 1000, 2000, 4000];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends one recorder event to the background, retrying while the service worker restarts (Chrome
 * stops it when idle; a message can hit it mid-shutdown). Sent at once, not chained behind earlier
 * sends, so an event fired just before the page unloads still leaves. The background stores a resent
 * step once (same id).
 */
export async function deliver(event: RecorderEvent): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      if (event.type === 'step') unwrap(await sendMessage('recordStep', event.step));
      else unwrap(await sendMessage('updateTiming', event.update));
      return;
    } catch (error) {
      // After an extension reload this page's recorder is orphaned: nothing to retry.
      if (attempt >= retryDelaysMs.length || String(error).includes('Extension context invalidated')) throw error;
      await sleep(retryDelaysMs[attempt]);
    }
  }
}
