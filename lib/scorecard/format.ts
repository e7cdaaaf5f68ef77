import { t } from '../i18n';
import type { Rating, Verdict } from './types';
import { percentOf } from './score';

/** A share as the tester reads it: "72 %", or "not scored yet" when nothing applicable was answered. */
export function formatShare(share: number | null): string {
  return share === null ? t('scorecardNotScored') : t('scorecardPercent', percentOf(share));
}

const VERDICT_WORDS = {
  pass: 'scorecardPass',
  partial: 'scorecardPartial',
  fail: 'scorecardFail',
  'not-applicable': 'scorecardNotApplicable',
} as const;

/** An answer in words: "Pass", "Not applicable", or a rating's "4/5". */
export function answerWords(answer: Verdict | Rating): string {
  return typeof answer === 'number' ? `${answer}/5` : t(VERDICT_WORDS[answer]);
}
