import type { JourneyBundle } from '../db';
import type { Step } from '../journey/types';
import { asJson, exportedStep, journeyFile } from './journey-file';

/**
 * The bytes of journey.json, which the ZIP and the JSON export write and an import weighs against its limit
 * (lib/journey/limits.ts): the recorder counts them so that a walk stays within it (lib/journey/walk-room.ts).
 */

const utf8 = new TextEncoder();

const utf8Bytes = (text: string): number => utf8.encode(text).length;

/** journey.json of a journey as it is now, exactly as exported. */
export function journeyFileBytes(bundle: JourneyBundle): number {
  return utf8Bytes(asJson(journeyFile(bundle)));
}

/**
 * What a step adds to journey.json as it is now: pretty-printed two levels in (`"steps": [ … ]`, four more
 * spaces a line), with the comma and line break between it and the next.
 */
export function sharedStepBytes(step: Step): number {
  const text = JSON.stringify(exportedStep(step), null, 2);
  return utf8Bytes(text) + text.split('\n').length * 4 + 2;
}
