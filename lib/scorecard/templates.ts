import { listOwnTemplates } from '../db';
import { builtInTemplates } from './built-in';
import type { ScorecardTemplate } from './types';

/**
 * Every template a walk may take (issue 18): the built-ins in the interface's language (or the one given), then
 * the tester's own, oldest first. The walk's "Scorecard template" control lists these.
 */
export async function listTemplates(language?: string): Promise<ScorecardTemplate[]> {
  const own = await listOwnTemplates();
  return [...builtInTemplates(language), ...own.map(({ createdAt: _createdAt, ...template }) => template)];
}
