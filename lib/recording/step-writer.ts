import { browser } from 'wxt/browser';
import { appendStep, getJourney, getStep, mergeStepTiming, type NewStep } from '../db';
import type { Step, StepProblem } from '../journey/types';
import { readOutbox, removeFromOutbox } from '../contract/outbox';
import type { RecordedStep, TimingUpdate } from '../contract/recorder-events';
import { boundedProblem, withinShareLimits } from './bounded-step';
import { clearSaveProblem, reportSaveProblem } from './save-problem';
import { needsScreenshot } from '../journey/pictured';
import { captureForStep } from './screenshots';
import { hasRoomForStep, stepRefused, stepStored } from './walk-limit';
import { addressRulesOf, changeRecording, isRecordedTab, liveRecording, recordingState } from './state';
import type { RecordingState } from '../contract/recording-state';
import { fieldsLearntFrom, withFields, type AddressRules } from '../privacy/address-rules';
import { privateProblem, privateStep } from '../privacy/private-walk';

let writes: Promise<unknown> = Promise.resolve();

/**
 * Steps are stored one after another, in the order they arrived, so seq follows the walk. When the store
 * refuses one, the panel says why until a later save gets everything waiting in.
 */
function inOrder<T>(work: () => Promise<T>): Promise<T> {
  const run = writes.then(async () => {
    try {
      const result = await work();
      await clearSaveProblem();
      return result;
    } catch (error) {
      await reportSaveProblem(error);
      throw error;
    }
  });
  // The chain only orders the writes: a refused one is reported above and thrown to its caller through `run`.
  writes = run.catch(() => undefined);
  return run;
}

/** Forms sent (submit steps) that have arrived and are not stored yet. */
let formsWaiting = 0;

/**
 * Resolves once every form sent so far is stored (or refused): the fields it sent then decide what later
 * addresses keep. Resolves at once when no form is waiting, so a new page's recorder is not held up by the
 * clicks and screenshots of the last one.
 */
export function formsStored(): Promise<void> {
  return formsWaiting > 0 ? writes.then(() => undefined) : Promise.resolve();
}

/**
 * Writes a step from the recorded tab through to IndexedDB, then queues its screenshot. Events from
 * other tabs, or while paused, are dropped: pages are untrusted and only the walk is recorded.
 * A step resent after a worker restart has the same id and is stored once.
 */
export function storeRecordedStep(recorded: RecordedStep, tabId: number | undefined, problem?: StepProblem): Promise<Step | null> {
  const form = recorded.kind === 'submit';
  if (form) formsWaiting++;
  const stored = inOrder(async () => {
    await storeOutbox(recorded.at);
    const step = await store(recorded, tabId, problem);
    await removeFromOutbox([recorded.id]);
    return step;
  });
  return form ? stored.finally(() => formsWaiting--) : stored;
}

/**
 * Steps whose message was lost are in the outbox; they happened before the step now arriving (a click
 * on a link comes before the page it opens), so they are stored first, oldest first.
 */
async function storeOutbox(before: number): Promise<void> {
  const waiting = (await readOutbox()).filter((entry) => entry.step.at < before);
  for (const entry of waiting) await store(entry.step, entry.tabId);
  await removeFromOutbox(waiting.map((entry) => entry.step.id));
}

/** Drains the outbox when the worker starts, or the walk stops: a lost click is stored even if no later step comes. */
export function storeLostSteps(): Promise<void> {
  return inOrder(() => storeOutbox(Number.POSITIVE_INFINITY));
}

/**
 * A frame from another origin (a chat widget, a payment form) cannot read its page's address, so its
 * step names only the frame: the page it belongs to is the tab's, which the browser tells us.
 */
async function inItsPage(recorded: RecordedStep, tabId: number): Promise<RecordedStep> {
  if (!recorded.frameUrl || recorded.url !== recorded.frameUrl) return recorded;
  // A tab closed meanwhile: the step keeps the frame's address, as it would without a tab.
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.url ? { ...recorded, url: tab.url, title: tab.title ?? '' } : recorded;
}

/**
 * The address rule of the walk with what this step teaches (the fields a submit sent), kept in the
 * recording state so that the next page's recorder and a restarted worker know it.
 */
async function learnedRules(state: RecordingState, recorded: RecordedStep): Promise<AddressRules> {
  const known = addressRulesOf(state);
  const rules = withFields(known, fieldsLearntFrom(recorded));
  if (rules !== known) await changeRecording((current) => current && { ...current, addressFields: rules.fields });
  return rules;
}

/** A step as the store keeps it: the page's addresses under the privacy rules, without the submit's field list. */
function storedForm(recorded: RecordedStep, rules: AddressRules): RecordedStep {
  const step = recorded.kind === 'submit' ? (({ fields: _fields, clickId: _clickId, ...submit }) => submit)(recorded) : recorded;
  return withinShareLimits(privateStep(step, rules));
}

async function store(recorded: RecordedStep, tabId: number | undefined, problem?: StepProblem): Promise<Step | null> {
  const state = await recordingState.getValue();
  if (tabId === undefined || !isRecordedTab(state, tabId) || state.paused) return null;
  const journey = await getJourney(state.journeyId);
  if (!journey) return null;
  const rules = await learnedRules(state, recorded);
  // A submit its click caused is that click's moment: its fields are learnt above, and the click is the step.
  if (recorded.kind === 'submit' && recorded.clickId) return null;
  const placed = storedForm(await inItsPage(recorded, tabId), rules);
  const input: NewStep = {
    ...placed,
    journeyId: journey.id,
    stageId: journey.currentStageId,
    tabId,
    ...(problem && { problem: boundedProblem(privateProblem(problem, rules)) }),
  };
  // Weighed as the store will keep it (by the count kept in memory: no wait before its capture). A step sent again
  // after a worker restart is already in: it takes no more room.
  const candidate: Step = { ...input, seq: journey.stepCount + 1 };
  if (!(await hasRoomForStep(candidate)) && !(await getStep(input.id))) {
    await stepRefused(candidate);
    return null;
  }
  const { step, created } = await appendStep(input);
  if (!created) return step;
  // The capture starts first: a click that opens another page leaves it little time. It is counted below,
  // long before its picture can be kept.
  if (needsScreenshot(step)) void captureForStep(step);
  await stepStored(step);
  return step;
}

/** A page Trailnote cannot enter (a PDF, a browser page) still appears in the walk, with the reason. */
export function storeUnrecordablePage(tabId: number, url: string, problem: StepProblem): Promise<Step | null> {
  const step: RecordedStep = { id: crypto.randomUUID(), kind: 'navigation', navigation: 'load', at: Date.now(), url, title: '' };
  return storeRecordedStep(step, tabId, problem);
}

export async function storeTimingUpdate(update: TimingUpdate, tabId: number | undefined): Promise<void> {
  const state = await liveRecording();
  if (!isRecordedTab(state, tabId)) return;
  await mergeStepTiming(update.stepId, update.timing);
}
