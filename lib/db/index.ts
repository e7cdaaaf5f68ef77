/**
 * The journey store. Callers import from here and never see idb or IndexedDB: every failure arrives as
 * a StoreError whose message says what to do.
 */
export { StoreError, toStoreError, type StoreErrorCode } from './errors';
export { openJourneyDb, closeJourneyDb, DB_NAME, DB_VERSION } from './open';
export { diskNearlyFull } from './room';
export { defaultStages, DEFAULT_STAGE_IDS } from './default-stages';
export { createJourney, getJourney, listJourneys, updateJourney, deleteJourney, addJourneyRows, countSteps, type JourneyUpdate, type JourneyRows } from './journeys';
export { appendStep, appendSteps, getSteps, getLastSteps, getStep, updateStep, mergeStepTiming, type NewStep, type StepChange } from './steps';
export { saveScreenshot, getScreenshot, getScreenshotForStep, countScreenshots, measureScreenshots } from './screenshots';
export { saveAnnotation, getAnnotations, getAllAnnotations, deleteAnnotation, setStepEmotion } from './annotations';
export { deleteStep, restoreStep, type DeletedStep } from './step-deletion';
export { removeJourneyStage, restoreJourneyStage, type RemovedStage } from './stages';
export { moveStepsToStage, restoreStepStages, type StageMove } from './stage-moves';
export { loadJourneyBundle, type JourneyBundle } from './bundle';
export { answerSignal } from './signals';
export { listOwnTemplates, putOwnTemplate, changeOwnTemplate, deleteOwnTemplate } from './scorecard-templates';
export type { StoredTemplate } from './schema';
