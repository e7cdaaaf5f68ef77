import { codeOf, messageOf, TrailnoteError, type ErrorCode } from '../errors';

/**
 * Errors cross extension-message boundaries as data: Chrome serialises messages as JSON, so a thrown
 * Error would arrive as `{}` or `undefined`. Handlers return a Result; callers `unwrap` it. A failure
 * carries the message in the tester's language and the code (lib/errors.ts), so the caller can branch on
 * what went wrong. `code` is optional: a page recorder of the previous version may still answer without it.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; code?: ErrorCode };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** The error as data. A missing code means 'unknown' (see `unwrap`), so it is left out, as older senders leave it. */
export function failure<T = never>(error: unknown): Result<T> {
  const code = codeOf(error);
  return { ok: false, error: messageOf(error), ...(code !== 'unknown' && { code }) };
}

/** Runs work and turns whatever it throws into a failed Result. */
export async function attempt<T>(work: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (error) {
    return failure(error);
  }
}

/**
 * Rethrows the other side's error with its code, so the caller shows the real message and can tell failures apart.
 * No answer at all is worded by its code where a tester reads it (lib/panel/error-words.ts): the contracts carry
 * no translations, since the page recorder imports them into every recorded frame.
 */
export function unwrap<T>(result: Result<T> | undefined): T {
  if (!result) throw new TrailnoteError('no-answer', 'Trailnote did not answer. Reload the extension and try again.');
  if (!result.ok) throw new TrailnoteError(result.code ?? 'unknown', result.error);
  return result.value;
}
