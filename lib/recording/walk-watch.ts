import { browser } from 'wxt/browser';
import { logError } from '../diagnostics';
import { liveRecording } from './state';

/**
 * Chrome can lose a recorded tab's navigation events when they come as it stops the worker: the new page then gets no
 * recorder, the click that opened it waits in the outbox, and nothing wakes the worker until the tester's next page
 * (1 in 120 stops as a link was followed, in a test that stopped it so; tests/e2e/worker-restart.spec.ts plays what it
 * leaves). While a walk is recorded, an alarm wakes the worker every 30 s, Chrome's shortest period for a packed
 * extension: a worker started for it picks the walk up as any restarted worker does (registerRecordingHandlers: the
 * outbox saved, the recorder put back).
 */
const watchAlarm = 'walk-watch';
export const watchPeriodMinutes = 0.5;

/** Watches the walk just started or continued. */
export async function startWatch(): Promise<void> {
  await browser.alarms.create(watchAlarm, { periodInMinutes: watchPeriodMinutes });
}

/** The walk has ended: nothing more to watch, and the worker may sleep. */
export async function endWatch(): Promise<void> {
  await browser.alarms.clear(watchAlarm);
}

/**
 * Registered synchronously in the background's main: Chrome starts a stopped worker for the alarm only then. Waking it
 * is the alarm's work; here it only ends a watch that outlived its walk (a browser closed mid-walk keeps its alarms).
 */
export function watchWalk(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== watchAlarm) return;
    void endWatchWithoutWalk().catch((error: unknown) => logError(error, 'background: watching the walk'));
  });
}

async function endWatchWithoutWalk(): Promise<void> {
  if (!(await liveRecording())) await endWatch();
}
