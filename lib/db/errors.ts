import { isQuotaError, messageOf, TrailnoteError, type ErrorCode } from '../errors';
import { t, type MessageKey } from '../i18n';

/**
 * What went wrong in the journey store, said so that the tester knows what to do next. `cause` keeps the
 * IndexedDB error underneath for the console and bug reports.
 */
export type StoreErrorCode = Extract<ErrorCode, 'quota' | 'downgrade' | 'missing' | 'step-missing' | 'failed'>;

/** What the store was doing, as the end of "Trailnote could not …" in the tester's language. */
export type StoreAction = Extract<MessageKey, `storeAction${string}`>;

export class StoreError extends TrailnoteError {
  override name = 'StoreError';
  // Narrows the inherited code: the store only ever says one of its five (set by TrailnoteError's constructor).
  declare readonly code: StoreErrorCode;

  constructor(message: string, options: { code?: StoreErrorCode; cause?: unknown } = {}) {
    super(options.code ?? 'failed', message, options);
  }
}

/** The record an action needed is gone: `which` says whose, the journey or the step. */
export function missingRecord(which: 'journey' | 'step', action: StoreAction): StoreError {
  return which === 'journey'
    ? new StoreError(t('errorJourneyMissing', t(action)), { code: 'missing' })
    : new StoreError(t('errorStepMissing', t(action)), { code: 'step-missing' });
}

/** Turns whatever IndexedDB threw into a StoreError. A StoreError passes through unchanged. */
export function toStoreError(error: unknown, action: StoreAction): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error)) return new StoreError(t('errorStoreFull', t(action)), { code: 'quota', cause: error });
  return new StoreError(t('errorStoreFailed', t(action), messageOf(error)), { code: 'failed', cause: error });
}
