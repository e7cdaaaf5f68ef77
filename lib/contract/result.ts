/**
 * Errors cross extension-message boundaries as data: Chrome serialises messages as JSON, so a thrown
 * Error would arrive as `{}` or `undefined`. Handlers return a Result; callers `unwrap` it.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failure<T = never>(error: unknown): Result<T> {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

/** Runs work and turns whatever it throws into a failed Result. */
export async function attempt<T>(work: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (error) {
    return failure(error);
  }
}

/** Rethrows the other side's error, so the caller shows the real message. */
export function unwrap<T>(result: Result<T> | undefined): T {
  if (!result) throw new Error('Trailnote did not answer. Reload the extension and try again.');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
