import { storage } from 'wxt/utils/storage';
import type { RecordedStep } from '../contract/recorder-events';
import { diskNearlyFull } from '../db';
import { codeOf } from '../errors';
import type { StepProblem } from '../journey/types';

/** A step the journey store refused for want of room, as it arrived, to be stored once there is room. */
export interface HeldStep {
  recorded: RecordedStep;
  tabId: number;
  problem?: StepProblem;
}

/**
 * The disk is full: the recording is paused and what was on its way is held here until there is room.
 * storage.session, because it lives in memory: on a full disk the journey store, the outbox and the recording
 * state (all on disk) refuse every write, measured on Chromium with a profile on a full file system. It
 * outlives a service worker stop, not the browser: a browser closed on a full disk loses the held steps.
 */
export interface WaitingForRoom {
  /** When the store first refused: steps sent before then were on their way and are held, later ones are not taken. */
  since: number;
  /** Steps refused by the store, oldest first. */
  held: HeldStep[];
  /** Steps that are stored but whose picture the store refused: they get the reason once there is room. */
  unpictured: string[];
}

export const waitingForRoom = storage.defineItem<WaitingForRoom | null>('session:waitingForRoom', { fallback: null });

let changes: Promise<unknown> = Promise.resolve();
const onHoldListeners = new Set<() => void>();

/** Read-modify-write of what waits, one at a time (a step and a picture can be refused together). */
function changeWaiting(change: (waiting: WaitingForRoom) => WaitingForRoom): Promise<void> {
  const run = changes.then(async () => {
    await waitingForRoom.setValue(change((await waitingForRoom.getValue()) ?? { since: Date.now(), held: [], unpictured: [] }));
    for (const listener of onHoldListeners) listener();
  });
  changes = run.catch(() => undefined);
  return run;
}

/** Calls `listener` each time something is held (the step writer then checks for room every few seconds). */
export function onHold(listener: () => void): void {
  onHoldListeners.add(listener);
}

/** Holds a step the store refused; the walk is paused from now on. A step held twice (resent) is held once. */
export function holdStep(step: HeldStep): Promise<void> {
  return changeWaiting((waiting) => (waiting.held.some((held) => held.recorded.id === step.recorded.id) ? waiting : { ...waiting, held: [...waiting.held, step] }));
}

/** Notes a stored step whose picture the store refused; the walk is paused from now on. */
export function holdPicture(stepId: string): Promise<void> {
  return changeWaiting((waiting) => ({ ...waiting, unpictured: [...waiting.unpictured, stepId] }));
}

/** Everything held is stored: the walk goes on. */
export function roomAgain(): Promise<void> {
  const run = changes.then(() => waitingForRoom.setValue(null));
  changes = run.catch(() => undefined);
  return run;
}

/**
 * Whether a refused write means there is no room. Over its quota the browser says so (QuotaExceededError), and so
 * does the store when the disk is nearly full (lib/db/room.ts); but when the disk filled as the write went, Chromium
 * 156 aborts the transaction and then cannot reopen the store ("Internal error opening backing store"): the room
 * left tells.
 */
export async function isNoRoom(error: unknown): Promise<boolean> {
  return codeOf(error) === 'quota' || (await diskNearlyFull());
}
