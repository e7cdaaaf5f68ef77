import { browser } from 'wxt/browser';
import { logError } from '../diagnostics';
import { liveRecording } from './state';

/**
 * Chrome can lose a recorded tab's navigation events when they come as it stops the worker: the new page then gets no
 * recorder, the click that opened it waits in the outbox, and nothing wakes the worker until the tester's next page.
 * The soak met it once; a stress run that stopped the worker as a link was followed, once in 770 stops
 * (tests/e2e/worker-restart.spec.ts plays what it leaves). While a walk is recorded, an alarm wakes the worker every
 * 30 s, Chrome's shortest period for a packed extension: a worker started for it picks the walk up as any restarted
 * worker does (registerRecordingHandlers: the outbox saved, the recorder put back).
 *
 * The watch is a safety net: a walk whose watch could not be set or cleared records and ends as ever, and the log says
 * so. Neither call throws.
 */
const watchAlarm = 'walk-watch';
export const watchPeriodMinutes = 0.5;

/** The watch is a safety net: what fails in it is logged, never thrown at the walk. */
async function safely(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    logError(error, 'background: watching the walk');
  }
}

/** Watches the walk just started or continued. */
export const startWatch = (): Promise<void> => safely(() => browser.alarms.create(watchAlarm, { periodInMinutes: watchPeriodMinutes }));

/** The walk has ended: nothing more to watch, and the worker may sleep. */
export const endWatch = (): Promise<void> => safely(() => browser.alarms.clear(watchAlarm));

/**
 * Keeps the watch to the walk, as the worker starts and each time the alarm comes: a watch that outlived its walk ends
 * (a browser closed mid-walk may keep its alarms), and a live walk whose alarm is gone (Chrome may clear alarms, as
 * its documentation warns) is watched again.
 */
export async function watchAsTheWalkGoes(): Promise<void> {
  const [walk, alarm] = await Promise.all([liveRecording(), browser.alarms.get(watchAlarm)]);
  if (!walk && alarm) await endWatch();
  if (walk && !alarm) await startWatch();
}

/** Registered synchronously in the background's main: Chrome starts a stopped worker for the alarm only then. */
export function watchWalk(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === watchAlarm) void safely(watchAsTheWalkGoes);
  });
}
