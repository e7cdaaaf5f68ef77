import { JPG } from 'image-size/types/jpg';
import type { JourneyRows } from '../db';
import type { Annotation, Journey, Screenshot, Step } from '../journey/types';
import { privateField } from './private-field';
import { privateJourney, privateStep, rulesOfWalk } from '../privacy/private-walk';
import { ImportError } from './import-error';
import { SCREENSHOT_ENTRY, type SharedJourney } from './journey-file-schema';
import { thumbnailPath } from '../export/journey-file';
import { findCriterion, fitsScale } from '../scorecard/answers';
import type { JourneyScorecard } from '../scorecard/types';
import { checkTemplate } from './scorecard-file-schema';

/** The pictures a ZIP brought, by entry name ("screenshots/<id>.jpg", "thumbnails/<id>.jpg"). */
export type Pictures = ReadonlyMap<string, Uint8Array<ArrayBuffer>>;

/** Makes a thumbnail when a share file has none (ZIPs exported before thumbnails travelled with them). */
export type MakeThumbnail = (image: Blob) => Promise<Blob>;

export interface RowOptions {
  /** Absent for a JSON file, which carries no pictures: its steps are imported without screenshots. */
  pictures?: Pictures;
  makeThumbnail: MakeThumbnail;
  now: number;
}

const newId = (): string => crypto.randomUUID();

const PICTURES_AT_A_TIME = 50;

/** Where the thumbnail of a screenshot entry travels in the ZIP (the schema has checked the entry's name). */
const thumbnailEntry = (screenshotEntry: string): string => thumbnailPath(SCREENSHOT_ENTRY.exec(screenshotEntry)?.[1] ?? '');

/**
 * The largest pictures a share file may carry: Trailnote's own are at most 1280 px wide (taller for a
 * full-page capture), and drawing a thumbnail decodes the whole picture, 4 bytes a pixel.
 */
const MAX_PICTURE = { width: 4_096, height: 16_384 };
const MAX_THUMBNAIL = { width: 640, height: 8_192 };

interface Picture {
  blob: Blob;
  width: number;
  height: number;
}

/** A JPEG's bytes as a Blob with its size, or undefined when they are no JPEG of a size within `max`. */
function jpeg(bytes: Uint8Array<ArrayBuffer>, max: { width: number; height: number }): Picture | undefined {
  if (!JPG.validate(bytes)) return undefined;
  let size: { width: number; height: number };
  try {
    size = JPG.calculate(bytes);
  } catch {
    return undefined;
  }
  if (!(size.width > 0 && size.height > 0 && size.width <= max.width && size.height <= max.height)) return undefined;
  return { blob: new Blob([bytes], { type: 'image/jpeg' }), width: size.width, height: size.height };
}

async function thumbnailOf(image: Blob, entry: string, makeThumbnail: MakeThumbnail): Promise<Blob> {
  try {
    return await makeThumbnail(image);
  } catch {
    // The header looked like a JPEG, but the browser cannot draw it.
    throw new ImportError('importNotPicture', entry);
  }
}

/** A step's picture from the ZIP, with its thumbnail: the ZIP's own, or one drawn when that is missing or unfit. */
async function pictureOf(entry: string, seq: number, pictures: Pictures, makeThumbnail: MakeThumbnail): Promise<Picture & { thumbnail: Blob }> {
  const bytes = pictures.get(entry);
  if (!bytes) throw new ImportError('importMissingScreenshot', seq, entry);
  const image = jpeg(bytes, MAX_PICTURE);
  if (!image) throw new ImportError('importNotPicture', entry);
  const thumbnailBytes = pictures.get(thumbnailEntry(entry));
  const thumbnail = (thumbnailBytes && jpeg(thumbnailBytes, MAX_THUMBNAIL)?.blob) || (await thumbnailOf(image.blob, entry, makeThumbnail));
  return { ...image, thumbnail };
}

/**
 * Throws unless the scorecard's template holds together (as a shared template file must), and each answer is
 * to one of its criteria, of that criterion's kind, one a criterion, and points at a step of the file when it
 * points at one: a file that says otherwise contradicts itself, as a note about a missing step does.
 */
function checkScorecard({ template, answers }: NonNullable<SharedJourney['scorecard']>, seqOf: ReadonlyMap<string, number>): void {
  checkTemplate(template);
  const answered = new Set<string>();
  answers.forEach(({ criterionId, answer, stepId }, index) => {
    const found = findCriterion(template, criterionId);
    if (!found) throw new ImportError('importScorecardUnknownCriterion', index + 1, criterionId);
    if (!fitsScale(found.criterion, answer)) throw new ImportError('importScorecardWrongAnswer', index + 1, criterionId);
    if (answered.has(criterionId)) throw new ImportError('importScorecardTwoAnswers', criterionId);
    answered.add(criterionId);
    if (stepId !== undefined && !seqOf.has(stepId)) throw new ImportError('importScorecardUnknownStep', index + 1);
  });
}

