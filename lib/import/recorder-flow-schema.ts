import * as v from 'valibot';
import { EMOTION_SCORES } from '../journey/emotions';
import { NOTE_KINDS } from '../journey/notes';
import { COUNT_LIMITS, SELECTOR_LIMITS, TEXT_LIMITS } from '../journey/limits';

/**
 * The parts of a Chrome DevTools Recorder flow (https://github.com/puppeteer/replay, schema "UserFlow") that
 * a journey skeleton is built from. Step types Trailnote has no use for (keys, scrolls, waits, and any the
 * Recorder adds later) are skipped.
 */

const selectorText = v.pipe(v.string(), v.maxLength(TEXT_LIMITS.selector));
const selectors = v.pipe(
  v.array(v.union([selectorText, v.pipe(v.array(selectorText), v.minLength(1), v.maxLength(SELECTOR_LIMITS.levels))])),
  v.maxLength(SELECTOR_LIMITS.selectors),
);
const frame = v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(SELECTOR_LIMITS.levels)));
const url = v.pipe(v.string(), v.maxLength(TEXT_LIMITS.url));

const assertedEvents = v.optional(
  v.pipe(
    v.array(v.object({ type: v.pipe(v.string(), v.maxLength(TEXT_LIMITS.name)), url: v.optional(url), title: v.optional(v.pipe(v.string(), v.maxLength(TEXT_LIMITS.text))) })),
    v.maxLength(20),
  ),
);

export const recorderStepSchema = v.variant('type', [
  v.object({ type: v.literal('navigate'), url, assertedEvents }),
  v.object({ type: v.picklist(['click', 'doubleClick']), selectors, frame, assertedEvents }),
  v.object({ type: v.literal('change'), selectors, frame, value: v.pipe(v.string(), v.maxLength(TEXT_LIMITS.text)), assertedEvents }),
  v.object({ type: v.literal('customStep'), name: v.pipe(v.string(), v.maxLength(TEXT_LIMITS.name)), parameters: v.optional(v.record(v.string(), v.unknown())) }),
]);

export type RecorderStepInput = v.InferOutput<typeof recorderStepSchema>;

/** What a skipped step may still say: the page it led to (Enter pressed in a form navigates). */
export const skippedStepSchema = v.object({ assertedEvents });

/** The step types a journey is built from; the rest (keys, scrolls, waits, new ones) are skipped. */
export const RECORDED_TYPES: ReadonlySet<string> = new Set(['navigate', 'click', 'doubleClick', 'change', 'customStep']);

/** The flow's outline: each step of a recorded type is then checked against recorderStepSchema. */
export const recorderFlowSchema = v.object({
  title: v.optional(v.pipe(v.string(), v.maxLength(TEXT_LIMITS.name)), ''),
  steps: v.pipe(v.array(v.looseObject({ type: v.pipe(v.string(), v.maxLength(TEXT_LIMITS.name)) })), v.maxLength(COUNT_LIMITS.steps)),
});

/** What Trailnote's own Recorder export says in its customSteps (lib/export/recorder-flow.ts). */
const stepKind = v.optional(v.string());
export const emotionParameters = v.object({ stepKind, emotion: v.picklist(EMOTION_SCORES) });
export const noteParameters = v.object({ stepKind, kind: v.picklist(NOTE_KINDS), text: v.pipe(v.string(), v.nonEmpty(), v.maxLength(TEXT_LIMITS.note)) });
export const keyMomentParameters = v.object({ stepKind });
/** A masked value the flow replays as a stand-in: what was recorded of the real one ("a@ ×18", or "secret"). */
export const standInParameters = v.object({
  stepKind,
  field: v.optional(v.pipe(v.string(), v.maxLength(TEXT_LIMITS.name))),
  mask: v.pipe(v.string(), v.maxLength(TEXT_LIMITS.name)),
});

/** A flow looks like a Recorder flow when it has a title and a list of typed steps; the schema decides the rest. */
export function looksLikeRecorderFlow(data: object): boolean {
  return 'steps' in data && Array.isArray(data.steps) && 'title' in data && typeof data.title === 'string';
}
