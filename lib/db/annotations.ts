import type { Annotation, EmotionScore } from '../journey/types';
import { finish, withStore, writeStore } from './transaction';

/** Stores an annotation, replacing the one with the same id (the tester edited it, or undid a delete). */
export function saveAnnotation(annotation: Annotation): Promise<void> {
  return writeStore(
    'storeActionSaveNote',
    async (db) => {
      await db.put('annotations', annotation);
    },
    () => [{ kind: 'annotations', journeyId: annotation.journeyId }],
  );
}

/** A journey's annotations in the order they were made. */
export function getAnnotations(journeyId: string): Promise<Annotation[]> {
  return withStore('storeActionReadNotes', async (db) => {
    const annotations = await db.getAllFromIndex('annotations', 'by-journey', journeyId);
    return annotations.sort((a, b) => a.at - b.at);
  });
}

/** Every annotation of every journey, for the library's summaries. */
export function getAllAnnotations(): Promise<Annotation[]> {
  return withStore('storeActionReadNotes', (db) => db.getAll('annotations'));
}

/** Deletes an annotation and resolves with it (for undo), or undefined if it was already gone. */
export function deleteAnnotation(id: string): Promise<Annotation | undefined> {
  return writeStore(
    'storeActionDeleteNote',
    async (db) => {
      const tx = db.transaction('annotations', 'readwrite');
      return finish(tx, async () => {
        const annotation = await tx.store.get(id);
        if (annotation) await tx.store.delete(id);
        return annotation;
      });
    },
    (deleted) => (deleted ? [{ kind: 'annotations', journeyId: deleted.journeyId }] : []),
  );
}

/**
 * Rates a step, or clears its rating with null. A step has one emotion: rating it again changes that
 * row, in one transaction, so two panels rating at once cannot leave two.
 */
export function setStepEmotion(journeyId: string, stepId: string, emotion: EmotionScore | null): Promise<void> {
  return writeStore(
    'storeActionSaveNote',
    async (db) => {
      const tx = db.transaction('annotations', 'readwrite');
      await finish(tx, async () => {
        const existing = (await tx.store.index('by-step').getAll(stepId)).filter((annotation) => annotation.kind === 'emotion');
        const [kept, ...extra] = existing;
        await Promise.all(extra.map((annotation) => tx.store.delete(annotation.id)));
        if (emotion === null) {
          if (kept) await tx.store.delete(kept.id);
          return;
        }
        await tx.store.put({ id: kept?.id ?? crypto.randomUUID(), journeyId, stepId, at: Date.now(), kind: 'emotion', emotion });
      });
    },
    () => [{ kind: 'annotations', journeyId }],
  );
}