/** Throws unless every step and stage id is used once, every step's stage is in the journey, and every note's and answer's step is a step of the file. */
function checkReferences(file: SharedJourney): void {
  const stageIds = new Set<string>();
  for (const stage of file.journey.stages) {
    if (stageIds.has(stage.id)) throw new ImportError('importDuplicateStage', stage.id);
    stageIds.add(stage.id);
  }
  const seqOf = new Map<string, number>();
  const seqs = new Set<number>();
  for (const step of file.steps) {
    if (seqOf.has(step.id) || seqs.has(step.seq)) throw new ImportError('importDuplicateStep', step.seq);
    seqOf.set(step.id, step.seq);
    seqs.add(step.seq);
    if (!stageIds.has(step.stageId)) throw new ImportError('importUnknownStage', step.seq, step.stageId);
  }
  const rated = new Set<string>();
  file.annotations.forEach((annotation, index) => {
    const seq = seqOf.get(annotation.stepId);
    if (seq === undefined) throw new ImportError('importUnknownStep', index + 1);
    if (annotation.kind !== 'emotion') return;
    if (rated.has(annotation.stepId)) throw new ImportError('importTwoEmotions', seq);
    rated.add(annotation.stepId);
  });
  if (file.scorecard) checkScorecard(file.scorecard, seqOf);
}

/** The scorecard as the store keeps it, its evidence pointing at the imported steps' new ids. */
function scorecardRow({ template, answers }: NonNullable<SharedJourney['scorecard']>, newStepId: (sharedId: string) => string): JourneyScorecard {
  return {
    template,
    answers: answers.map(({ criterionId, answer, stepId, comment, at }) => ({
      criterionId,
      answer,
      ...(stepId && { stepId: newStepId(stepId) }),
      ...(comment && { comment }),
      at,
    })),
  };
}

/**
 * The store rows of a shared journey, under new ids, so that importing a walk twice, or one's own walk
 * back, keeps both. Stage ids stay: they are the journey's own, and comparing walks lines stages up by them.
 * Throws an ImportError when the file contradicts itself or a picture is missing or not a JPEG.
 */
export async function journeyRows(file: SharedJourney, { pictures, makeThumbnail, now }: RowOptions): Promise<JourneyRows> {
  checkReferences(file);
  const { stages } = file.journey;
  const journeyId = newId();
  const stepIds = new Map(file.steps.map((step) => [step.id, newId()]));
  // checkReferences has made sure every step an annotation or an answer names is in the file.
  const newStepId = (sharedId: string): string => stepIds.get(sharedId) ?? sharedId;
  const shown = new Set<string>();
  const steps: Step[] = [];
  const screenshots: Screenshot[] = [];

  const { recordTypedText } = file.journey;
  const fieldsKept = [...file.steps].sort((a, b) => a.seq - b.seq).map((step) => (step.kind === 'input' ? { ...step, field: privateField(step.field, recordTypedText) } : step));
  // The address rule, as when recording: what the walk's fields may keep, secret names and shapes.
  const rules = rulesOfWalk(fieldsKept, recordTypedText);
  for (const shared of fieldsKept) {
    // `problem` is undefined when it names a kind of problem this version does not know: left out.
    const { screenshot: entry, problem, ...fields } = privateStep(shared, rules);
    // TAB_ID_NONE: the walk was recorded in another browser.
    const own = { id: newStepId(shared.id), journeyId, tabId: -1, ...(problem && { problem }) };
    const step: Step = { ...fields, ...own };
    if (entry && pictures) {
      if (shown.has(entry)) throw new ImportError('importSharedScreenshot', entry);
      shown.add(entry);
      const { blob, width, height, thumbnail } = await pictureOf(entry, shared.seq, pictures, makeThumbnail);
      step.screenshotId = newId();
      screenshots.push({ id: step.screenshotId, journeyId, stepId: step.id, takenAt: shared.at, image: blob, thumbnail, width, height, method: 'imported' });
      // Making a Blob hands its bytes to the browser: between batches of pictures, the page breathes.
      if (screenshots.length % PICTURES_AT_A_TIME === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    steps.push(step);
  }

  const annotations: Annotation[] = file.annotations.map((annotation) => ({ ...annotation, id: newId(), journeyId, stepId: newStepId(annotation.stepId) }));
  const journey: Journey = {
    ...privateJourney(file.journey, rules),
    id: journeyId,
    status: 'stopped',
    endedAt: file.journey.endedAt ?? steps.at(-1)?.at,
    currentStageId: stages[0].id,
    stepCount: steps.reduce((highest, step) => Math.max(highest, step.seq), 0),
    importedAt: now,
    ...(file.scorecard && { scorecard: scorecardRow(file.scorecard, newStepId) }),
  };
  return { journey, steps, screenshots, annotations };
}
