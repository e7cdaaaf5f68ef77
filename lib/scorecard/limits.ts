import { COUNT_LIMITS, TEXT_LIMITS } from '../journey/limits';

/**
 * What a scorecard template may hold: what a shared template file may carry (imports refuse more) and what the
 * template editor lets a tester make, so that every template made here can be shared and imported back. Generous
 * for real checklists (the built-ins have 10 to 20 criteria), small enough that a hostile file stays harmless.
 */
export const SCORECARD_LIMITS = {
  /** Stage groups: as many as a journey may have stages. */
  groups: COUNT_LIMITS.stages,
  /** Criteria in the whole template. */
  criteria: 300,
  /** The template's title and the stages' names. */
  title: 200,
  /** A criterion's text: a line, not an essay. */
  text: 500,
  /** What counts as a pass. */
  guidance: 2_000,
  /** A BCP 47 language tag ("en", "fr-CA", "zh-Hant-TW"). */
  language: 35,
  /** Ids of templates, stages and criteria. */
  id: TEXT_LIMITS.id,
  /** A shared template file, in bytes: the built-ins write 10 kB or less. */
  fileBytes: 1024 * 1024,
} as const;

/** Ids are plain words: letters, digits and `_ . : -` (the built-ins' "guest-checkout", a copy's UUID). */
export const SCORECARD_ID = /^[\w.:-]+$/;
