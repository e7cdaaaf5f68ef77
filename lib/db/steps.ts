import { withTimingSignals } from '../journey/signals';
import type { Journey, OmitFromEach, Step, StepTiming } from '../journey/types';
import type { IDBPObjectStore } from 'idb';
import { missingRecord } from './errors';
import type { TrailnoteDB } from './schema';
import { finish, withStore, writeStore } from './transaction';
import type { JourneyChange } from '../messaging/changes';

/** A step as the recorder hands it over: the store assigns seq. */
export type NewStep = OmitFromEach<Step, 'seq'>;

/** Fields a caller may change; a step's identity, journey and place in the walk stay. */
export type StepChange = OmitFromEach<Partial<Step>, 'id' | 'journeyId' | 'seq' | 'kind'>;

type StepStore = IDBPObjectStore<TrailnoteDB, ['journeys', 'steps'], 'steps', 'readwrite'>;

/** Every step of a journey in the by-journey-seq index. */
function journeySteps(journeyId: string): IDBKeyRange {
  return IDBKeyRange.bound([journeyId, -Infinity], [journeyId, Infinity]);
}

/**
 * Stores a step as the journey's next one, in one transaction over journeys and steps, so concurrent
 * appends get seq 1, 2, 3… with no gap. A step whose id is already stored is returned as it is, with
 * created: false: recorders resend their events after the service worker restarts.
 */
const stepChanged = (step: Step | undefined): JourneyChange[] => (step ? [{ kind: 'step', journeyId: step.journeyId, stepId: step.id }] : []);

export function appendStep(input: NewStep): Promise<{ step: Step; created: boolean }> {
  return appendSteps([input]).then(([appended]) => appended);
}

/**
 * Stores steps as the journey's next ones, in the order given, in one transaction: a burst of clicks costs one
 * commit, not one each. All or nothing: a step the store refuses leaves none of them stored. Each step is
 * looked up by id first, so one already stored (or given twice) is returned as it is, with created: false.
 */
export async function appendSteps(inputs: readonly NewStep[]): Promise<{ step: Step; created: boolean }[]> {
  const { appended } = await writeStore(
    'storeActionSaveStep',
    async (db) => {
      const tx = db.transaction(['journeys', 'steps'], 'readwrite');
      return finish(tx, async () => {
        const steps = tx.objectStore('steps');
        const journeys = tx.objectStore('journeys');
        const appended: { step: Step; created: boolean }[] = [];
        const moved: Step[] = [];
        const touched = new Map<string, Journey>();
        for (const input of inputs) {
          const existing = await steps.get(input.id);
          if (existing) {
            appended.push({ step: existing, created: false });
            continue;
          }
          const journey = touched.get(input.journeyId) ?? (await journeys.get(input.journeyId));
          if (!journey) {
            throw missingRecord('journey', 'storeActionSaveStep');
          }
          // The stage is checked here, in the transaction: one removed since the caller read the journey
          // gives way to the journey's current stage, so no step lands in a stage the journey lacks.
          const stageId = journey.stages.some((stage) => stage.id === input.stageId) ? input.stageId : journey.currentStageId;
          const later = await pagesStoredAtCommitAfter(steps, journey, input.at);
          // Newest first: the journey's (journeyId, seq) index is unique, and no two steps may share a number.
          for (const page of later) {
            const movedUp = { ...page, seq: page.seq + 1 };
            await steps.put(movedUp);
            moved.push(movedUp);
          }
          const step: Step = { ...input, stageId, seq: later.at(-1)?.seq ?? journey.stepCount + 1 };
          await steps.add(step);
          touched.set(journey.id, { ...journey, stepCount: journey.stepCount + 1 });
          appended.push({ step, created: true });
        }
        await Promise.all([...touched.values()].map((journey) => journeys.put(journey)));
        return { appended, moved };
      });
    },
    ({ appended, moved }) => [...appended.flatMap(({ step, created }) => stepChanged(created ? step : undefined)), ...moved.flatMap(stepChanged)],
  );
  return appended;
}

