import * as v from 'valibot';
import { EMOTION_SCORES } from '../journey/emotions';
import { JOURNEY_KINDS } from '../journey/kinds';
import { NOTE_KINDS } from '../journey/notes';
import { JOURNEY_FORMAT, JOURNEY_FORMAT_VERSION } from '../export/journey-file';
import { ImportError } from './import-error';
import { COUNT_LIMITS, SELECTOR_LIMITS, TEXT_LIMITS } from '../journey/limits';
import { validated } from './validated';
import { RATINGS, VERDICTS } from '../scorecard/answers';
import { SCORECARD_ID, SCORECARD_LIMITS } from '../scorecard/limits';
import { scorecardTemplateSchema } from './scorecard-file-schema';

/**
 * The share format, version 1, as valibot checks it on import (docs/journey.schema.json says the same for
 * other tools). Unknown fields are dropped: version 1 may gain fields, and a newer Trailnote's additions
 * are not ours to keep. Every string has a length limit, every number must be finite.
 */

const text = (limit: number) => v.pipe(v.string(), v.maxLength(limit));
const name = text(TEXT_LIMITS.name);
const id = v.pipe(v.string(), v.nonEmpty(), v.maxLength(TEXT_LIMITS.id));
const url = text(TEXT_LIMITS.url);
/** Epoch milliseconds, within what a Date can hold. */
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15));
const amount = v.pipe(v.number(), v.finite(), v.minValue(0));
const coordinate = v.pipe(v.number(), v.finite());

const stage = v.object({ id, name });

const environment = v.object({
  userAgent: text(TEXT_LIMITS.text),
  language: name,
  viewport: v.object({ width: amount, height: amount }),
  startUrl: url,
});

const journey = v.object({
  id,
  title: name,
  site: name,
  persona: text(TEXT_LIMITS.text),
  goal: text(TEXT_LIMITS.text),
  kind: v.picklist(JOURNEY_KINDS),
  startedAt: time,
  endedAt: v.optional(time),
  stages: v.pipe(v.array(stage), v.minLength(1), v.maxLength(COUNT_LIMITS.stages)),
  recordTypedText: v.boolean(),
  environment: v.optional(environment),
  untimed: v.optional(v.boolean()),
});

const selectorText = text(TEXT_LIMITS.selector);
const selector = v.union([selectorText, v.pipe(v.array(selectorText), v.minLength(1), v.maxLength(SELECTOR_LIMITS.levels))]);

const target = v.object({
  text: name,
  role: name,
  tag: name,
  selectors: v.pipe(v.array(selector), v.maxLength(SELECTOR_LIMITS.selectors)),
  frame: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(SELECTOR_LIMITS.levels))),
});

const field = v.object({
  label: name,
  name,
  type: name,
  masked: v.boolean(),
  maskReason: v.optional(v.picklist(['sensitive', 'typed'])),
  mask: v.optional(name),
  value: v.optional(text(TEXT_LIMITS.text)),
  optionValue: v.optional(text(TEXT_LIMITS.text)),
  rules: v.optional(
    v.object({
      autocomplete: v.optional(name),
      inputMode: v.optional(name),
      min: v.optional(name),
      max: v.optional(name),
      step: v.optional(name),
      minLength: v.optional(amount),
      maxLength: v.optional(amount),
      pattern: v.optional(text(TEXT_LIMITS.selector)),
      required: v.optional(v.boolean()),
      option: v.optional(text(TEXT_LIMITS.selector)),
    }),
  ),
});

/** How a page was reached, in webNavigation's words: kept as words, a later Chrome may add some. */
const transition = v.object({ type: name, qualifiers: v.pipe(v.array(name), v.maxLength(10)) });

const timing = v.object({
  ttfb: v.optional(amount),
  domContentLoaded: v.optional(amount),
  load: v.optional(amount),
  lcp: v.optional(amount),
  cls: v.optional(amount),
  transferSize: v.optional(amount),
  routeSettled: v.optional(amount),
});

const problem = v.object({
  code: v.picklist(['capture-failed', 'capture-hidden-tab', 'cover-failed', 'page-not-recordable', 'injection-failed']),
  message: text(TEXT_LIMITS.text),
});

const figures = v.pipe(
  v.record(v.pipe(v.string(), v.regex(/^[a-zA-Z]{1,40}$/)), v.pipe(v.number(), v.finite())),
  v.check((entries) => Object.keys(entries).length <= 8),
);

/** Friction Trailnote noticed (issue 14): figures only, so nothing in it can carry page text or an address. */
const signal = v.object({
  id,
  kind: v.picklist(['rage-click', 'dead-click', 'error-click', 'slow-page', 'layout-shift', 'form-error', 'http-error', 'backtrack']),
  at: time,
  status: v.picklist(['suggested', 'accepted', 'dismissed']),
  evidence: figures,
  thresholds: figures,
  message: v.optional(text(TEXT_LIMITS.signalMessage)),
});

