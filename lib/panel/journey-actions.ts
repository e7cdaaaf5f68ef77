import { t } from '../i18n';
import {
  addJourneyStage,
  deleteJourneyStage,
  moveJourneyStage,
  putBackJourney,
  putBackJourneyStage,
  removeJourney,
  renameJourneyStage,
  saveDetails,
  setCurrentStage,
  type JourneyDetails,
} from '../edits/journeys';
import { addNote, editNote, rateStep, removeAnnotation, restoreAnnotation } from '../edits/notes';
import { acceptSignal, dismissSignal } from '../edits/signals';
import { moveToStage, putBackStep, relabelStep, removeStep, setKeyMoment, undoStageMove } from '../edits/steps';
import { formatStepCount } from '../journey/format';
import type { Note } from '../journey/notes';
import type { StageMoveScope } from '../journey/stage-runs';
import type { EmotionScore, NoteKind, Step, StepSignal } from '../journey/types';
import { ratingRefusal } from './error-words';
import { panel } from './panel-state.svelte';
import { rememberAbout } from './start-details';
import { undo } from './undo.svelte';

/**
 * The tester's edits of the shown journey, as the panel's components call them: each runs through
 * `panel.edit`, so a refusal (an empty note, a full disk) shows its message, and deletes offer an undo.
 */
export interface StepActions {
  select: (stepId: string) => void;
  relabel: (step: Step, label: string) => void;
  keyMoment: (step: Step, on: boolean) => void;
  /** Moves the step, its page, or it and the rest of its stage to another stage: one gesture, with an undo. */
  moveToStage: (step: Step, scope: StageMoveScope, stageId: string) => void;
  deleteStep: (step: Step) => void;
  editNote: (note: Note, change: { kind: NoteKind; text: string }) => Promise<boolean>;
  moveNote: (note: Note, stepId: string) => void;
  deleteNote: (note: Note) => void;
  /** A signal Trailnote noticed becomes a Friction note (once), or is hidden. */
  acceptSignal: (step: Step, signal: StepSignal) => void;
  dismissSignal: (step: Step, signal: StepSignal) => void;
}

export const stepActions: StepActions = {
  select: (stepId) => panel.view.select(stepId),
  relabel: (step, label) => void panel.edit(() => relabelStep(step, label)),
  keyMoment: (step, on) => void panel.edit(() => setKeyMoment(step, on)),
  moveToStage: (step, scope, stageId) => void moveWithUndo(step, scope, stageId),
  deleteStep: (step) =>
    void panel.edit(async () => {
      const deleted = await removeStep(step);
      if (deleted) undo.propose({ message: t('stepDeleted', step.seq), revert: () => putBackStep(deleted) });
    }),
  editNote: (note, change) => panel.edit(() => editNote(note, change)),
  moveNote: (note, stepId) => void panel.edit(() => editNote(note, { stepId })),
  deleteNote: (note) =>
    void panel.edit(async () => {
      const deleted = await removeAnnotation(note.id);
      if (deleted) undo.propose({ message: t('noteDeleted'), revert: () => restoreAnnotation(deleted) });
    }),
  acceptSignal: (step, signal) => void panel.edit(() => acceptSignal(step, signal)),
  dismissSignal: (step, signal) => void panel.edit(() => dismissSignal(step, signal)),
};

/** Moves steps to a stage and offers to undo it, saying how many moved where. */
function moveWithUndo(step: Step, scope: StageMoveScope, stageId: string): Promise<boolean> {
  const { steps, stageNames } = panel.view;
  return panel.edit(async () => {
    const move = await moveToStage(steps, step, scope, stageId);
    if (move.before.length) undo.propose({ message: t('stepsMoved', formatStepCount(move.before.length), stageNames.get(stageId) ?? ''), revert: () => undoStageMove(move) });
  });
}

/** "Start <stage> at this page": the page the dock is on, and what follows it in its stage, join the stage new steps take. */
export function startStageAtCurrentPage(): void {
  const { journey, currentPage } = panel.view;
  if (journey && currentPage) void moveWithUndo(currentPage, 'rest-of-stage', journey.currentStageId);
}

/** Rates the step the dock shows; resolves false when the rating was not kept, and the panel says why. */
export function rateCurrentStep(emotion: EmotionScore): Promise<boolean> {
  const { journeyId, currentStep } = panel.view;
  if (!journeyId || !currentStep) return Promise.resolve(false);
  const rating = { seq: currentStep.seq, emotion };
  return panel.edit(
    () => rateStep(journeyId, currentStep.id, emotion),
    'panel: rating a step',
    (error, where) => ratingRefusal(error, rating, where),
  );
}

/** Adds a note to the step the dock shows; resolves false when it was refused. */
export function noteCurrentStep(kind: NoteKind, text: string): Promise<boolean> {
  const { journeyId, currentStep } = panel.view;
  if (!journeyId || !currentStep) return Promise.resolve(false);
  return panel.edit(() => addNote(journeyId, currentStep.id, kind, text));
}

/** Runs an undo and shows its error, if any. */
export async function undoLast(): Promise<void> {
  const error = await undo.undo();
  if (error) panel.error = error;
}

export function renameJourney(journeyId: string, title: string): void {
  void panel.edit(() => saveDetails(journeyId, { title }));
}

export function saveJourneyDetails(details: Partial<JourneyDetails>): void {
  const journeyId = panel.view.journeyId;
  if (!journeyId) return;
  void panel.edit(async () => {
    const journey = await saveDetails(journeyId, details);
    // The walk being recorded is the last walk: what the tester corrects in it is what the next start form offers.
    if (panel.recording?.journeyId === journeyId) await rememberAbout(journey);
  });
}

export function chooseStage(stageId: string): void {
  const journeyId = panel.view.journeyId;
  if (journeyId) void panel.edit(() => setCurrentStage(journeyId, stageId));
}

export function deleteJourney(journeyId: string): void {
  void panel.edit(async () => {
    const deleted = await removeJourney(journeyId);
    if (deleted) undo.propose({ message: t('journeyDeleted', deleted.journey.title), revert: () => putBackJourney(deleted) });
  });
}

/** The stage editor's edits of a journey; each resolves false when it was refused (the panel shows why). */
export const stageActions = {
  add: (journeyId: string, name: string) => panel.edit(() => addJourneyStage(journeyId, name)),
  rename: (journeyId: string, stageId: string, name: string) => panel.edit(() => renameJourneyStage(journeyId, stageId, name)),
  move: (journeyId: string, stageId: string, offset: -1 | 1) => panel.edit(() => moveJourneyStage(journeyId, stageId, offset)),
};

/** Removes a stage of the shown journey, with an undo: its steps had been placed there by the tester. */
export function removeStageWithUndo(stageId: string): Promise<boolean> {
  const journeyId = panel.view.journeyId;
  if (!journeyId) return Promise.resolve(false);
  return panel.edit(async () => {
    const removed = await deleteJourneyStage(journeyId, stageId);
    undo.propose({ message: t('stageRemoved', removed.stage.name), revert: () => putBackJourneyStage(removed) });
  });
}
