/**
 * What went wrong in the journey store, said so that the tester knows what to do next. `cause` keeps the
 * IndexedDB error underneath for the console and bug reports.
 */
export type StoreErrorCode = 'quota' | 'downgrade' | 'missing' | 'failed';

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

/**
 * Turns whatever IndexedDB threw into a StoreError. `action` completes "Trailnote could not …", e.g.
 * "save the step". A StoreError passes through unchanged.
 */
export function toStoreError(error: unknown, action: string): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error)) {
    return new StoreError(
      `Your disk is full: Trailnote could not ${action}. Free some space; the steps recorded so far are kept.`,
      { code: 'quota', cause: error },
    );
  }
  const detail = error instanceof Error ? error.message || error.name : String(error);
  return new StoreError(`Trailnote could not ${action}: ${detail}`, { code: 'failed', cause: error });
}
