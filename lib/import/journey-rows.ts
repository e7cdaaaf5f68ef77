import { JPG } from 'image-size/types/jpg';
import type { JourneyRows } from '../db';
import type { Annotation, Journey, Screenshot, Step, StepField } from '../journey/types';
import { ImportError } from './import-error';
import { SCREENSHOT_ENTRY, type SharedJourney } from './journey-file-schema';
import { thumbnailPath } from '../export/journey-file';

/** The pictures a ZIP brought, by entry name ("screenshots/<id>.jpg", "thumbnails/<id>.jpg"). */
export type Pictures = ReadonlyMap<string, Uint8Array>;

/** Makes a thumbnail when a share file has none (ZIPs exported before thumbnails travelled with them). */
export type MakeThumbnail = (image: Blob) => Promise<Blob>;

export interface RowOptions {
  /** Absent for a JSON file, which carries no pictures: its steps are imported without screenshots. */
  pictures?: Pictures;
  makeThumbnail: MakeThumbnail;
  now: number;
  newId?: () => string;
}

/** Where the thumbnail of a screenshot entry travels in the ZIP (the schema has checked the entry's name). */
const thumbnailEntry = (screenshotEntry: string): string => thumbnailPath(SCREENSHOT_ENTRY.exec(screenshotEntry)?.[1] ?? '');

/** Values the privacy rules never let a masked field keep, whatever the file says. */
function privateField(field: StepField): StepField {
  if (!field.masked) return field;
  const { value: _value, mask, ...kept } = field;
  return field.maskReason === 'sensitive' ? kept : { ...kept, ...(mask !== undefined && { mask }) };
}

function jpeg(bytes: Uint8Array, entry: string): { blob: Blob; width: number; height: number } {
  if (!JPG.validate(bytes)) throw new ImportError('importNotPicture', entry);
  let size: { width: number; height: number };
  try {
    size = JPG.calculate(bytes);
  } catch {
    throw new ImportError('importNotPicture', entry);
  }
  if (!(size.width > 0 && size.height > 0)) throw new ImportError('importNotPicture', entry);
  return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }), width: size.width, height: size.height };
}

async function thumbnailOf(image: Blob, entry: string, makeThumbnail: MakeThumbnail): Promise<Blob> {
  try {
    return await makeThumbnail(image);
  } catch {
    // The header looked like a JPEG, but the browser cannot draw it.
    throw new ImportError('importNotPicture', entry);
  }
}

/** Throws unless every step and stage id is used once, and every step's stage is in the journey. */
function checkReferences(file: SharedJourney): void {
  const stageIds = new Set<string>();
  for (const stage of file.journey.stages) {
    if (stageIds.has(stage.id)) throw new ImportError('importDuplicateStage', stage.id);
    stageIds.add(stage.id);
  }
  const stepIds = new Set<string>();
  const seqs = new Set<number>();
  for (const step of file.steps) {
    if (stepIds.has(step.id) || seqs.has(step.seq)) throw new ImportError('importDuplicateStep', step.seq);
    stepIds.add(step.id);
    seqs.add(step.seq);
    if (!stageIds.has(step.stageId)) throw new ImportError('importUnknownStage', step.seq, step.stageId);
  }
  const rated = new Set<string>();
  for (const annotation of file.annotations) {
    if (!stepIds.has(annotation.stepId)) throw new ImportError('importUnknownStep', annotation.stepId);
    if (annotation.kind !== 'emotion') continue;
    if (rated.has(annotation.stepId)) throw new ImportError('importTwoEmotions', annotation.stepId);
    rated.add(annotation.stepId);
  }
}

/**
 * The store rows of a shared journey, under new ids, so that importing a walk twice, or one's own walk
 * back, keeps both. Stage ids stay: they are the journey's own, and comparing walks lines stages up by them.
 * Throws an ImportError when the file contradicts itself or a picture is missing or not a JPEG.
 */
export async function journeyRows(file: SharedJourney, { pictures, makeThumbnail, now, newId = () => crypto.randomUUID() }: RowOptions): Promise<JourneyRows> {
  checkReferences(file);
  const { stages } = file.journey;
  const journeyId = newId();
  const stepIds = new Map(file.steps.map((step) => [step.id, newId()]));
  const newStepId = (sharedId: string): string => {
    const mapped = stepIds.get(sharedId);
    if (!mapped) throw new ImportError('importUnknownStep', sharedId);
    return mapped;
  };
  const shown = new Set<string>();
  const steps: Step[] = [];
  const screenshots: Screenshot[] = [];

  for (const shared of [...file.steps].sort((a, b) => a.seq - b.seq)) {
    const { screenshot: entry, ...fields } = shared;
    const id = newStepId(shared.id);
    // TAB_ID_NONE: the walk was recorded in another browser.
    const step: Step = fields.kind === 'input' ? { ...fields, field: privateField(fields.field), id, journeyId, tabId: -1 } : { ...fields, id, journeyId, tabId: -1 };
    if (entry && pictures) {
      if (shown.has(entry)) throw new ImportError('importSharedScreenshot', entry);
      shown.add(entry);
      const bytes = pictures.get(entry);
      if (!bytes) throw new ImportError('importMissingScreenshot', shared.seq, entry);
      const image = jpeg(bytes, entry);
      const thumbnailBytes = pictures.get(thumbnailEntry(entry));
      const thumbnail = thumbnailBytes ? jpeg(thumbnailBytes, thumbnailEntry(entry)).blob : await thumbnailOf(image.blob, entry, makeThumbnail);
      const screenshotId = newId();
      screenshots.push({ id: screenshotId, journeyId, stepId: id, takenAt: shared.at, image: image.blob, thumbnail, width: image.width, height: image.height, method: 'imported' });
      step.screenshotId = screenshotId;
    }
    steps.push(step);
  }

  const annotations: Annotation[] = file.annotations.map((annotation) => ({ ...annotation, id: newId(), journeyId, stepId: newStepId(annotation.stepId) }));
  const journey: Journey = {
    ...file.journey,
    id: journeyId,
    status: 'stopped',
    endedAt: file.journey.endedAt ?? steps.at(-1)?.at,
    currentStageId: stages[0].id,
    stepCount: steps.reduce((highest, step) => Math.max(highest, step.seq), 0),
    importedAt: now,
  };
  return { journey, steps, screenshots, annotations };
}
