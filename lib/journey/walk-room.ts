import { COUNT_LIMITS, IMPORT_LIMITS, type ImportLimits } from './limits';

/**
 * How much of the largest shareable journey a walk takes (issue 17). The recorder warns when a walk nears it
 * and stops the walk at it, so that every walk Trailnote records can be exported (ZIP or JSON) and imported
 * back. The sizes are counted high, never low: a walk may stop a little before a file would really be refused,
 * never after. docs/import-limits.md says the same in words.
 */

/** A walk as its share files will carry it. */
export interface WalkSize {
  steps: number;
  /** journey.json's bytes as exported (UTF-8, pretty-printed), with room for what each step may still gain. */
  journeyBytes: number;
  /** Screenshots and thumbnails as stored, and a reserve for each picture still being taken. */
  pictureBytes: number;
  /** Steps with a picture, taken or being taken: each is two entries of the ZIP. */
  pictures: number;
}

/** The largest walk a share file carries: what an import accepts, and the steps a journey may hold. */
export interface ShareLimits extends ImportLimits {
  steps: number;
}

export const SHARE_LIMITS: ShareLimits = { ...IMPORT_LIMITS, steps: COUNT_LIMITS.steps };

/** Past this share of any limit, the panel warns that the walk is nearly as large as a share file may be. */
export const NEARLY_FULL = 0.9;

/**
 * What a step may gain in journey.json once stored: its later load figures (up to seven), its picture's path
 * or the reason it has none, an emotion, a key-moment flag. Measured on real steps: about 560 bytes for all.
 */
export const STEP_ALLOWANCE_BYTES = 640;

/**
 * Room kept in journey.json for what the tester writes while the walk is recorded (notes, labels): the worker
 * counts it exactly each time it measures the walk (when a walk starts or continues, and when the service
 * worker wakes up again, which Chrome makes it do every few idle seconds), not as it is written in the panel.
 * A thousand notes of a thousand characters.
 */
export const WRITING_RESERVE_BYTES = 2 ** 20;

/**
 * What a picture still being taken is counted as, until its bytes are known. Real captures (1280 px wide,
 * JPEG) weigh about 120 kB with their thumbnail; a bigger one is checked again before it is kept.
 */
export const PICTURE_RESERVE_BYTES = 2 ** 20;

/** The ZIP's entries besides the pictures: journey.json, report.html, lanes.csv, recorder.json. */
const TEXT_ENTRIES = 4;
/** A picture entry's local and central headers, with its name ("screenshots/<id>.jpg") in both. */
const ENTRY_HEADER_BYTES = 256;
/**
 * report.html carries every thumbnail, and any picture may become a finding shown full size (a note written
 * after the walk is enough): as base64 data: URLs, 4/3 of their bytes. Deflate is not counted on to shrink them.
 */
const REPORT_PICTURE_FACTOR = 4 / 3;
/**
 * journey.json is stored at most as it is; report.html's words, lanes.csv and recorder.json say less about
 * each step and are deflated, so each takes less than the journey file: four of it are an upper bound.
 */
const TEXT_FILES_FACTOR = 4;
/** What report.html holds whatever the walk: its styles, headings and the curve's frame. */
const REPORT_FIXED_BYTES = 256 * 1024;

/** The walk's ZIP at most, in bytes: pictures stored as they are and again in the report, and its text files. */
export function zipBytes(size: WalkSize): number {
  const headers = (size.pictures * 2 + TEXT_ENTRIES) * ENTRY_HEADER_BYTES;
  return Math.ceil(size.pictureBytes * (1 + REPORT_PICTURE_FACTOR) + size.journeyBytes * TEXT_FILES_FACTOR + headers + REPORT_FIXED_BYTES);
}

/** How much of each limit the walk takes, from 0 (and past 1 when it would not be imported). */
function usage(size: WalkSize, limits: ShareLimits): number[] {
  const written = { ...size, journeyBytes: size.journeyBytes + WRITING_RESERVE_BYTES };
  return [
    size.steps / limits.steps,
    written.journeyBytes / limits.journeyBytes,
    (written.journeyBytes + size.pictureBytes) / limits.inflatedBytes,
    (size.pictures * 2 + TEXT_ENTRIES) / limits.zipEntries,
    zipBytes(written) / limits.fileBytes,
  ];
}

/** Whether a share file of the walk would be imported. */
export function fits(size: WalkSize, limits: ShareLimits): boolean {
  return usage(size, limits).every((share) => share <= 1);
}

/** The largest share of a limit the walk takes: NEARLY_FULL and more, the panel warns. */
export function fullness(size: WalkSize, limits: ShareLimits): number {
  return Math.max(...usage(size, limits));
}

const NOTHING: WalkSize = { steps: 0, journeyBytes: 0, pictureBytes: 0, pictures: 0 };

/**
 * About how many more steps the walk has room for, at the pace of its steps so far: exactly for the count of
 * steps, on average for the bytes (a page of photos fills the file faster than a form). What a file holds
 * whatever the walk (the report's styles, the room kept for notes) is not part of the pace.
 */
export function stepsLeft(size: WalkSize, limits: ShareLimits): number {
  if (size.steps === 0) return limits.steps;
  const fixed = usage(NOTHING, limits);
  const left = usage(size, limits).map((share, index) => {
    const perStep = (share - fixed[index]) / size.steps;
    if (share >= 1) return 0;
    return perStep > 0 ? (1 - share) / perStep : Infinity;
  });
  // A float's rounding (19.999…) must not cost a step.
  return Math.max(0, Math.floor(Math.min(...left) + 1e-9));
}

/** Two sizes together: a walk and a step it gains. */
export function plus(size: WalkSize, more: Partial<WalkSize>): WalkSize {
  return {
    steps: size.steps + (more.steps ?? 0),
    journeyBytes: size.journeyBytes + (more.journeyBytes ?? 0),
    pictureBytes: size.pictureBytes + (more.pictureBytes ?? 0),
    pictures: size.pictures + (more.pictures ?? 0),
  };
}
