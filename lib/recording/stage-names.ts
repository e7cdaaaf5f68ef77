import { defaultStages } from '../db/default-stages';
import type { Stage } from '../journey/types';
import { t } from '../i18n';

/** The default stages of customer-journey practice, named in the tester's language. */
export function translatedDefaultStages(): Stage[] {
  return defaultStages([t('stageAwareness'), t('stageConsideration'), t('stageDecision'), t('stagePurchase'), t('stageService'), t('stageLoyalty')]);
}
