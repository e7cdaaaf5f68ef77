/**
 * One error model (docs/conventions.md, Comments and errors; issue 21): every failure Trailnote names has a
 * code from one closed union, a message in the tester's language and the `cause` underneath. The code
 * crosses message boundaries in `Result` (lib/contract/result.ts) and goes into the diagnostics log
 * (lib/diagnostics.ts); the message is what the tester reads.
 *
 * The journey store's codes ('quota', 'downgrade', 'missing', 'step-missing', 'failed') predate this union and are
 * kept as they are: its callers and tests branch on them.
 */
export type ErrorCode =
  /** The disk (the browser's storage quota) is full: the store, the outbox or an import could not write. */
  | 'quota'
  /** The journey store was written by a newer Trailnote and is refused, never touched. */
  | 'downgrade'
  /** The journey an action needed was deleted meanwhile. */
  | 'missing'
  /** The step a note, a rating or a screenshot was for was deleted meanwhile (in another panel, say). */
  | 'step-missing'
  /** IndexedDB failed for another reason: the message says which action and why. */
  | 'failed'
  /** A file was not imported: it is not a journey, is damaged, hostile or contradicts itself. */
  | 'import-invalid'
  /** A step's screenshot could not be taken; the step is kept with the reason. */
  | 'capture-failed'
  /** The tab cannot be recorded (browser pages, the Web Store, PDFs), or there is no tab. */
  | 'not-recordable'
  | 'already-recording'
  /** Pause, Resume or Stop with no walk being recorded. */
  | 'not-recording'
  /** The walk is as large as a share file may be (lib/journey/walk-room.ts): it cannot be recorded further. */
  | 'walk-full'
  /** The recorder could not be put into the page. */
  | 'injection-failed'
  /** One of the page recorder's observers threw; the others went on recording. */
  | 'recorder-failed'
  /** A tester's edit that cannot be made as asked (an empty note, the last stage, a walk still recorded). */
  | 'invalid-edit'
  /** A message from a sender that is not Trailnote's. */
  | 'refused'
  /** The other side of a message did not answer (the extension was reloaded or its worker stopped). */
  | 'no-answer'
  /** Anything Trailnote did not foresee: a bug to report, with the diagnostics. */
  | 'unknown';

export class TrailnoteError extends Error {
  override name = 'TrailnoteError';
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.code = code;
  }
}

/**
 * The browser's storage or the disk under it is full. Over the quota, Chrome and Safari say QuotaExceededError
 * (older Firefox NS_ERROR_DOM_QUOTA_REACHED). When the disk itself is full, Chromium 156 says otherwise, as
 * measured with a profile on a full file system: IndexedDB fails a write with a DataError "Failed to write blobs
 * (IOError)", and extension storage with "IO error: … FILE_ERROR_NO_SPACE".
 */
export function isQuotaError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  return /FILE_ERROR_NO_SPACE|No space left|Failed to write blobs \(IOError\)/i.test(messageOf(error));
}

/** What went wrong, as text: the message of an Error (its name when it has none), anything else as a string. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

/** The code of any thrown value: its own for a TrailnoteError, 'quota' for the browser's quota errors, else 'unknown'. */
export function codeOf(error: unknown): ErrorCode {
  if (error instanceof TrailnoteError) return error.code;
  return isQuotaError(error) ? 'quota' : 'unknown';
}
