import { uiLanguage } from '../../i18n';
import type { ScorecardTemplate } from '../types';
import { ecommercePurchase } from './ecommerce-purchase';
import { customerService } from './customer-service';
import { leadForm } from './lead-form';
import { saasTrial } from './saas-trial';
import { usabilityHeuristics } from './usability-heuristics';

/** A built-in template in each language it ships in; every language has the same ids. */
export interface BuiltInTemplate {
  en: ScorecardTemplate;
  fr: ScorecardTemplate;
}

/** The built-in templates, in the order the template control lists them. Add new ones here. */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [ecommercePurchase, saasTrial, leadForm, customerService, usabilityHeuristics];

/** French for a French interface ("fr", "fr-CA"), else English. */
export function templateLanguage(language: string = uiLanguage()): 'en' | 'fr' {
  return /^fr\b/i.test(language) ? 'fr' : 'en';
}

/** Every built-in template in the interface's language (or the one given). */
export function builtInTemplates(language?: string): ScorecardTemplate[] {
  const pick = templateLanguage(language);
  return BUILT_IN_TEMPLATES.map((template) => template[pick]);
}

/** One built-in template by id, in the interface's language (or the one given). */
export function builtInTemplate(id: string, language?: string): ScorecardTemplate | undefined {
  return builtInTemplates(language).find((template) => template.id === id);
}
