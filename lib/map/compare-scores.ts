import type { JourneyBundle } from '../db';
import { findCriterion } from '../scorecard/answers';
import { answersById, answerValue, isAnswered, scoreScorecard, type ScorecardScore } from '../scorecard/score';
import type { Criterion, ScorecardAnswer, ScorecardTemplate } from '../scorecard/types';

/**
 * The walks' scorecards side by side (issue 18): overall, per stage and per criterion, with the walk ahead on
 * each row and by how many points. Walks compare when they were scored against the same template — by its id,
 * which the built-ins keep across languages, so an English and a French walk of *E-commerce purchase* line up —
 * and criteria match by id. The first scored walk's template sets the rows and their words.
 */

/** How one walk stands in the comparison. */
export type WalkScorecard =
  | { status: 'compared'; score: ScorecardScore }
  /** Scored against another template: its overall score is shown, its rows are not compared. */
  | { status: 'other-template'; score: ScorecardScore; title: string }
  | { status: 'none' };

/** The walk ahead on a row, and by how many percentage points over the next best. */
export interface Lead {
  walk: number;
  points: number;
}

/** A row of shares, one per walk: null where nothing applicable was answered, undefined where the walk is not compared. */
export interface ShareRow {
  shares: Array<number | null | undefined>;
  lead?: Lead;
}

export interface CriterionRow {
  criterion: Criterion;
  /** Each walk's answer: null when unanswered, undefined where the walk is not compared. */
  answers: Array<ScorecardAnswer['answer'] | null | undefined>;
  lead?: Lead;
}

export interface StageRows extends ShareRow {
  stageId: string;
  name: string;
  criteria: CriterionRow[];
}

export interface ScoreComparison {
  /** The template the compared walks share, in the first scored walk's language. */
  template: ScorecardTemplate;
  walks: WalkScorecard[];
  overall: ShareRow;
  /** How many critical criteria each compared walk failed. */
  criticalFailures: Array<number | undefined>;
  stages: StageRows[];
}

/**
 * The walk with the best value of a row, when one stands alone at the top of two or more values: ahead by the
 * gap to the next best, in whole percentage points (a gap that rounds to 0 is no lead).
 */
export function leadOf(values: ReadonlyArray<number | null | undefined>): Lead | undefined {
  const given = values.flatMap((value, walk) => (typeof value === 'number' ? [{ value, walk }] : []));
  if (given.length < 2) return undefined;
  const [best, next] = given.sort((a, b) => b.value - a.value);
  const points = Math.round((best.value - next.value) * 100);
  return points > 0 ? { walk: best.walk, points } : undefined;
}

const shareRow = (shares: ShareRow['shares']): ShareRow => {
  const lead = leadOf(shares);
  return lead ? { shares, lead } : { shares };
};

/** The comparison of the walks' scores; undefined when no walk has a scorecard (there is nothing to say). */
export function compareScores(bundles: readonly JourneyBundle[]): ScoreComparison | undefined {
  const reference = bundles.find((bundle) => bundle.journey.scorecard)?.journey;
  const template = reference?.scorecard?.template;
  if (!reference || !template) return undefined;
  const walks = bundles.map(({ journey: { scorecard } }): WalkScorecard => {
    if (!scorecard) return { status: 'none' };
    const score = scoreScorecard(scorecard);
    return scorecard.template.id === template.id ? { status: 'compared', score } : { status: 'other-template', score, title: scorecard.template.title };
  });
  const compared = (walk: number) => walks[walk].status === 'compared';
  const answers = bundles.map(({ journey }) => answersById(journey.scorecard?.answers ?? []));
  const stageNames = new Map(reference.stages.map((stage) => [stage.id, stage.name]));

  const stages = template.groups.map((group): StageRows => {
    const shares = walks.map((walk) => (walk.status === 'compared' ? (walk.score.stages.find((stage) => stage.stageId === group.stageId)?.share ?? null) : undefined));
    const criteria = group.criteria.map((criterion): CriterionRow => {
      const values: Array<number | null | undefined> = [];
      const given = bundles.map(({ journey }, walk) => {
        if (!compared(walk)) return undefined;
        // Each walk's answer is read against its own copy of the criterion: its template may be an older one.
        const own = findCriterion(journey.scorecard!.template, criterion.id)?.criterion;
        const answer = answers[walk].get(criterion.id);
        if (!own || !isAnswered(own, answer)) return null;
        values[walk] = answerValue(own, answer.answer);
        return answer.answer;
      });
      const lead = leadOf(values);
      return lead ? { criterion, answers: given, lead } : { criterion, answers: given };
    });
    return { stageId: group.stageId, name: stageNames.get(group.stageId) ?? group.stageName, ...shareRow(shares), criteria };
  });

  return {
    template,
    walks,
    overall: shareRow(walks.map((walk) => (walk.status === 'compared' ? walk.score.overall.share : undefined))),
    criticalFailures: walks.map((walk) => (walk.status === 'compared' ? walk.score.criticalFailures.length : undefined)),
    stages,
  };
}
