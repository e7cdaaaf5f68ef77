import { logError } from '../diagnostics';
import { codeOf, messageOf, type ErrorCode } from '../errors';
import { t } from '../i18n';
import { EMOTION_LABELS } from '../journey/emotions';
import type { EmotionScore } from '../journey/types';

/** Codes that answer the tester (an empty note, a page Chrome keeps to itself): shown, not logged as failures. */
const refusals = new Set<ErrorCode>(['invalid-edit', 'not-recordable', 'already-recording', 'not-recording', 'walk-full', 'import-invalid']);

/**
 * What the panel says about an error, chosen by its code (lib/errors.ts), and the trace it leaves: every
 * failure that is not a refusal goes to the diagnostics log. A full disk and a refused store already say what
 * to do; a deleted journey or step, a missing answer and the unforeseen get words of their own.
 */
export function panelMessage(error: unknown, where: string): string {
  const code = codeOf(error);
  if (!refusals.has(code)) logError(error, where);
  switch (code) {
    case 'missing':
      return t('errorJourneyDeleted');
    case 'step-missing':
      return t('errorStepDeleted');
    case 'no-answer':
      return t('errorNoAnswer');
    case 'unknown':
      return t('errorUnexpected', messageOf(error));
    default:
      return messageOf(error);
  }
}

/**
 * Why a rating was not kept, naming the face and the step: the picker has gone back to what is stored, and
 * the step may have left the dock (deleted in another window), so the words say which one it was.
 */
export function ratingRefusal(error: unknown, rating: { seq: number; emotion: EmotionScore }, where: string): string {
  const why = panelMessage(error, where);
  const face = t(EMOTION_LABELS[rating.emotion]);
  return codeOf(error) === 'step-missing' ? t('errorRatingStepDeleted', face, rating.seq) : t('errorRatingNotSaved', face, rating.seq, why);
}
