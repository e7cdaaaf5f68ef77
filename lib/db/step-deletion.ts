import type { Annotation, Screenshot, Step } from '../journey/types';
import { missingRecord } from './errors';
import { finish, writeStore } from './transaction';
import type { JourneyChange } from '../messaging/changes';

/** A deleted step with everything that went or moved with it, kept by the panel to undo the delete. */
export interface DeletedStep {
  step: Step;
  screenshot?: Screenshot;
  /** The step's annotations as they were before the delete. */
  annotations: Annotation[];
  /** Which of them moved to a neighbouring step (the others went with the step). */
  moved: string[];
}

/**
 * Deletes a step and its screenshot in one transaction. What the tester said about it is never orphaned:
 * its notes move to the step before it (or after it, when it was the first), and so does its emotion
 * unless that step has one of its own. Resolves with what undo needs, or undefined if the step was gone.
 */
/** A step deleted or put back takes its notes with it, or gives them back. */
const stepAndNotes = (step: Step): JourneyChange[] => [
  { kind: 'step', journeyId: step.journeyId, stepId: step.id },
  { kind: 'annotations', journeyId: step.journeyId },
];

export function deleteStep(stepId: string): Promise<DeletedStep | undefined> {
  return writeStore(
    'storeActionDeleteStep',
    async (db) => {
      const tx = db.transaction(['steps', 'screenshots', 'annotations'], 'readwrite');
      return finish(tx, async () => {
        const steps = tx.objectStore('steps');
        const step = await steps.get(stepId);
        if (!step) return undefined;
        const bySeq = steps.index('by-journey-seq');
        const before = await bySeq.openCursor(IDBKeyRange.bound([step.journeyId, -Infinity], [step.journeyId, step.seq], false, true), 'prev');
        const after = before ? null : await bySeq.openCursor(IDBKeyRange.bound([step.journeyId, step.seq], [step.journeyId, Infinity], true));
        const heirId = (before ?? after)?.value.id;

        const annotationStore = tx.objectStore('annotations');
        const [screenshot, annotations, heirAnnotations] = await Promise.all([
          tx.objectStore('screenshots').index('by-step').get(stepId),
          annotationStore.index('by-step').getAll(stepId),
          heirId ? annotationStore.index('by-step').getAll(heirId) : [],
        ]);
        const heirHasEmotion = heirAnnotations.some((annotation) => annotation.kind === 'emotion');
        const moves = (annotation: Annotation) => heirId !== undefined && !(annotation.kind === 'emotion' && heirHasEmotion);
        await Promise.all([
          steps.delete(stepId),
          screenshot && tx.objectStore('screenshots').delete(screenshot.id),
          ...annotations.map((annotation) => (heirId && moves(annotation) ? annotationStore.put({ ...annotation, stepId: heirId }) : annotationStore.delete(annotation.id))),
        ]);
        return { step, screenshot, annotations, moved: annotations.filter(moves).map((annotation) => annotation.id) };
      });
    },
    (deleted) => (deleted ? stepAndNotes(deleted.step) : []),
  );
}

/**
 * Puts a deleted step back where it was, with its screenshot and its annotations. Notes that moved to a
 * neighbour come back as they are now, so an edit made since the delete is kept, and one deleted since stays
 * deleted; those that went with the step come back as they were.
 */
export function restoreStep(deleted: DeletedStep): Promise<void> {
  return writeStore(
    'storeActionSaveStep',
    async (db) => {
      const tx = db.transaction(['journeys', 'steps', 'screenshots', 'annotations'], 'readwrite');
      await finish(tx, async () => {
        if (!(await tx.objectStore('journeys').get(deleted.step.journeyId))) throw missingRecord('journey', 'storeActionSaveStep');
        const annotationStore = tx.objectStore('annotations');
        const moved = new Set(deleted.moved);
        const current = await Promise.all(deleted.annotations.map((annotation) => (moved.has(annotation.id) ? annotationStore.get(annotation.id) : Promise.resolve(annotation))));
        await Promise.all([
          tx.objectStore('steps').put(deleted.step),
          deleted.screenshot && tx.objectStore('screenshots').put(deleted.screenshot),
          ...current.map((annotation) => annotation && annotationStore.put({ ...annotation, stepId: deleted.step.id })),
        ]);
      });
    },
    () => stepAndNotes(deleted.step),
  );
}
