import type { Stage } from '../journey/types';
import type { CriteriaGroup } from '../scorecard/types';

/**
 * The stage id of criteria that hold for the whole walk rather than one stage (the built-in Usability heuristics
 * use it). No journey has a stage of that id; the template editor offers it as a stage of its own.
 */
export const WHOLE_WALK_STAGE_ID = 'whole-walk';

/**
 * Where a group of criteria stands for the walk being scored: the stage the tester is on, a stage of the walk, or
 * no stage of the walk at all. A group of the last kind (Usability heuristics' "Whole walk", an imported template's
 * stage this walk does not have) is answered at any moment of the walk.
 */
export type GroupPlace = 'current' | 'any-stage' | 'other';

export interface PlacedGroup {
  group: CriteriaGroup;
  place: GroupPlace;
}

const ORDER: Record<GroupPlace, number> = { current: 0, 'any-stage': 1, other: 2 };

/**
 * The Scorecard view's order (issue 18): the current stage's criteria first, then those the tester may answer at
 * any stage (always near the top, whatever stage the walk is in), then the other stages' in the template's order.
 */
export function placeGroups(groups: readonly CriteriaGroup[], walkStageIds: ReadonlySet<string>, currentStageId: string | undefined): PlacedGroup[] {
  const placeOf = (group: CriteriaGroup): GroupPlace => (group.stageId === currentStageId ? 'current' : walkStageIds.has(group.stageId) ? 'other' : 'any-stage');
  return groups.map((group) => ({ group, place: placeOf(group) })).sort((a, b) => ORDER[a.place] - ORDER[b.place]);
}

/** A stage a criterion may be added to: its id and, for a group the template does not have yet, its name. */
export interface StageChoice {
  stageId: string;
  stageName: string;
}

/**
 * The stages the template editor offers for a new criterion: the template's own groups in its order, then the
 * default stages it has no criteria for yet, then "Whole walk" unless it has that group already.
 */
export function stageChoices(groups: readonly CriteriaGroup[], defaultStages: readonly Stage[], wholeWalkName: string): StageChoice[] {
  const choices: StageChoice[] = groups.map(({ stageId, stageName }) => ({ stageId, stageName }));
  const offered = new Set(choices.map((choice) => choice.stageId));
  const more = [...defaultStages.map((stage) => ({ stageId: stage.id, stageName: stage.name })), { stageId: WHOLE_WALK_STAGE_ID, stageName: wholeWalkName }];
  return [...choices, ...more.filter((choice) => !offered.has(choice.stageId))];
}
