import { deleteJourney, removeJourneyStage, addJourneyRows, restoreJourneyStage, updateJourney, type JourneyRows, type RemovedStage } from '../db';
import { addStage, moveStage, renameStage } from '../journey/stages';
import { JOURNEY_KINDS } from '../journey/kinds';
import type { Journey, Stage } from '../journey/types';
import { TrailnoteError } from '../errors';
import { t } from '../i18n';
import { recordingState } from '../recording/state';
import type { ImportedJourney } from '../import/import-journey';
import { importJourneyOffThread } from '../import/off-thread';

/** The tester's changes to a journey: its details and its stages. Each is one transaction (the store sends the notice). */

export type JourneyDetails = Pick<Journey, 'title' | 'site' | 'persona' | 'goal' | 'kind'>;

const change = (journeyId: string, update: (journey: Journey) => Journey): Promise<Journey> => updateJourney(journeyId, update);

/** Saves details; a blank title keeps the old one, since a journey needs a name in the library. */
export function saveDetails(journeyId: string, details: Partial<JourneyDetails>): Promise<Journey> {
  return change(journeyId, (journey) => ({
    ...journey,
    title: details.title?.trim().slice(0, 200) || journey.title,
    site: details.site?.trim().slice(0, 200) ?? journey.site,
    persona: details.persona?.slice(0, 2000) ?? journey.persona,
    goal: details.goal?.slice(0, 2000) ?? journey.goal,
    kind: details.kind && JOURNEY_KINDS.includes(details.kind) ? details.kind : journey.kind,
  }));
}

/** The stage new steps take. */
export function setCurrentStage(journeyId: string, stageId: string): Promise<Journey> {
  return change(journeyId, (journey) => (journey.stages.some((stage) => stage.id === stageId) ? { ...journey, currentStageId: stageId } : journey));
}

function changeStages(journeyId: string, edit: (stages: readonly Stage[]) => Stage[]): Promise<Journey> {
  return change(journeyId, (journey) => ({ ...journey, stages: edit(journey.stages) }));
}

export const addJourneyStage = (journeyId: string, name: string) => changeStages(journeyId, (stages) => addStage(stages, name));

export const renameJourneyStage = (journeyId: string, stageId: string, name: string) => changeStages(journeyId, (stages) => renameStage(stages, stageId, name));

export const moveJourneyStage = (journeyId: string, stageId: string, offset: -1 | 1) => changeStages(journeyId, (stages) => moveStage(stages, stageId, offset));

/** Removes a stage; its steps join the stage before it (or after it, for the first). Resolves with what undo needs. */
export async function deleteJourneyStage(journeyId: string, stageId: string): Promise<RemovedStage> {
  const { removed } = await removeJourneyStage(journeyId, stageId);
  return removed;
}

export async function putBackJourneyStage(removed: RemovedStage): Promise<void> {
  await restoreJourneyStage(removed);
}

/** Deletes a journey (not the one being recorded); resolves with it so that the tester can undo. */
export async function removeJourney(journeyId: string): Promise<JourneyRows | undefined> {
  if ((await recordingState.getValue())?.journeyId === journeyId) throw new TrailnoteError('invalid-edit', t('errorDeleteRecording'));
  return deleteJourney(journeyId);
}

export function putBackJourney(deleted: JourneyRows): Promise<void> {
  return addJourneyRows(deleted);
}

/** Imports a shared file (our ZIP or JSON, or a Chrome Recorder flow) as a new journey, read off the panel's thread; throws with the reason if refused. */
export function importSharedJourney(file: Blob): Promise<ImportedJourney> {
  return importJourneyOffThread(file);
}
