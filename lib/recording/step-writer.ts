import { browser } from 'wxt/browser';
import { appendStep, getJourney, getLastSteps, getStep, mergeStepTiming, updateStep, type NewStep } from '../db';
import { backtrackSignal, withSignal, withTimingSignals, type NoticedSignal } from '../journey/signals';
import { logError } from '../diagnostics';
import { t } from '../i18n';
import { announce } from '../messaging/changes';
import { holdStep, isNoRoom, onHold, roomAgain, waitingForRoom } from './room';
import type { Step, StepProblem } from '../journey/types';
import { readOutbox, removeFromOutbox } from '../contract/outbox';
import type { RecordedStep, TimingUpdate } from '../contract/recorder-events';
import { boundedProblem, withinShareLimits } from './bounded-step';
import { clearSaveProblem, reportSaveProblem } from './save-problem';
import { needsScreenshot } from '../journey/pictured';
import { captureForStep } from './screenshots';
import { hasRoomForStep, stepRefused, stepStored } from './walk-limit';
import { addressRulesOf, changeRecording, isRecordedTab, liveRecording, recordingState, walkInThisSession } from './state';
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

/** How long after the store first refuses a tester may act before the panel's "paused" reaches them. */
const pauseNoticeMs = 3000;

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
  const arrivedAt = Date.now();
  const stored = inOrder(async () => {
    const waiting = await waitingForRoom.getValue();
    if (waiting) {
      // Paused for want of room: a step sent before the store first refused, or in the moments after (the page the
      // refused click opened), was the tester's before they could read the panel: it is held too.
      if (arrivedAt <= waiting.since + pauseNoticeMs && tabId !== undefined) await holdStep({ recorded, tabId, problem });
      // A later one is the tester's while the panel says the walk is paused: not saved later either.
      else await removeFromOutbox([recorded.id]).catch(() => undefined);
      return null;
    }
    try {
      await storeOutbox(recorded.at);
      const step = await store(recorded, tabId, problem);
      await removeFromOutbox([recorded.id]);
      return step;
    } catch (error) {
      if (tabId === undefined || !(await isNoRoom(error))) throw error;
      await holdStep({ recorded, tabId, problem });
      return null;
    }
  });
  return form ? stored.finally(() => formsWaiting--) : stored;
}

/** How often a walk paused for want of room checks whether there is room again. */
const roomCheckMs = 5000;
let roomCheck: ReturnType<typeof setTimeout> | undefined;

/** Checks for room every few seconds while the service worker runs; a restarted worker checks when it starts. */
export function checkForRoomSoon(): void {
  if (roomCheck !== undefined) return;
  roomCheck = setTimeout(() => {
    roomCheck = undefined;
    void storeHeldSteps()
      .then((room) => room || checkForRoomSoon())
      .catch((error: unknown) => logError(error, 'background: saving held steps'));
  }, roomCheckMs);
}
onHold(() => {
  announce({ kind: 'recording' });
  checkForRoomSoon();
});

/**
 * Stores the steps held while the disk was full, oldest first, and gives the pictures it refused their
 * reason: the walk then goes on. Resolves false when there is still no room (nothing is lost: a step stored
 * before the store refused again is stored once, by its id).
 */
export function storeHeldSteps(): Promise<boolean> {
  return inOrder(async () => {
    const waiting = await waitingForRoom.getValue();
    if (!waiting) return true;
    try {
      for (const held of waiting.held) await store(held.recorded, held.tabId, held.problem);
      const problem = { code: 'capture-failed' as const, message: t('problemDiskFull') };
      for (const stepId of waiting.unpictured) await updateStep(stepId, { problem }).catch(() => undefined);
    } catch (error) {
      if (await isNoRoom(error)) return false;
      throw error;
    }
    await roomAgain();
    announce({ kind: 'recording' });
    return true;
  });
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
  if (!namesOnlyItsFrame(recorded)) return recorded;
  // A tab closed meanwhile: the step keeps the frame's address, as it would without a tab.
  return inPageOfTab(recorded, await browser.tabs.get(tabId).catch(() => undefined));
}

function namesOnlyItsFrame(recorded: RecordedStep): boolean {
  return recorded.frameUrl !== undefined && recorded.url === recorded.frameUrl;
}

/**
 * A frame's step in the page its tab showed when the step was sent: the browser's note of the sender's tab is
 * taken as the message leaves, while the tab read when the step's turn comes may already show the next page.
 */
export function inPageOfTab(recorded: RecordedStep, tab: { url?: string; title?: string } | undefined): RecordedStep {
  if (!namesOnlyItsFrame(recorded) || !tab?.url) return recorded;
  return { ...recorded, url: tab.url, title: tab.title ?? '' };
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
  const input: NewStep = await withNoticedSignals({
    ...placed,
    journeyId: journey.id,
    stageId: journey.currentStageId,
    tabId,
    ...(problem && { problem: boundedProblem(privateProblem(problem, rules)) }),
  });
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
  // long before its picture can be kept. A step of a walk the browser was closed on (saved from the outbox as
  // the browser starts again) gets no picture: its tab id may now name another tab. Marking the walk
  // interrupted gives it the reason (markInterruptedWalk).
  if (needsScreenshot(step) && (await walkInThisSession.getValue())) void captureForStep(step);
  await stepStored(step);
  return step;
}

/** How many of the walk's last steps a new page is compared with for backtracking (pages among clicks and fields). */
const backtrackLookBack = 40;

/** A page step with what its figures and the pages before it show: slow, shifting, or a u-turn (lib/journey/signals.ts). */
async function withNoticedSignals(step: NewStep): Promise<NewStep> {
  if (step.kind !== 'navigation') return step;
  const now = Date.now();
  const backtrack = backtrackSignal(step, await getLastSteps(step.journeyId, backtrackLookBack));
  const timed = withTimingSignals(step, now);
  return backtrack ? withSignal(timed, backtrack, now) : timed;
}

/**
 * Friction the page noticed on a step it sent (a rage or dead click, an error, a form refusing its input): kept
 * on that step as a suggestion. In order with the steps, after the ones left in the outbox, so the step is in.
 * A signal about a step that was not stored (another tab, a pause) is dropped with it.
 */
export function storeSignal(stepId: string, noticed: NoticedSignal, tabId: number | undefined): Promise<void> {
  return inOrder(async () => {
    const state = await liveRecording();
    if (!isRecordedTab(state, tabId)) return;
    await storeOutbox(Number.POSITIVE_INFINITY);
    await updateStep(stepId, (step) => withSignal(step, noticed, Date.now()));
  });
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
