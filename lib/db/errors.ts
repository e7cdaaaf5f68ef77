import { t, type MessageKey } from '../i18n';

/**
 * What went wrong in the journey store, said so that the tester knows what to do next. `cause` keeps the
 * IndexedDB error underneath for the console and bug reports.
 */
export type StoreErrorCode = 'quota' | 'downgrade' | 'missing' | 'failed';

/** What the store was doing, as the end of "Trailnote could not …" in the tester's language. */
export type StoreAction = Extract<MessageKey, `storeAction${string}`>;

export class StoreError extends Error {
  override name = 'StoreError';
  readonly code: StoreErrorCode;

  constructor(message: string, options: { code?: StoreErrorCode; cause?: unknown } = {}) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.code = options.code ?? 'failed';
  }
}

/** Chrome and Safari say QuotaExceededError; older Firefox said NS_ERROR_DOM_QUOTA_REACHED. */
function isQuotaError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** The record an action needed is gone: `which` says whose, the journey or the step. */
export function missingRecord(which: 'journey' | 'step', action: StoreAction): StoreError {
  return new StoreError(t(which === 'journey' ? 'errorJourneyMissing' : 'errorStepMissing', t(action)), { code: 'missing' });
}

/** Turns whatever IndexedDB threw into a StoreError. A StoreError passes through unchanged. */
export function toStoreError(error: unknown, action: StoreAction): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error)) return new StoreError(t('errorStoreFull', t(action)), { code: 'quota', cause: error });
  const detail = error instanceof Error ? error.message || error.name : String(error);
  return new StoreError(t('errorStoreFailed', t(action), detail), { code: 'failed', cause: error });
}
