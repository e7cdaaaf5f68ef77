import { browser } from 'wxt/browser';
import type { RecordedSignal, RecordedStep, TimingUpdate } from './recorder-events';

/**
 * A step left where the background will find it even if its message is lost. A click on a link sent
 * while Chrome has stopped the service worker dies with its page: Chrome drops a message whose sender
 * unloads before the worker is up. A storage write is done by the browser, whatever the page does next.
 * The keys and entries are a contract between the page and the worker, like the messages: a page recorder
 * of the previous version may leave steps for a newer worker (docs/architecture.md, Contracts).
 */
export interface OutboxEntry {
  tabId: number;
  step: RecordedStep;
}

/**
 * A friction signal left the same way (issue 14): a dead or error click is often noticed just as the tester leaves
 * the page. Its key is its step's and its kind, as the signal's id is: reported again, it waits once. Its own prefix
 * keeps it out of what a worker of the previous version reads as steps.
 */
export interface OutboxSignal {
  tabId: number;
  signal: RecordedSignal;
}

/**
 * A step's late figures left the same way: the page's last layout shift is reported as the tester leaves it, when a
 * stopped worker loses the message (lib/recorder/page-timing.ts flushes them at pagehide). Its key is its step's: an
 * update carries every figure the page has measured so far, so the newest replaces the one before it.
 */
export interface OutboxTiming {
  tabId: number;
  update: TimingUpdate;
}

const prefix = 'outbox:';
const signalPrefix = 'outbox-signal:';
const timingPrefix = 'outbox-timing:';
const signalKey = ({ stepId, kind }: Pick<RecordedSignal, 'stepId' | 'kind'>): string => `${signalPrefix}${stepId}:${kind}`;
const timingKey = ({ stepId }: Pick<TimingUpdate, 'stepId'>): string => `${timingPrefix}${stepId}`;

export function leaveInOutbox(entry: OutboxEntry): Promise<void> {
  return browser.storage.local.set({ [prefix + entry.step.id]: entry });
}

export function leaveSignalInOutbox(entry: OutboxSignal): Promise<void> {
  return browser.storage.local.set({ [signalKey(entry.signal)]: entry });
}

export function leaveTimingInOutbox(entry: OutboxTiming): Promise<void> {
  return browser.storage.local.set({ [timingKey(entry.update)]: entry });
}

/** The entries kept under a prefix. */
async function entriesUnder(keyPrefix: string): Promise<unknown[]> {
  const everything: Record<string, unknown> = await browser.storage.local.get(null);
  return Object.entries(everything)
    .filter(([key]) => key.startsWith(keyPrefix))
    .map(([, entry]) => entry);
}

/** Steps waiting in the outbox, oldest first. */
export async function readOutbox(): Promise<OutboxEntry[]> {
  return ((await entriesUnder(prefix)) as OutboxEntry[]).sort((a, b) => a.step.at - b.step.at);
}

/** Signals waiting in the outbox (their steps say when they happened). */
export async function readSignalOutbox(): Promise<OutboxSignal[]> {
  return (await entriesUnder(signalPrefix)) as OutboxSignal[];
}

/** Figures waiting in the outbox, one entry a step (their steps say when they happened). */
export async function readTimingOutbox(): Promise<OutboxTiming[]> {
  return (await entriesUnder(timingPrefix)) as OutboxTiming[];
}

export function removeFromOutbox(stepIds: string[]): Promise<void> {
  return stepIds.length ? browser.storage.local.remove(stepIds.map((id) => prefix + id)) : Promise.resolve();
}

export function removeSignalFromOutbox(signal: Pick<RecordedSignal, 'stepId' | 'kind'>): Promise<void> {
  return browser.storage.local.remove(signalKey(signal));
}

/**
 * Takes a step's figures out once they are kept, unless newer ones replaced them meanwhile: those wait for their own
 * message, or for the next worker to find them.
 */
export async function removeTimingFromOutbox(kept: TimingUpdate): Promise<void> {
  const key = timingKey(kept);
  const waiting = (await browser.storage.local.get<Record<string, OutboxTiming | undefined>>(key))[key];
  if (waiting && sameFigures(waiting.update.timing, kept.timing)) await browser.storage.local.remove(key);
}

/** Figure by figure: Chrome's storage keeps an object's names in its own order, not the page's. */
function sameFigures(a: TimingUpdate['timing'], b: TimingUpdate['timing']): boolean {
  const names = Object.keys(a) as Array<keyof TimingUpdate['timing']>;
  return names.length === Object.keys(b).length && names.every((name) => a[name] === b[name]);
}
