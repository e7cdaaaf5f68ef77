import { loadJourneyBundle, measureScreenshots } from '../db';
import { journeyFileBytes, sharedStepBytes } from '../export/file-size';
import { needsScreenshot } from '../journey/pictured';
import type { Step } from '../journey/types';
import { PICTURE_RESERVE_BYTES, plus, STEP_ALLOWANCE_BYTES, type WalkSize } from '../journey/walk-room';

/**
 * The size of the walk being recorded, as its share files will carry it (lib/journey/walk-room.ts). Measured
 * from the store when the worker first needs it — a walk started or continued, or a worker woken up again, since
 * its memory does not survive a stop — then counted on as steps and pictures are stored. Between two
 * measures it errs high, never low: a step deleted meanwhile is still counted, and what the tester writes falls
 * in the room kept for it (WRITING_RESERVE_BYTES). Whoever is about to stop a walk measures it again first.
 */

interface Tally {
  journeyId: string;
  size: WalkSize;
  /** Steps whose picture is being taken, each counted as PICTURE_RESERVE_BYTES until it is kept or given up. */
  pending: Set<string>;
}

let tally: Tally | undefined;
/** Counts made so far: a measure during which one was made is taken again, or it could miss that step or picture. */
let counts = 0;

/** What a step adds to the walk, with room for what it may gain once stored and for the picture it will get. */
export function stepSize(step: Step): Partial<WalkSize> {
  const pictured = needsScreenshot(step);
  return {
    steps: 1,
    journeyBytes: sharedStepBytes(step) + STEP_ALLOWANCE_BYTES,
    pictureBytes: pictured ? PICTURE_RESERVE_BYTES : 0,
    pictures: pictured ? 1 : 0,
  };
}

async function measured(journeyId: string): Promise<Tally> {
  const [bundle, shots] = await Promise.all([loadJourneyBundle(journeyId), measureScreenshots(journeyId)]);
  const pending = bundle.steps.filter((step) => needsScreenshot(step) && !step.screenshotId).map((step) => step.id);
  const size = {
    steps: bundle.steps.length,
    journeyBytes: journeyFileBytes(bundle) + bundle.steps.length * STEP_ALLOWANCE_BYTES,
    pictureBytes: shots.bytes + pending.length * PICTURE_RESERVE_BYTES,
    pictures: shots.count + pending.length,
  };
  return { journeyId, size, pending: new Set(pending) };
}

/** The walk's size as counted; `measure` reads it from the store again (what was deleted or written meanwhile). */
export async function walkSize(journeyId: string, { measure = false } = {}): Promise<WalkSize> {
  if (measure || tally?.journeyId !== journeyId) {
    let before: number;
    do {
      before = counts;
      tally = await measured(journeyId);
    } while (before !== counts);
  }
  return tally.size;
}

const tallyOf = (journeyId: string): Tally | undefined => (tally?.journeyId === journeyId ? tally : undefined);

/** A step was stored: it counts, with a reserve for its picture until that is kept. */
export function countStep(step: Step): void {
  counts += 1;
  const counted = tallyOf(step.journeyId);
  if (!counted) return; // the next measure reads it from the store
  counted.size = plus(counted.size, stepSize(step));
  if (needsScreenshot(step)) counted.pending.add(step.id);
}

/** The walk's size once a step's picture of `bytes` (with its thumbnail) is kept in place of its reserve. */
export function withPicture(size: WalkSize, step: Step, bytes: number): WalkSize {
  const reserved = tallyOf(step.journeyId)?.pending.has(step.id) ?? false;
  return plus(size, reserved ? { pictureBytes: bytes - PICTURE_RESERVE_BYTES } : { pictureBytes: bytes, pictures: 1 });
}

/** A step's picture was kept: its bytes count instead of its reserve. */
export function countPicture(step: Step, bytes: number): void {
  counts += 1;
  const counted = tallyOf(step.journeyId);
  // A picture the last measure already found in the store is counted there.
  if (!counted?.pending.has(step.id)) return;
  counted.size = withPicture(counted.size, step, bytes);
  counted.pending.delete(step.id);
}

/** A step's picture could not be taken (or was not kept): its reserve is given back. */
export function forgetPicture(step: Step): void {
  counts += 1;
  const counted = tallyOf(step.journeyId);
  if (!counted?.pending.delete(step.id)) return;
  counted.size = plus(counted.size, { pictureBytes: -PICTURE_RESERVE_BYTES, pictures: -1 });
}
