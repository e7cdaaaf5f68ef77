import { journeyAbout } from '../journey/about';
import { clipped, TEXT_LIMITS } from '../journey/limits';
import { browser } from 'wxt/browser';
import { createJourney, getJourney, getSteps, updateStep } from '../db';
import type { Journey, StepProblem } from '../journey/types';
import { messageOf, TrailnoteError } from '../errors';
import { t } from '../i18n';
import { hostOf } from '../journey/urls';
import { privateAddress } from '../privacy/address';
import { noFields } from '../privacy/address-rules';
import { rulesOfWalk } from '../privacy/private-walk';
import { announce, onJourneyChange } from '../messaging/changes';
import type { StartRequest } from '../contract/protocol';
import { injectRecorder } from './inject';
import { whyNotRecordable } from './recordable';
import { needsScreenshot } from '../journey/pictured';
import { translatedDefaultStages } from './stage-names';
import { changeRecording, recordingState, walkInThisSession } from './state';
import { storeHeldSteps, storeLostSteps } from './step-writer';
import { checkRoomToContinue, showRoom } from './walk-limit';
import { endWalk, oneAtATime, setStatus } from './walk-status';
import { endWatch, startWatch } from './walk-watch';

function newJourney(request: StartRequest, tab: Browser.tabs.Tab): Journey {
  const url = tab.url ?? '';
  const stages = translatedDefaultStages();
  const { kind, persona, goal } = journeyAbout(request);
  return {
    id: crypto.randomUUID(),
    title: request.title?.trim() || t('untitledJourney', hostOf(url) || url),
    site: clipped(hostOf(url) || url, TEXT_LIMITS.name),
    persona,
    goal,
    kind,
    startedAt: Date.now(),
    status: 'recording',
    stages,
    currentStageId: stages[0].id,
    recordTypedText: request.recordTypedText ?? false,
    environment: {
      userAgent: navigator.userAgent,
      language: navigator.language,
      viewport: { width: tab.width ?? 0, height: tab.height ?? 0 },
      startUrl: clipped(privateAddress(url, noFields(request.recordTypedText ?? false)), TEXT_LIMITS.url),
    },
    stepCount: 0,
  };
}

/** Checks that the tab can be recorded now, and returns it. */
async function recordableTab(tabId: number): Promise<Browser.tabs.Tab> {
  if (await recordingState.getValue()) throw new TrailnoteError('already-recording', t('errorAlreadyRecording'));
  // A tab closed meanwhile is refused below with errorNoTab, which says what to do.
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const refusal = whyNotRecordable(tab?.url);
  if (!tab || refusal) throw new TrailnoteError('not-recordable', t(refusal ?? 'errorNoTab'));
  return tab;
}

/** How long Start waits for the page's own step; a page that never reports one is recorded from its next. */
const pageStepWaitMs = 3000;

/**
 * Resolves once the journey has more than `count` steps, or after `ms`. The recorder reports the page the walk
 * starts on a moment after it is injected: Start answers once that step is stored, so that a tester who leaves
 * the page at once (the panel says Recording) does not take its step away with it.
 */
function moreStepsThan(journeyId: string, count: number, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      stopListening();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const stopListening = onJourneyChange((change) => {
      if (change.kind === 'step' && change.journeyId === journeyId) done();
    });
    // Stored before the listener was up: nothing more will be announced for it.
    void getSteps(journeyId).then((steps) => steps.length > count && done());
  });
}

/**
 * Records the journey in the tab from now on: the state first (the recorder asks for it), then the recorder.
 * `endedAt` is what the journey keeps if the recorder cannot start: now for a new walk, the old end for a
 * continued one.
 */
