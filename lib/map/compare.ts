import type { JourneyBundle } from '../db';
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
