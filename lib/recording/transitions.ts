import { storage } from 'wxt/utils/storage';
import type { NavigationTransition } from '../journey/types';

/**
 * How each document of the recorded tabs was reached, as webNavigation.onCommitted says it (typed, a
 * bookmark, Reload, Back or Forward, a link, a form): only the background hears it, only the page knows its
 * load step, so the page asks for it when its recorder starts (`recorderReady`) and puts it on that step.
 *
 * Heard in memory at commit and written to storage.session (by documentId, the few latest documents only) once the
 * document has loaded: a storage write while the page loads is part of its load (issue 19). A worker restarted after
 * the load still knows; one stopped while the page was still loading does not, and that page's step goes without.
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

/** Heard at commit, not written yet: the documents still loading, the latest last. */
const heard = new Map<string, NavigationTransition>();

/** Read-modify-writes one at a time: two tabs loading at once must not drop each other's. */
let writing: Promise<void> = Promise.resolve();

/** Remembers how a recorded tab's top document was reached, before its recorder is injected. */
export function noteTransition(details: CommittedDocument): void {
  const { documentId } = details;
  if (details.frameId !== 0 || !documentId) return;
  heard.delete(documentId);
  heard.set(documentId, { type: details.transitionType, qualifiers: [...details.transitionQualifiers] });
  // Documents that never load (a tab closed while loading) are forgotten with the oldest.
  for (const oldest of heard.keys()) {
    if (heard.size <= kept) break;
    heard.delete(oldest);
  }
}

/** Writes down how a document that has now loaded was reached, for a worker restarted before its recorder asks. */
export function keepTransition(documentId: string | undefined): Promise<void> {
  const transition = documentId && heard.get(documentId);
  if (!documentId || !transition) return Promise.resolve();
  heard.delete(documentId);
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
  const loading = heard.get(documentId);
  if (loading) return loading;
  // Being written as the page finished loading: the answer waits for it.
  await writing.catch(() => undefined);
  return (await transitions.getValue())[documentId];
}