async function recordIn(journey: Journey, tabId: number, endedAt = Date.now()): Promise<void> {
  await walkInThisSession.setValue(true);
  const steps = await getSteps(journey.id);
  // A continued walk goes on with the fields it filled before: their names keep their rule in later addresses.
  const { fields } = rulesOfWalk(steps, journey.recordTypedText);
  await changeRecording(() => ({ journeyId: journey.id, tabIds: [tabId], paused: false, recordTypedText: journey.recordTypedText, addressFields: fields }));
  await startWatch();
  const pageStored = moreStepsThan(journey.id, steps.length, pageStepWaitMs);
  try {
    await injectRecorder(tabId);
  } catch (error) {
    await changeRecording(() => null);
    await endWatch();
    await setStatus(journey.id, { status: 'stopped', endedAt });
    throw new TrailnoteError('injection-failed', t('errorInjection', messageOf(error)), { cause: error });
  }
  await pageStored;
  announce({ kind: 'recording' });
}

export const startRecording = oneAtATime(async (request: StartRequest): Promise<Journey> => {
  const tab = await recordableTab(request.tabId);
  const journey = newJourney(request, tab);
  await createJourney(journey);
  await recordIn(journey, request.tabId);
  return journey;
});

/**
 * Goes on with a stopped or interrupted walk in the given tab: new steps follow the old ones, in the
 * stage the walk was in. A walk as large as a share file may be is refused: start a new one.
 */
export const continueRecording = oneAtATime(async (request: { journeyId: string; tabId: number }): Promise<Journey> => {
  await recordableTab(request.tabId);
  await checkRoomToContinue(request.journeyId);
  const before = await getJourney(request.journeyId);
  const journey = await setStatus(request.journeyId, { status: 'recording', endedAt: undefined, reachedShareLimit: undefined });
  await recordIn(journey, request.tabId, before?.endedAt);
  await showRoom(journey.id);
  return journey;
});

async function activeJourneyId(): Promise<string> {
  const state = await recordingState.getValue();
  if (!state) throw new TrailnoteError('not-recording', t('statusStopped'));
  return state.journeyId;
}

export const pauseRecording = oneAtATime(async (): Promise<Journey> => {
  const journeyId = await activeJourneyId();
  await changeRecording((state) => state && { ...state, paused: true, pause: { since: Date.now() } });
  return setStatus(journeyId, { status: 'paused' });
});

/** Stores what the full disk held back, or says the disk is still full: nothing held is thrown away. */
async function storeHeldOrRefuse(): Promise<void> {
  if (!(await storeHeldSteps())) throw new TrailnoteError('quota', t('errorStillNoRoom'));
}

export const resumeRecording = oneAtATime(async (): Promise<Journey> => {
  const journeyId = await activeJourneyId();
  // Paused for want of room: Resume is the tester saying there is room now.
  await storeHeldOrRefuse();
  await changeRecording((state) => state && { ...state, paused: false, ...(state.pause && { pause: { since: state.pause.since, until: Date.now() } }) });
  return setStatus(journeyId, { status: 'recording' });
});

export const stopRecording = oneAtATime(async (status: 'stopped' | 'interrupted' = 'stopped'): Promise<Journey> => {
  const state = await recordingState.getValue();
  if (!state) throw new TrailnoteError('not-recording', t('statusStopped'));
  // Steps still waiting (the disk was full) are saved while they belong to the walk. If they still cannot
  // be, the walk goes on and the panel says why: stopping now would throw them away.
  await storeHeldOrRefuse();
  await storeLostSteps();
  return endWalk(state, { status });
});

/**
 * A walk the browser was closed on is kept, marked interrupted, with everything up to that moment.
 * Resolves true when there was one: the caller must not go on recording its (now stale) tabs.
 */
export const markInterruptedWalk = oneAtATime(async (): Promise<boolean> => {
  const state = await recordingState.getValue();
  if (!state || (await walkInThisSession.getValue())) return false;
  await changeRecording(() => null);
  await endWatch();
  const steps = await getSteps(state.journeyId);
  // The screenshots still to take went with the browser: their steps say why they have none.
  const browserClosed: StepProblem = { code: 'capture-failed', message: t('problemCaptureFailed', t('problemBrowserClosed')) };
  for (const step of steps.filter((waiting) => needsScreenshot(waiting) && !waiting.screenshotId)) await updateStep(step.id, { problem: browserClosed });
  await setStatus(state.journeyId, { status: 'interrupted', endedAt: steps.at(-1)?.at ?? Date.now() });
  return true;
});
