import type { AnswerScale, CriterionWeight, ScorecardTemplate } from '../types';

/**
 * Writes a built-in template once with its English and French words side by side, so that a translator sees
 * both and both languages share every id, weight, scale and critical flag by construction (issue 18: walks
 * scored in English and in French compare).
 */

/** A criterion's text and what counts as a pass, in one language. */
type Words = readonly [text: string, guidance: string];

export interface BilingualCriterion {
  id: string;
  weight: CriterionWeight;
  critical?: boolean;
  scale?: AnswerScale;
  en: Words;
  fr: Words;
}

export interface BilingualGroup {
  stageId: string;
  /** Names for a stage that is not one of the defaults; the defaults are named as the panel names them. */
  name?: { en: string; fr: string };
  criteria: readonly BilingualCriterion[];
}

/** The default stages' names (lib/db/default-stages.ts), as the panel shows them in each language. */
const STAGE_NAMES: Record<string, { en: string; fr: string }> = {
  awareness: { en: 'Awareness', fr: 'Découverte' },
  consideration: { en: 'Consideration', fr: 'Considération' },
  decision: { en: 'Decision', fr: 'Décision' },
  purchase: { en: 'Purchase', fr: 'Achat' },
  service: { en: 'Service', fr: 'Service' },
  loyalty: { en: 'Loyalty', fr: 'Fidélité' },
};

function inLanguage(id: string, title: string, language: 'en' | 'fr', groups: readonly BilingualGroup[]): ScorecardTemplate {
  return {
    id,
    title,
    language,
    groups: groups.map((group) => ({
      stageId: group.stageId,
      stageName: (group.name ?? STAGE_NAMES[group.stageId])[language],
      criteria: group.criteria.map((criterion) => ({
        id: criterion.id,
        text: criterion[language][0],
        guidance: criterion[language][1],
        scale: criterion.scale ?? 'verdict',
        weight: criterion.weight,
        critical: criterion.critical ?? false,
      })),
    })),
  };
}

/** The template in English and in French. */
export function bilingual(id: string, title: { en: string; fr: string }, groups: readonly BilingualGroup[]): { en: ScorecardTemplate; fr: ScorecardTemplate } {
  return { en: inLanguage(id, title.en, 'en', groups), fr: inLanguage(id, title.fr, 'fr', groups) };
}
