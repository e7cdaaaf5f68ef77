import type { Stage } from '../journey/types';

/** Stable ids: they do not depend on the tester's language, so exports and imports agree across languages. */
export const DEFAULT_STAGE_IDS = ['awareness', 'consideration', 'decision', 'purchase', 'service', 'loyalty'] as const;

export const DEFAULT_STAGE_NAMES = ['Awareness', 'Consideration', 'Decision', 'Purchase', 'Service', 'Loyalty'];

/**
 * The stages of customer-journey practice. The caller passes the names in the tester's language; a
 * missing or blank name falls back to English.
 */
export function defaultStages(names: string[] = DEFAULT_STAGE_NAMES): Stage[] {
  return DEFAULT_STAGE_IDS.map((id, index) => ({ id, name: names[index]?.trim() || DEFAULT_STAGE_NAMES[index] }));
}
