import type { Journey, Stage, Step } from '../journey/types';

/** A column of the map: a stage and its steps in walk order. */
export interface StageColumn {
  stage: Stage;
  steps: Step[];
}

/**
 * The journey's stages in order, each with its steps. A step whose stage the journey no longer has (an
 * imported walk, say) goes to the first column rather than vanishing from the map.
 */
export function stageColumns(journey: Pick<Journey, 'stages'>, steps: readonly Step[]): StageColumn[] {
  const columns = journey.stages.map((stage) => ({ stage, steps: [] as Step[] }));
  const byId = new Map(columns.map((column) => [column.stage.id, column]));
  for (const step of steps) (byId.get(step.stageId) ?? columns[0])?.steps.push(step);
  return columns;
}
