/**
 * Mystery-shopping scorecards (issue 18): a template of criteria grouped by stage, answered during or after a
 * walk, each answer pointing at the step that proves it. These types are the share format's shape
 * ("trailnote.scorecard" files, and a journey's `scorecard` object), so renaming a field is a format change.
 */
import type { EpochMs } from '../journey/types';

/** How a criterion is answered: a mystery-shopping verdict, or a 1–5 rating. */
export type AnswerScale = 'verdict' | 'rating';

export type Verdict = 'pass' | 'partial' | 'fail' | 'not-applicable';

export type Rating = 1 | 2 | 3 | 4 | 5;

/** How much a criterion counts in its stage's and the walk's score. */
export type CriterionWeight = 1 | 2 | 3;

export interface Criterion {
  /** Stable within its template and across the template's languages, so walks in English and French compare. */
  id: string;
  text: string;
  /** What counts as a pass, shown beside the criterion. */
  guidance?: string;
  scale: AnswerScale;
  weight: CriterionWeight;
  /** A Fail flags the whole walk, as in mystery-shopping practice. */
  critical: boolean;
}

/** The criteria of one stage. `stageId` is a default stage's id (lib/db/default-stages.ts) or the journey's own. */
export interface CriteriaGroup {
  stageId: string;
  /** The stage's name in the template's language, for walks whose stages do not include `stageId`. */
  stageName: string;
  criteria: Criterion[];
}

export interface ScorecardTemplate {
  /** Built-in templates have fixed ids ("ecommerce-purchase"); copies and imports get new ones. */
  id: string;
  title: string;
  /** BCP 47 language of the texts ("en", "fr"). */
  language: string;
  groups: CriteriaGroup[];
}

export interface ScorecardAnswer {
  criterionId: string;
  answer: Verdict | Rating;
  /** The step whose screenshot is the evidence; absent when the tester linked none. */
  stepId?: string;
  comment?: string;
  at: EpochMs;
}

/** A journey's scorecard: the template as it was chosen (a copy, so later edits elsewhere leave it whole) and its answers. */
export interface JourneyScorecard {
  template: ScorecardTemplate;
  answers: ScorecardAnswer[];
}
