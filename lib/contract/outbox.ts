import { browser } from 'wxt/browser';
import type { RecordedStep } from './recorder-events';

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

const prefix = 'outbox:';

export function leaveInOutbox(entry: OutboxEntry): Promise<void> {
  return browser.storage.local.set({ [prefix + entry.step.id]: entry });
}

/** Steps waiting in the outbox, oldest first. */
export async function readOutbox(): Promise<OutboxEntry[]> {
  const everything: Record<string, unknown> = await browser.storage.local.get(null);
  return Object.entries(everything)
    .filter(([key]) => key.startsWith(prefix))
    .map(([, entry]) => entry as OutboxEntry)
    .sort((a, b) => a.step.at - b.step.at);
}

export function removeFromOutbox(stepIds: string[]): Promise<void> {
  return stepIds.length ? browser.storage.local.remove(stepIds.map((id) => prefix + id)) : Promise.resolve();
}
