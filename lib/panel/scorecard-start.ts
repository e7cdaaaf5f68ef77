import { chooseScorecardTemplate } from '../edits/scorecard';
import { listTemplates } from '../scorecard/templates';
import type { ScorecardTemplate } from '../scorecard/types';

/**
 * A template by id among every template a walk may take (the built-ins, then the tester's own), read from the store
 * as it is now, so a walk takes the latest words of a template edited a moment ago; null for '' or an id no
 * template has (an own template deleted meanwhile).
 */
export async function findTemplate(templateId: string): Promise<ScorecardTemplate | null> {
  if (!templateId) return null;
  return (await listTemplates()).find((template) => template.id === templateId) ?? null;
}

/** Scores a journey just started against the template picked on the start form. */
export async function startWithTemplate(journeyId: string, templateId: string | undefined): Promise<void> {
  const template = templateId ? await findTemplate(templateId) : null;
  if (template) await chooseScorecardTemplate(journeyId, template);
}
