import { chooseScorecardTemplate } from '../edits/scorecard';
import { builtInTemplate, builtInTemplates } from '../scorecard/built-in';
import type { ScorecardTemplate } from '../scorecard/types';

/** The templates a walk can be scored against, in the interface's language (the built-ins, for now). */
export function scorecardTemplates(): ScorecardTemplate[] {
  return builtInTemplates();
}

/** A template by id, or null for '' or an id no template has. */
export function templateById(templateId: string): ScorecardTemplate | null {
  return (templateId && builtInTemplate(templateId)) || null;
}

/** Scores a journey just started against the template picked on the start form. */
export async function startWithTemplate(journeyId: string, templateId: string | undefined): Promise<void> {
  const template = templateId ? templateById(templateId) : null;
  if (template) await chooseScorecardTemplate(journeyId, template);
}
