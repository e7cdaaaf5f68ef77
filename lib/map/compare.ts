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
 * Lines up the stages of several journeys: a stage matches by id (the defaults share theirs) or else by
 * name, in the first journey's order; a stage only a later journey has comes after them.
 */
export function alignStages(bundles: readonly JourneyBundle[]): AlignedStage[] {
  const aligned: AlignedStage[] = [];
  const ids: string[][] = [];
  bundles.forEach((bundle, journeyIndex) => {
    const columns = stageColumns(bundle.journey, bundle.steps);
    const metrics = stageMetrics(bundle.journey, bundle.steps, bundle.annotations);
    columns.forEach((column, stageIndex) => {
      let at = aligned.findIndex((entry, index) => ids[index].includes(column.stage.id) && !entry.columns[journeyIndex]);
      if (at < 0) at = aligned.findIndex((entry) => sameName(entry.name, column.stage.name) && !entry.columns[journeyIndex]);
      if (at < 0) {
        aligned.push({ name: column.stage.name, columns: bundles.map(() => undefined), metrics: bundles.map(() => undefined) });
        ids.push([]);
        at = aligned.length - 1;
      }
      aligned[at].columns[journeyIndex] = column;
      aligned[at].metrics[journeyIndex] = metrics[stageIndex];
      ids[at].push(column.stage.id);
    });
  });
  return aligned;
}

/** A journey's columns over the aligned stages, empty where it lacks one: its curve lines up with the others. */
export function columnsOver(aligned: readonly AlignedStage[], journeyIndex: number): StageColumn[] {
  return aligned.map((entry) => entry.columns[journeyIndex] ?? { stage: { id: `missing-${entry.name}`, name: entry.name }, steps: [] });
}
