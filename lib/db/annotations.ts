import type { Annotation, EmotionScore } from '../journey/types';
import { missingRecord, type StoreAction } from './errors';
import type { JourneyDb } from './open';
import { finish, withStore, writeStore } from './transaction';

/** A note or rating is written beside a look at its step, in one transaction. */
const annotationWrite = (db: JourneyDb) => db.transaction(['steps', 'annotations'], 'readwrite');

/** A note or rating about a step deleted meanwhile (in another panel, say) would be orphaned: refused in words. */
async function needStep(tx: ReturnType<typeof annotationWrite>, stepId: string, action: StoreAction): Promise<void> {
  if (!(await tx.objectStore('steps').get(stepId))) throw missingRecord('step', action);
}

/** Stores an annotation, replacing the one with the same id (the tester edited it, or undid a delete). */
export function saveAnnotation(annotation: Annotation): Promise<void> {
  return writeStore(
    'storeActionSaveNote',
    async (db) => {
      const tx = annotationWrite(db);
      await finish(tx, async () => {
        await needStep(tx, annotation.stepId, 'storeActionSaveNote');
        await tx.objectStore('annotations').put(annotation);
      });
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
    'storeActionSaveRating',
    async (db) => {
      const tx = annotationWrite(db);
      await finish(tx, async () => {
        const store = tx.objectStore('annotations');
        const existing = (await store.index('by-step').getAll(stepId)).filter((annotation) => annotation.kind === 'emotion');
        const [kept, ...extra] = existing;
        await Promise.all(extra.map((annotation) => store.delete(annotation.id)));
        if (emotion === null) {
          if (kept) await store.delete(kept.id);
          return;
        }
        await needStep(tx, stepId, 'storeActionSaveRating');
        await store.put({ id: kept?.id ?? crypto.randomUUID(), journeyId, stepId, at: Date.now(), kind: 'emotion', emotion });
      });
    },
    () => [{ kind: 'annotations', journeyId }],
  );
}