/** Where a step's picture sits in the ZIP: an id of safe characters, so a path can never leave screenshots/. */
export const SCREENSHOT_ENTRY = /^screenshots\/([A-Za-z0-9_-]{1,200})\.jpg$/;
export const THUMBNAIL_ENTRY = /^thumbnails\/([A-Za-z0-9_-]{1,200})\.jpg$/;

const stepBase = {
  id,
  seq: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1e9)),
  at: time,
  stageId: id,
  url,
  title: text(TEXT_LIMITS.text),
  frameUrl: v.optional(url),
  screenshot: v.optional(v.pipe(v.string(), v.regex(SCREENSHOT_ENTRY))),
  // A later version 1 may name problems this one does not know: such a problem is dropped, not the file.
  problem: v.optional(
    v.pipe(
      v.unknown(),
      v.transform((value) => (v.is(problem, value) ? value : undefined)),
    ),
  ),
  label: v.optional(name),
  keyMoment: v.optional(v.boolean()),
  // A later version 1 may name kinds this one does not know: such a signal is dropped, not the file.
  signals: v.optional(
    v.pipe(
      v.array(v.unknown()),
      v.maxLength(16),
      v.transform((values) => values.filter((value) => v.is(signal, value))),
    ),
  ),
};

const step = v.variant('kind', [
  // The share format's core (docs/architecture.md, Contracts) leaves `navigation` out: a file written from it holds page loads.
  v.object({
    ...stepBase,
    kind: v.literal('navigation'),
    navigation: v.optional(v.picklist(['load', 'route']), 'load'),
    timing: v.optional(timing),
    transition: v.optional(transition),
  }),
  v.object({
    ...stepBase,
    kind: v.literal('click'),
    target,
    point: v.optional(v.object({ x: coordinate, y: coordinate, viewportWidth: amount, viewportHeight: amount })),
    offset: v.optional(v.object({ x: coordinate, y: coordinate })),
    byEnter: v.optional(v.boolean()),
  }),
  v.object({ ...stepBase, kind: v.literal('input'), target, field }),
  v.object({ ...stepBase, kind: v.literal('submit'), target }),
]);

const annotationBase = { id, stepId: id, at: time };

const annotation = v.variant('kind', [
  v.object({ ...annotationBase, kind: v.literal('emotion'), emotion: v.picklist(EMOTION_SCORES) }),
  v.object({ ...annotationBase, kind: v.picklist(NOTE_KINDS), text: v.pipe(v.string(), v.nonEmpty(), v.maxLength(TEXT_LIMITS.note)) }),
]);

/**
 * A walk's scorecard (issue 18): the template as it was chosen, checked as a shared template file's is, and
 * its answers, at most one a criterion. Which criteria and steps they point at is checked with the other
 * references (journey-rows.ts).
 */
const scorecard = v.object({
  template: scorecardTemplateSchema,
  answers: v.pipe(
    v.array(
      v.object({
        criterionId: v.pipe(v.string(), v.nonEmpty(), v.maxLength(SCORECARD_LIMITS.id), v.regex(SCORECARD_ID)),
        answer: v.picklist([...VERDICTS, ...RATINGS]),
        stepId: v.optional(id),
        // As the panel keeps it: trimmed, and an empty comment is none.
        comment: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(TEXT_LIMITS.note))),
        at: time,
      }),
    ),
    v.maxLength(SCORECARD_LIMITS.criteria),
  ),
});

const journeyFileSchema = v.object({
  format: v.literal(JOURNEY_FORMAT),
  version: v.literal(JOURNEY_FORMAT_VERSION),
  exportedAt: v.optional(time),
  journey,
  steps: v.pipe(v.array(step), v.maxLength(COUNT_LIMITS.steps)),
  annotations: v.pipe(v.array(annotation), v.maxLength(COUNT_LIMITS.annotations)),
  scorecard: v.optional(scorecard),
});

/**
 * A journey file of any version, checked and brought to the current one. Refuses versions from a newer
 * Trailnote, which may hold what this one would silently drop. Version 1 is the only one there has been:
 * a version 2 adds its schema and a step here that migrates a version-1 file to it.
 */
export function readJourneyFile(data: object): SharedJourney {
  const version = 'version' in data ? data.version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > JOURNEY_FORMAT_VERSION) {
    throw new ImportError('importNewerVersion', version);
  }
  if (version !== JOURNEY_FORMAT_VERSION) throw new ImportError('importUnknownVersion', JSON.stringify(version ?? null).slice(0, 40));
  return validated(journeyFileSchema, data);
}

/** A journey file as read: what the exporter writes (lib/export/journey-file.ts), checked. */
export type SharedJourney = v.InferOutput<typeof journeyFileSchema>;
