import { storage } from 'wxt/utils/storage';
import type { NavigationTransition } from '../journey/types';

/**
 * How each document of the recorded tabs was reached, as webNavigation.onCommitted says it (typed, a
 * bookmark, Reload, Back or Forward, a link, a form): only the background hears it, only the page knows its
 * load step, so the page asks for it when its recorder starts (`recorderReady`) and puts it on that step.
 * Kept in storage.session, by documentId, so a worker restarted between the commit and the question still
 * knows; the few latest documents only.
 */
const transitions = storage.defineItem<Record<string, NavigationTransition>>('session:transitions', { fallback: {} });

/** Enough for the documents whose recorders may still be starting; older ones have asked long ago. */
const kept = 20;

export interface CommittedDocument {
  documentId?: string;
  frameId: number;
  transitionType: string;
  transitionQualifiers: string[];
}

/** Read-modify-writes one at a time: two tabs committing at once must not drop each other's. */
let writing: Promise<void> = Promise.resolve();

/** Remembers how a recorded tab's top document was reached, before its recorder is injected. */
export function noteTransition(details: CommittedDocument): Promise<void> {
  const { documentId } = details;
  if (details.frameId !== 0 || !documentId) return Promise.resolve();
  const transition = { type: details.transitionType, qualifiers: [...details.transitionQualifiers] };
  writing = writing
    .catch(() => undefined) // the earlier write's caller has its failure; this one starts afresh
    .then(async () => {
      const entries = Object.entries(await transitions.getValue()).filter(([known]) => known !== documentId);
      entries.push([documentId, transition]);
      await transitions.setValue(Object.fromEntries(entries.slice(-kept)));
    });
  return writing;
}

/** How the document asking was reached, if its commit was heard. */
export async function transitionOf(documentId: string | undefined): Promise<NavigationTransition | undefined> {
  if (!documentId) return undefined;
  // The note is written beside the injection (tab-follower.ts): a recorder started at once may ask before it lands.
  await writing.catch(() => undefined);
  return (await transitions.getValue())[documentId];
}
