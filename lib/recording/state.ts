import { storage } from 'wxt/utils/storage';
import type { RecordingState, RecordingStateV1 } from '../contract/recording-state';
import { getSteps } from '../db';
import { rulesOfWalk } from '../privacy/private-walk';
import type { AddressRules } from '../privacy/address-rules';

/**
 * Version 2 (issue 13): the fields the walk filled, by name and class, so that the addresses after the
 * update keep only what those fields may keep. Read from the steps stored so far.
 */
async function withAddressFields(state: RecordingStateV1 | null): Promise<RecordingState | null> {
  if (!state) return state;
  const steps = await getSteps(state.journeyId).catch(() => []);
  return { ...state, addressFields: rulesOfWalk(steps, state.recordTypedText).fields };
}

/**
 * Which journey is being recorded, in which tabs, paused or not. Kept in storage, never only in the
 * service worker's memory: Chrome stops an idle worker after ~30 s and the walk must go on.
 * storage.local (not session) so that a browser closed mid-walk is found on the next start.
 */
export const recordingState = storage.defineItem<RecordingState | null>('local:recording', {
  fallback: null,
  // A walk can be going on while the extension updates: its state climbs the same kind of ladder as the store.
  version: 2,
  migrations: { 2: withAddressFields },
});

/**
 * Set while a walk is recorded in this browser session. storage.session empties when the browser closes,
 * so a recording state without it was left by a browser that closed mid-walk (runtime.onStartup alone
 * does not tell: Chrome skips it for extensions loaded from the command line, and a restarted browser
 * reuses tab ids, so the old walk's tab ids may now name unrelated tabs).
 */
export const walkInThisSession = storage.defineItem<boolean>('session:walkInThisSession', { fallback: false });

/**
 * The walk being recorded in this browser session, as the tab events and the page recorders must see it:
 * a state left by a closed browser is not live (its tab ids may now name unrelated tabs), even in the
 * moments before it is marked interrupted.
 */
export async function liveRecording(): Promise<RecordingState | null> {
  const [state, live] = await Promise.all([recordingState.getValue(), walkInThisSession.getValue()]);
  return live ? state : null;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write of the recording state, one at a time: tab events (a tab opened, one closed, a
 * pause) arrive together and must not overwrite each other.
 */
export function changeRecording(change: (state: RecordingState | null) => RecordingState | null): Promise<RecordingState | null> {
  const run = queue.then(async () => {
    const next = change(await recordingState.getValue());
    await recordingState.setValue(next);
    return next;
  });
  // The queue only orders the changes: each one's failure goes to its own caller through `run`.
  queue = run.catch(() => undefined);
  return run;
}

export function isRecordedTab(state: RecordingState | null, tabId: number | undefined): state is RecordingState {
  return state !== null && tabId !== undefined && state.tabIds.includes(tabId);
}

/** Whether a step made at this moment was made while the tester had paused the walk. */
export function madeWhilePaused(state: RecordingState, at: number): boolean {
  const { pause } = state;
  return pause !== undefined && at >= pause.since && (pause.until === undefined || at < pause.until);
}

/** What the addresses of the walk may keep: its typed-text switch and the fields it filled so far. */
export function addressRulesOf(state: RecordingState): AddressRules {
  return { recordTypedText: state.recordTypedText, fields: state.addressFields ?? {} };
}
