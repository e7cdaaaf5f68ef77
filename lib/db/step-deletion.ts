import type { Annotation, Journey, Screenshot, Step } from '../journey/types';
import type { ScorecardAnswer } from '../scorecard/types';
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
  /** The scorecard criteria whose answer had the step's screenshot as evidence: the answers stay, unlinked. */
  evidenceFor: string[];
}

/** A step deleted or put back takes its notes with it, or gives them back, and its place as evidence when it had one. */
const stepAndNotes = ({ step, evidenceFor }: DeletedStep): JourneyChange[] => [
  { kind: 'step', journeyId: step.journeyId, stepId: step.id },
  { kind: 'annotations', journeyId: step.journeyId },
  ...(evidenceFor.length > 0 ? [{ kind: 'journey' as const, journeyId: step.journeyId }] : []),
];

/** The journey with its scorecard answers' evidence changed by `link` (undefined when nothing changes). */
function withEvidence(journey: Journey | undefined, link: (answer: ScorecardAnswer) => ScorecardAnswer): Journey | undefined {
  const scorecard = journey?.scorecard;
  if (!scorecard) return undefined;
  const answers = scorecard.answers.map(link);
  return answers.some((answer, i) => answer !== scorecard.answers[i]) ? { ...journey, scorecard: { ...scorecard, answers } } : undefined;
}

/**
 * Deletes a step and its screenshot in one transaction. What the tester said about it is never orphaned:
 * its notes move to the step before it (or after it, when it was the first), and so does its emotion
 * unless that step has one of its own. A scorecard answer it was the evidence of keeps its verdict and comment
 * and loses the link: a neighbour's picture proves nothing. Resolves with what undo needs, or undefined if the
 * step was gone.
 */
export function deleteStep(stepId: string): Promise<DeletedStep | undefined> {
  return writeStore(
    'storeActionDeleteStep',
    async (db) => {
      const tx = db.transaction(['journeys', 'steps', 'screenshots', 'annotations'], 'readwrite');
      return finish(tx, async () => {
        const steps = tx.objectStore('steps');
        const step = await steps.get(stepId);
        if (!step) return undefined;
        const journey = await tx.objectStore('journeys').get(step.journeyId);
        const evidenceFor = (journey?.scorecard?.answers ?? []).filter((answer) => answer.stepId === stepId).map((answer) => answer.criterionId);
        const unlinked = withEvidence(journey, (answer) => (answer.stepId === stepId ? (({ stepId: _gone, ...rest }) => rest)(answer) : answer));
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
          unlinked && tx.objectStore('journeys').put(unlinked),
          screenshot && tx.objectStore('screenshots').delete(screenshot.id),
          ...annotations.map((annotation) => (heirId && moves(annotation) ? annotationStore.put({ ...annotation, stepId: heirId }) : annotationStore.delete(annotation.id))),
        ]);
        return { step, screenshot, annotations, moved: annotations.filter(moves).map((annotation) => annotation.id), evidenceFor };
      });
    },
    (deleted) => (deleted ? stepAndNotes(deleted) : []),
  );
}

/**
 * Puts a deleted step back where it was, with its screenshot and its annotations. Notes that moved to a
 * neighbour come back as they are now, so an edit made since the delete is kept, and one deleted since stays
 * deleted; those that went with the step come back as they were. The answers it was the evidence of point at it
 * again, unless the tester has linked them to another step since (or taken them back).
 */
export function restoreStep(deleted: DeletedStep): Promise<void> {
  return writeStore(
    'storeActionSaveStep',
    async (db) => {
      const tx = db.transaction(['journeys', 'steps', 'screenshots', 'annotations'], 'readwrite');
      await finish(tx, async () => {
        const journey = await tx.objectStore('journeys').get(deleted.step.journeyId);
        if (!journey) throw missingRecord('journey', 'storeActionSaveStep');
        const evidenceFor = new Set(deleted.evidenceFor);
        const relinked = withEvidence(journey, (answer) => (evidenceFor.has(answer.criterionId) && answer.stepId === undefined ? { ...answer, stepId: deleted.step.id } : answer));
        const annotationStore = tx.objectStore('annotations');
        const moved = new Set(deleted.moved);
        const current = await Promise.all(deleted.annotations.map((annotation) => (moved.has(annotation.id) ? annotationStore.get(annotation.id) : Promise.resolve(annotation))));
        await Promise.all([
          tx.objectStore('steps').put(deleted.step),
          relinked && tx.objectStore('journeys').put(relinked),
          deleted.screenshot && tx.objectStore('screenshots').put(deleted.screenshot),
          ...current.map((annotation) => annotation && annotationStore.put({ ...annotation, stepId: deleted.step.id })),
        ]);
      });
    },
    () => stepAndNotes(deleted),
  );
}
