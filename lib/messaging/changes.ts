/**
 * Change notices to every open Trailnote page (panels, maps, the library), from the background and from
 * the pages that edit a journey. A BroadcastChannel reaches all pages of the extension's origin and,
 * unlike runtime.sendMessage, does not fail when no page is open. Notices carry ids only: pages read the
 * rows from IndexedDB.
 */
export type JourneyChange =
  /** The journey row changed, was created or was deleted. */
  | { kind: 'journey'; journeyId: string }
  /** One step was stored, changed, deleted or put back. */
  | { kind: 'step'; journeyId: string; stepId: string }
  /** Several steps changed at once (a stage was removed). */
  | { kind: 'steps'; journeyId: string }
  /** The journey's emotions or notes changed. */
  | { kind: 'annotations'; journeyId: string }
  | { kind: 'recording' };

/**
 * The tester's own scorecard templates changed (issue 18). On a channel of its own: pages that show journeys
 * need not hear of templates, and the template list reads them all again (they are few).
 */
export interface TemplatesChange {
  kind: 'scorecard-templates';
}

/** What a store write announces. */
export type StoreChange = JourneyChange | TemplatesChange;

const channelName = 'trailnote-changes';
const templatesChannelName = 'trailnote-scorecard-templates';

export function announce(change: StoreChange): void {
  const channel = new BroadcastChannel(change.kind === 'scorecard-templates' ? templatesChannelName : channelName);
  channel.postMessage(change);
  channel.close();
}

/** Calls `listener` when the tester's scorecard templates change, in any page; returns the teardown. */
export function onTemplatesChange(listener: () => void): () => void {
  const channel = new BroadcastChannel(templatesChannelName);
  channel.onmessage = () => listener();
  return () => channel.close();
}

export function onJourneyChange(listener: (change: JourneyChange) => void): () => void {
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent<JourneyChange>) => listener(event.data);
  return () => channel.close();
}
