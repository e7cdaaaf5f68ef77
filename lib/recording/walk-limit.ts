import { logError } from '../diagnostics';
import { TrailnoteError } from '../errors';
import { t } from '../i18n';
import type { Step } from '../journey/types';
import { fits, fullness, NEARLY_FULL, plus, stepsLeft, type WalkSize } from '../journey/walk-room';
import { RECORDING_LIMITS } from './recording-limits';
import { changeRecording, recordingState } from './state';
import { endWalk, oneAtATime } from './walk-status';
import { countStep, stepSize, walkSize, withPicture } from './walk-size';

/**
 * Keeps every walk within what a share file may hold (issue 17: every walk Trailnote records can be exported
 * and imported back). Past NEARLY_FULL of any limit the panel says how many steps are left; when none is, the
 * walk stops, as if the tester had pressed Stop, and the journey says why. A step that does not fit is never
 * stored. Every "no" is checked against a fresh measure of the walk, so that a deleted step gives its room back.
 */

/** Whether `change` keeps the walk within the limits, by the count kept, else by a fresh measure of the store. */
async function fitsWith(journeyId: string, change: (size: WalkSize) => WalkSize): Promise<boolean> {
  return fits(change(await walkSize(journeyId)), RECORDING_LIMITS) || fits(change(await walkSize(journeyId, { measure: true })), RECORDING_LIMITS);
}

/**
 * Weighs steps about to be stored together, in one transaction (with their seq and stage as the store will give
 * them): each has room if it fits with the steps this weigher let in before it.
 */
export function roomForSteps(): (step: Step) => Promise<boolean> {
  let letIn: WalkSize = { steps: 0, journeyBytes: 0, pictureBytes: 0, pictures: 0 };
  return async (step) => {
    const added = plus(letIn, stepSize(step));
    if (!(await fitsWith(step.journeyId, (size) => plus(size, added)))) return false;
    letIn = added;
    return true;
  };
}

/** Whether the step's picture (`bytes` with its thumbnail) can be kept: a picture larger than its reserve may not. */
export function hasRoomForPicture(step: Step, bytes: number): Promise<boolean> {
  return fitsWith(step.journeyId, (size) => withPicture(size, step, bytes));
}

/** Steps left when the walk is nearly full, else nothing; measured again before saying none is left. */
async function roomLeft(journeyId: string): Promise<number | undefined> {
  let size = await walkSize(journeyId);
  if (stepsLeft(size, RECORDING_LIMITS) === 0) size = await walkSize(journeyId, { measure: true });
  return fullness(size, RECORDING_LIMITS) >= NEARLY_FULL ? stepsLeft(size, RECORDING_LIMITS) : undefined;
}

/** What the panel shows: the steps left, from the moment the walk is nearly full. Written only when it changes. */
async function showStepsLeft(journeyId: string, left: number | undefined): Promise<void> {
  const state = await recordingState.getValue();
  if (state?.journeyId !== journeyId || state.stepsLeft === left) return;
  await changeRecording((current) => {
    if (current?.journeyId !== journeyId) return current;
    const { stepsLeft: _before, ...rest } = current;
    return left === undefined ? rest : { ...rest, stepsLeft: left };
  });
}

/** The walk has no room left: recording stops, the journey says why. One already stopped is left alone. */
const stopFullWalk = oneAtATime(async (journeyId: string): Promise<void> => {
  const state = await recordingState.getValue();
  if (state?.journeyId !== journeyId) return;
  await endWalk(state, { status: 'stopped', reachedShareLimit: true });
});

/**
 * Stops the walk without waiting: the step writer calls this while it stores steps in order, and stopping waits for
 * the recording actions queued before it. Steps that arrive meanwhile find no room and are not stored.
 */
function stopWalkAtLimit(journeyId: string): void {
  void stopFullWalk(journeyId).catch((error: unknown) => logError(error, 'background: stopping a walk at the share limit'));
}

/**
 * Steps of one walk were stored (together, in one transaction): each counts, the panel learns how many are left when
 * the walk is nearly full (read and shown once for them all), and a full walk stops.
 */
export async function stepsStored(steps: readonly Step[]): Promise<void> {
  if (steps.length === 0) return;
  for (const step of steps) countStep(step);
  const { journeyId } = steps[0];
  const left = await roomLeft(journeyId);
  await showStepsLeft(journeyId, left);
  if (left === 0) stopWalkAtLimit(journeyId);
}

/** A step found no room: it is not stored, and the walk stops. */
export async function stepRefused(step: Step): Promise<void> {
  await showStepsLeft(step.journeyId, 0);
  stopWalkAtLimit(step.journeyId);
}

/** Shows how full a walk is as it starts or continues; refuses to continue one with no room left. */
export async function checkRoomToContinue(journeyId: string): Promise<void> {
  const left = await roomLeft(journeyId);
  if (left === 0) throw new TrailnoteError('walk-full', t('errorWalkFull'));
}

/** The panel's count of steps left, for a walk that starts or continues nearly full. */
export async function showRoom(journeyId: string): Promise<void> {
  await showStepsLeft(journeyId, await roomLeft(journeyId));
}
