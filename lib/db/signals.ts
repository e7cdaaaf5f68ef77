import type { Annotation, SignalStatus } from '../journey/types';
import { missingRecord } from './errors';
import type { JourneyChange } from '../messaging/changes';
import { finish, writeStore } from './transaction';

/**
 * Answers a signal in one transaction over its step and the notes: accepting writes its Friction note and marks it
 * accepted together, so a second Accept (a double press, another open panel) finds it accepted and writes no second
 * note. Resolves with the note written, or undefined when the signal was answered already.
 */
export async function answerSignal(stepId: string, signalId: string, status: Exclude<SignalStatus, 'suggested'>, note?: Annotation): Promise<Annotation | undefined> {
  const answered = await writeStore(
    'storeActionSaveStep',
    async (db) => {
      const tx = db.transaction(['steps', 'annotations'], 'readwrite');
      return finish(tx, async () => {
        const steps = tx.objectStore('steps');
        const step = await steps.get(stepId);
        if (!step) throw missingRecord('step', 'storeActionSaveStep');
        const signal = step.signals?.find((candidate) => candidate.id === signalId);
        if (!signal || signal.status !== 'suggested') return { journeyId: step.journeyId, note: undefined, changed: false };
        const signals = step.signals?.map((candidate) => (candidate.id === signalId ? { ...candidate, status } : candidate));
        const writes: Promise<unknown>[] = [steps.put({ ...step, signals })];
        if (status === 'accepted' && note) writes.push(tx.objectStore('annotations').put(note));
        await Promise.all(writes);
        return { journeyId: step.journeyId, note: status === 'accepted' ? note : undefined, changed: true };
      });
    },
    ({ journeyId, note, changed }): JourneyChange[] => (changed ? [{ kind: 'step', journeyId, stepId }, ...(note ? [{ kind: 'annotations' as const, journeyId }] : [])] : []),
  );
  return answered.note;
}
