/**
 * Change notices from the background to every open Trailnote page (panels, maps). A BroadcastChannel
 * reaches all pages of the extension's origin and, unlike runtime.sendMessage, does not fail when no
 * page is open. Notices carry ids only: pages read the rows from IndexedDB.
 */
export type JourneyChange =
  | { kind: 'journey'; journeyId: string }
  | { kind: 'step'; journeyId: string; stepId: string }
  | { kind: 'recording' };

const channelName = 'trailnote-changes';

export function announce(change: JourneyChange): void {
  const channel = new BroadcastChannel(channelName);
  channel.postMessage(change);
  channel.close();
}

export function onJourneyChange(listener: (change: JourneyChange) => void): () => void {
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent<JourneyChange>) => listener(event.data);
  return () => channel.close();
}
