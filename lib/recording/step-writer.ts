import { browser } from 'wxt/browser';
import { appendSteps, getJourney, getLastSteps, getStep, mergeStepTiming, updateStep, type NewStep } from '../db';
import { backtrackSignal, withSignal, withTimingSignals, type NoticedSignal } from '../journey/signals';
import { logError } from '../diagnostics';
import { t } from '../i18n';
import { announce } from '../messaging/changes';
import { holdStep, isNoRoom, onHold, roomAgain, waitingForRoom } from './room';
import type { Step, StepProblem } from '../journey/types';
import { readOutbox, readSignalOutbox, readTimingOutbox, removeFromOutbox, removeSignalFromOutbox, removeTimingFromOutbox } from '../contract/outbox';
import type { RecordedSignal, RecordedStep, TimingUpdate } from '../contract/recorder-events';
import { boundedProblem, withinShareLimits } from './bounded-step';
import { clearSaveProblem, reportSaveProblem } from './save-problem';
import { needsScreenshot } from '../journey/pictured';
import { captureForStep } from './screenshots';
import { roomForSteps, stepRefused, stepsStored } from './walk-limit';
import { addressRulesOf, changeRecording, isRecordedTab, madeWhilePaused, recordingState, walkInThisSession } from './state';
import { fieldsLearntFrom, withFields, type AddressRules } from '../privacy/address-rules';
import { privateProblem, privateStep } from '../privacy/private-walk';
import { privateText } from '../privacy/address';
import { pageSignal } from './page-signal';

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

/** A step on its way to the store, and the caller waiting for it. */
interface Arrival extends Entry {
  arrivedAt: number;
  settle: (outcome: { step: Step | null } | { error: unknown }) => void;
}

/** A step to store: from a message, the outbox, or the steps held while the disk was full. */
interface Entry {
  recorded: RecordedStep;
  tabId: number | undefined;
  problem?: StepProblem;
}

/** Steps that arrived while earlier ones were being stored: the next turn stores them all, in one transaction. */
let arrivals: Arrival[] = [];

/**
 * Writes a step from the recorded tab through to IndexedDB, then queues its screenshot. Events from
 * other tabs, or while paused, are dropped: pages are untrusted and only the walk is recorded.
 * A step resent after a worker restart has the same id and is stored once.
 *
 * A burst (200 clicks in 2 s) arrives faster than one transaction a step can store it (issue 19): the steps that
 * arrive while earlier ones are being stored wait together and are stored together, in arrival order, in one
 * transaction, each caller getting its own step.
 */
export function storeRecordedStep(recorded: RecordedStep, tabId: number | undefined, problem?: StepProblem): Promise<Step | null> {
  const form = recorded.kind === 'submit';
  if (form) formsWaiting++;
  const stored = new Promise<Step | null>((resolve, reject) => {
    // The store's error goes to the caller as it was thrown, as it did before steps were stored in batches.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    const settle = (outcome: { step: Step | null } | { error: unknown }) => ('step' in outcome ? resolve(outcome.step) : reject(outcome.error));
    arrivals.push({ recorded, tabId, problem, arrivedAt: Date.now(), settle });
    // The first to arrive books the next turn; whoever arrives before that turn comes joins it. Each caller hears
    // of a failure through its own promise; inOrder has reported it to the panel.
    if (arrivals.length === 1) void inOrder(storeArrivals).catch(() => undefined);
  });
  return form ? stored.finally(() => formsWaiting--) : stored;
}

/** Stores every step that has arrived, and tells each caller what became of its step. */
async function storeArrivals(): Promise<void> {
  const batch = arrivals;
  arrivals = [];
  try {
    const stored = await storeBatch(batch);
    for (const arrival of batch) arrival.settle({ step: stored.get(arrival.recorded.id) ?? null });
  } catch (error) {
    for (const arrival of batch) arrival.settle({ error });
    throw error;
  }
}

async function storeBatch(batch: Arrival[]): Promise<Map<string, Step | null>> {
  const waiting = await waitingForRoom.getValue();
  if (waiting) {
    for (const { recorded, tabId, problem, arrivedAt } of batch) {
      // Paused for want of room: a step sent before the store first refused, or in the moments after (the page the
      // refused click opened), was the tester's before they could read the panel: it is held too.
      if (arrivedAt <= waiting.since + pauseNoticeMs && tabId !== undefined) await holdStep({ recorded, tabId, problem });
      // A later one is the tester's while the panel says the walk is paused: not saved later either.
      else await removeFromOutbox([recorded.id]).catch(() => undefined);
    }
    return new Map();
  }
  try {
    const lost = await lostBefore(batch);
    const stored = await storeAll(inWalkOrder(lost, batch));
    await removeFromOutbox([...lost, ...batch].map((entry) => entry.recorded.id));
    // A new page means the last one was left: figures it sent as it went, while the worker was stopped, wait in the
    // outbox (its storage write came before this page's). Looked for at pages only, not at every click.
    if (batch.some((entry) => entry.recorded.kind === 'navigation')) await storeLostTimings();
    return stored;
  } catch (error) {
    if (!(await isNoRoom(error))) throw error;
    // None of the batch was stored (one transaction): each is held, to be stored once there is room. A step without
    // a tab would not be stored anyway.
    for (const { recorded, tabId, problem } of batch) if (tabId !== undefined) await holdStep({ recorded, tabId, problem });
    return new Map();
  }
}

