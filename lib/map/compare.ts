import type { JourneyBundle } from '../db';
import { emotionsByStep } from '../journey/emotions';
import { notesByStep, type Note } from '../journey/notes';
import type { EmotionScore, Step } from '../journey/types';
import { stageMetrics, type StageMetrics } from './metrics';
import { stageColumns, type StageColumn } from './stage-columns';

/** One stage of a comparison: each journey's column and metrics for it, or undefined where a journey lacks it. */
export interface AlignedStage {
  name: string;
  columns: Array<StageColumn | undefined>;
  metrics: Array<StageMetrics | undefined>;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Lines up the stages of several journeys, in the first journey's order. A later journey's stage matches one
 * by id (the defaults share theirs) — all id matches first — or else by name; a stage no other journey has is
 * placed right after the stage before it in its own walk, so each journey's columns keep their order.
 */
export function alignStages(bundles: readonly JourneyBundle[]): AlignedStage[] {
  const aligned: Array<AlignedStage & { ids: string[] }> = [];
  bundles.forEach((bundle, journeyIndex) => {
    const columns = stageColumns(bundle.journey, bundle.steps);
    const metrics = stageMetrics(bundle.journey, bundle.steps, bundle.annotations);
    const free = (entry: AlignedStage) => !entry.columns[journeyIndex];
    const places = columns.map((column) => aligned.find((entry) => free(entry) && entry.ids.includes(column.stage.id)));
    places.forEach((place, stageIndex) => {
      if (place) place.columns[journeyIndex] = columns[stageIndex];
    });
    columns.forEach((column, stageIndex) => {
      places[stageIndex] ??= aligned.find((entry) => free(entry) && sameName(entry.name, column.stage.name));
      let place = places[stageIndex];
      if (!place) {
        place = { name: column.stage.name, columns: bundles.map(() => undefined), metrics: bundles.map(() => undefined), ids: [] };
        const previous = stageIndex > 0 ? aligned.indexOf(places[stageIndex - 1]!) : -1;
        aligned.splice(previous + 1, 0, place);
        places[stageIndex] = place;
      }
      place.columns[journeyIndex] = column;
      place.metrics[journeyIndex] = metrics[stageIndex];
      place.ids.push(column.stage.id);
    });
  });
  return aligned.map(({ ids: _ids, ...stage }) => stage);
}

/** A journey's columns over the aligned stages, empty where it lacks one: its curve lines up with the others. */
export function columnsOver(aligned: readonly AlignedStage[], journeyIndex: number): StageColumn[] {
  return aligned.map((entry) => entry.columns[journeyIndex] ?? { stage: { id: `missing-${entry.name}`, name: entry.name }, steps: [] });
}

/** A pictured step of one side, with how it felt when it was rated. */
export interface PicturedStep {
  step: Step;
  emotion?: EmotionScore;
}

/** What one walk showed and said in one stage: its figures, screenshots and notes (each with its step), in walk order. */
export interface StageSide {
  metrics: StageMetrics;
  pictured: PicturedStep[];
  notes: Array<{ note: Note; step: Step }>;
}

/** One stage of the side-by-side comparison: a side per journey, undefined where a journey has no such stage. */
export interface SideBySideStage {
  name: string;
  sides: Array<StageSide | undefined>;
}

/**
 * The walks' screenshots and notes stage by stage, over the aligned stages, for reading them side by side. A stage
 * no walk took a step in is left out: it would be a row of nothing.
 */
export function sideBySide(aligned: readonly AlignedStage[], bundles: readonly JourneyBundle[]): SideBySideStage[] {
  const told = bundles.map((bundle) => ({ emotions: emotionsByStep(bundle.annotations), notes: notesByStep(bundle.annotations) }));
  return aligned
    .filter((stage) => stage.columns.some((column) => column && column.steps.length > 0))
    .map((stage) => ({
      name: stage.name,
      sides: stage.columns.map((column, index) => {
        const metrics = stage.metrics[index];
        if (!column || !metrics) return undefined;
        const { emotions, notes } = told[index];
        return {
          metrics,
          pictured: column.steps.filter((step) => step.screenshotId).map((step) => ({ step, ...(emotions.has(step.id) && { emotion: emotions.get(step.id) }) })),
          notes: column.steps.flatMap((step) => (notes.get(step.id) ?? []).map((note) => ({ note, step }))),
        };
      }),
    }));
}
