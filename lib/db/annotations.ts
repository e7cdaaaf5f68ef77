import type { Annotation } from '../journey/types';
import { withStore } from './transaction';

/** Stores an annotation, replacing the one with the same id (the tester edited it). */
export function saveAnnotation(annotation: Annotation): Promise<void> {
  return withStore('storeActionSaveNote', async (db) => {
    await db.put('annotations', annotation);
  });
}

/** A journey's annotations in the order they were made. */
export function getAnnotations(journeyId: string): Promise<Annotation[]> {
  return withStore('storeActionReadNotes', async (db) => {
    const annotations = await db.getAllFromIndex('annotations', 'by-journey', journeyId);
    return annotations.sort((a, b) => a.at - b.at);
  });
}

export function deleteAnnotation(id: string): Promise<void> {
  return withStore('storeActionDeleteNote', (db) => db.delete('annotations', id));
}