/**
 * Steps whose message was lost are in the outbox; those that happened before a step of the batch (a click on a
 * link comes before the page it opens) are stored with it, before it.
 */
async function lostBefore(batch: readonly Entry[]): Promise<Entry[]> {
  const latest = Math.max(...batch.map((entry) => entry.recorded.at));
  const inBatch = new Set(batch.map((entry) => entry.recorded.id));
  return (await readOutbox()).filter((entry) => entry.step.at < latest && !inBatch.has(entry.step.id)).map((entry) => ({ recorded: entry.step, tabId: entry.tabId }));
}

/** The batch in arrival order, each lost step (oldest first) before the first arrival that came after it. */
function inWalkOrder(lost: readonly Entry[], batch: readonly Entry[]): Entry[] {
  const older = [...lost];
  const ordered: Entry[] = [];
  for (const entry of batch) {
    while (older.length > 0 && older[0].recorded.at < entry.recorded.at) ordered.push(older.shift()!);
    ordered.push(entry);
  }
  return ordered;
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
      await storeAll(waiting.held);
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

/** Stores the outbox's steps (oldest first) that happened before `before`. */
async function storeOutbox(before: number): Promise<void> {
  const waiting = (await readOutbox()).filter((entry) => entry.step.at < before);
  await storeAll(waiting.map((entry) => ({ recorded: entry.step, tabId: entry.tabId })));
  await removeFromOutbox(waiting.map((entry) => entry.step.id));
}

/**
 * Drains the outbox when the worker starts, or the walk stops: a lost click is stored even if no later step comes,
 * and then the late figures and the signals about the steps (a page's storage writes complete in order: their step is
 * in by now).
 */
export function storeLostSteps(): Promise<void> {
  return inOrder(async () => {
    await storeOutbox(Number.POSITIVE_INFINITY);
    await storeLostTimings();
    for (const { signal, tabId } of await readSignalOutbox()) await keepSignal(signal, tabId);
  });
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
 * What only the worker gives a step: its signals (noticed here, or accepted through storeSignal), its problem, its
 * picture, and the tester's label and key moment. A message from a page is untrusted (conventions.md, Boundaries): a
 * step that arrives carrying any of them comes without them, whatever the page claims.
 */
type WorkerOwned = Pick<Step, 'signals' | 'problem' | 'screenshotId' | 'label' | 'keyMoment'>;

function withoutWorkerFields(recorded: RecordedStep): RecordedStep {
  const { signals: _signals, problem: _problem, screenshotId: _screenshotId, label: _label, keyMoment: _keyMoment, ...step } = recorded as RecordedStep & Partial<WorkerOwned>;
  return step;
}

/** A step as the store keeps it: the page's facts only, its addresses under the privacy rules, without the submit's field list. */
function storedForm(recorded: RecordedStep, rules: AddressRules): RecordedStep {
  const facts = withoutWorkerFields(recorded);
  const step = facts.kind === 'submit' ? (({ fields: _fields, clickId: _clickId, ...submit }) => submit)(facts) : facts;
  return withinShareLimits(privateStep(step, rules));
}

/**
 * Stores steps in the order given, in one transaction, and starts their screenshots. A step of another tab, or of a
 * paused walk, is not stored (null); nor is a submit its click caused, which only teaches the walk its fields.
 */
async function storeAll(entries: readonly Entry[]): Promise<Map<string, Step | null>> {
  const outcome = new Map<string, Step | null>();
  if (entries.length === 0) return outcome;
  const state = await recordingState.getValue();
  const journey = state && !state.paused ? await getJourney(state.journeyId) : undefined;
  if (!state || !journey) return outcome;
  // The address rule of the walk with what each step teaches (the fields a submit sent), kept in the recording
  // state so that the next page's recorder and a restarted worker know it.
  const known = addressRulesOf(state);
  let rules = known;
  const hasRoom = roomForSteps();
  const inputs: NewStep[] = [];
  for (const { recorded, tabId, problem } of entries) {
    if (tabId === undefined || !isRecordedTab(state, tabId) || madeWhilePaused(state, recorded.at)) continue;
    rules = withFields(rules, fieldsLearntFrom(recorded));
    // A submit its click caused is that click's moment: its fields are learnt above, and the click is the step.
    if (recorded.kind === 'submit' && recorded.clickId) continue;
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
    const candidate: Step = { ...input, seq: journey.stepCount + inputs.length + 1 };
    if (!(await hasRoom(candidate)) && !(await getStep(input.id))) {
      await stepRefused(candidate);
      continue;
    }
    inputs.push(input);
  }
  if (rules !== known) await changeRecording((current) => current && { ...current, addressFields: rules.fields });
  const appended = await appendSteps(inputs);
  const created = appended.filter((row) => row.created).map((row) => row.step);
  // The captures start first: a click that opens another page leaves it little time. They are counted below,
  // long before their pictures can be kept. A step of a walk the browser was closed on (saved from the outbox as
  // the browser starts again) gets no picture: its tab id may now name another tab. Marking the walk
  // interrupted gives it the reason (markInterruptedWalk).
  const pictured = created.filter(needsScreenshot);
  if (pictured.length > 0 && (await walkInThisSession.getValue())) for (const step of pictured) void captureForStep(step);
  await stepsStored(created);
  for (const { step } of appended) outcome.set(step.id, step);
  return outcome;
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
 * Friction the page noticed on a step it sent (a rage or dead click, an error, a form refusing its input, a slow
 * answer): kept on that step as a suggestion, its words under the address rule. In order with the steps, after the
 * ones left in the outbox, so the step is in. A signal about a step that was not stored (another tab, a pause) is
 * dropped with it.
 */
export function storeSignal(signal: RecordedSignal, tabId: number | undefined): Promise<void> {
  return inOrder(async () => {
    await storeOutbox(Number.POSITIVE_INFINITY);
    await keepSignal(signal, tabId);
  });
}

/**
 * A page's signal on its step, then out of the outbox (a signal the walk may not keep leaves it too). Like the steps
 * saved from the outbox, it is kept for a walk the browser was closed on: its step is in that walk.
 */
async function keepSignal(signal: RecordedSignal, tabId: number | undefined): Promise<void> {
  const state = await recordingState.getValue();
  const noticed = pageSignal(signal);
  if (noticed && isRecordedTab(state, tabId) && (await getStep(signal.stepId))?.journeyId === state.journeyId) {
    const kept = noticed.message === undefined ? noticed : { ...noticed, message: privateText(noticed.message, addressRulesOf(state)) };
    await updateStep(signal.stepId, (step) => withSignal(step, kept, Date.now()));
  }
  await removeSignalFromOutbox(signal);
}

/**
 * A page Trailnote cannot enter (a PDF, a browser page, one that failed to load) still appears in the walk, with the
 * reason, and with the friction the worker noticed on it (a failed load).
 */
export async function storeUnrecordablePage(tabId: number, url: string, problem: StepProblem, noticed?: NoticedSignal): Promise<Step | null> {
  const step: RecordedStep = { id: crypto.randomUUID(), kind: 'navigation', navigation: 'load', at: Date.now(), url, title: '' };
  const stored = await storeRecordedStep(step, tabId, problem);
  if (stored && noticed) await inOrder(() => updateStep(stored.id, (row) => withSignal(row, noticed, Date.now())));
  return stored;
}

/**
 * A page step's later figures (LCP, the layout shift as it grows), checked again for the signals they show. In order
 * with the steps, after the ones left in the outbox, so the step is in: the last figures are often sent as the tester
 * leaves the page, beside the click that leaves it.
 */
export function storeTimingUpdate(update: TimingUpdate, tabId: number | undefined): Promise<void> {
  return inOrder(async () => {
    await storeOutbox(Number.POSITIVE_INFINITY);
    await keepTiming(update, tabId);
  });
}

/** Figures whose message was lost, on their steps (which are in by now). */
async function storeLostTimings(): Promise<void> {
  for (const { update, tabId } of await readTimingOutbox()) await keepTiming(update, tabId);
}

/**
 * The figures on their step, then out of the outbox (figures the walk may not keep leave it too). Like a signal, kept
 * for a walk the browser was closed on: its step is in that walk.
 */
async function keepTiming(update: TimingUpdate, tabId: number | undefined): Promise<void> {
  const state = await recordingState.getValue();
  if (isRecordedTab(state, tabId) && (await getStep(update.stepId))?.journeyId === state.journeyId) await mergeStepTiming(update.stepId, update.timing);
  await removeTimingFromOutbox(update);
}