/**
 * A page the background stores itself, the moment its tab commits to it: a browser page or one that failed to load,
 * where no recorder can send a step (lib/recording/tab-follower.ts).
 */
const storedAtCommit = (step: Step): boolean => step.kind === 'navigation' && (step.problem?.code === 'page-not-recordable' || step.problem?.code === 'injection-failed');

/**
 * The pages stored at commit that end the journey and came after `at`, newest first. A step of the page before them
 * can still be on its way from that page's recorder (which starts once its page has loaded, issue 19): it goes back
 * before them, so that the walk reads in the order it happened.
 */
async function pagesStoredAtCommitAfter(steps: StepStore, { id, stepCount }: Journey, at: number): Promise<Step[]> {
  const after: Step[] = [];
  let cursor = await steps.index('by-journey-seq').openCursor(journeySteps(id), 'prev');
  // Only numbers no deleted step had: undoing a delete puts its step back at its own number.
  while (cursor && storedAtCommit(cursor.value) && cursor.value.at > at && cursor.value.seq === stepCount - after.length) {
    after.push(cursor.value);
    cursor = await cursor.continue();
  }
  return after;
}

/** A journey's steps in walk order (seq). */
export function getSteps(journeyId: string): Promise<Step[]> {
  return withStore('storeActionReadSteps', (db) => db.getAllFromIndex('steps', 'by-journey-seq', journeySteps(journeyId)));
}

export function getStep(id: string): Promise<Step | undefined> {
  return withStore('storeActionReadStep', (db) => db.get('steps', id));
}

/**
 * Changes a step in one transaction. Resolves with the stored step, or undefined if the step no longer
 * exists (its journey was deleted while a screenshot was being taken, say).
 */
export function updateStep(id: string, change: StepChange | ((step: Step) => Step)): Promise<Step | undefined> {
  return writeStore(
    'storeActionSaveStep',
    async (db) => {
      const tx = db.transaction('steps', 'readwrite');
      return finish(tx, async () => {
        const current = await tx.store.get(id);
        if (!current) return undefined;
        const next = typeof change === 'function' ? change(current) : merge(current, change);
        const updated: Step = { ...next, id: current.id, journeyId: current.journeyId, seq: current.seq };
        await tx.store.put(updated);
        return updated;
      });
    },
    stepChanged,
  );
}

function merge(step: Step, change: StepChange): Step {
  // The change cannot touch kind (StepChange omits it), so the result is still a step of step's kind;
  // TypeScript cannot follow that through a spread of two unions.
  return { ...step, ...change };
}

function definedFields(timing: StepTiming): StepTiming {
  return Object.fromEntries(Object.entries(timing).filter(([, value]) => value !== undefined));
}

/**
 * Adds later page-load figures (LCP and CLS keep changing after load) to a navigation step; a figure
 * present in both keeps the newer value. Resolves with the step, or undefined if it no longer exists.
 */
export function mergeStepTiming(id: string, timing: StepTiming): Promise<Step | undefined> {
  // The figures a signal reads (slow page, layout shift) are checked again in the same transaction.
  return updateStep(id, (step) => (step.kind === 'navigation' ? withTimingSignals({ ...step, timing: { ...step.timing, ...definedFields(timing) } }, Date.now()) : step));
}

/** The journey's last `count` steps, in walk order: what a new page is compared with (backtracking), without reading the whole walk. */
export function getLastSteps(journeyId: string, count: number): Promise<Step[]> {
  return withStore('storeActionReadSteps', async (db) => {
    const found: Step[] = [];
    let cursor = await db.transaction('steps').store.index('by-journey-seq').openCursor(journeySteps(journeyId), 'prev');
    while (cursor && found.length < count) {
      found.push(cursor.value);
      cursor = await cursor.continue();
    }
    return found.reverse();
  });
}
