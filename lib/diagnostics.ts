import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { codeOf, type ErrorCode } from './errors';

/**
 * The diagnostics log: what went wrong in this browser session, so that nothing is swallowed without a
 * trace (docs/conventions.md, Comments and errors) and a tester can paste it into a bug report ("Copy
 * diagnostics" in the panel's menu).
 *
 * Privacy (docs/architecture.md, Privacy): an entry keeps the code, where in Trailnote it happened (a
 * fixed phrase written here, in the code) and a fixed description of the code, plus the error's name
 * ("TypeError"). Never the error's message: messages carry page addresses, titles, field values, file
 * names and typed text. Kept in storage.session, which the browser empties when it closes, and capped.
 *
 * Written from the background and Trailnote's pages. Content scripts cannot reach storage.session (its
 * access level is TRUSTED_CONTEXTS, and opening it to them would open it to every recorded page's
 * frame): the page recorder sends `reportProblem` to the background instead (lib/recorder/report.ts).
 */
export interface DiagnosticEntry {
  /** When it first happened (epoch ms). */
  at: number;
  /** When it last happened, for an entry that counts repeats. */
  lastAt: number;
  code: ErrorCode;
  /** Where in Trailnote: "background: saving lost steps", "recorder: clicks". */
  where: string;
  /** The fixed description of the code and the error's name: nothing the page or the tester supplied. */
  message: string;
  /** How many times it happened in a row of repeats (same code and where, each within REPEAT_MS of the last). */
  count: number;
}

export const LOG_LIMIT = 200;
/** A repeat this soon after the last one is counted, not added (Refined GitHub's logError drops repeats). */
export const REPEAT_MS = 60_000;

const diagnostics = storage.defineItem<DiagnosticEntry[]>('session:diagnostics', { fallback: [] });

/** In English: the log is read by whoever fixes Trailnote, whatever the tester's language. */
const descriptions: Record<ErrorCode, string> = {
  quota: 'The disk was full: the browser refused to store more.',
  downgrade: 'The journey store was written by a newer Trailnote.',
  missing: 'A journey an action needed had been deleted.',
  'step-missing': 'A step an action needed (a note, a rating, a screenshot) had been deleted.',
  failed: 'The journey store (IndexedDB) failed.',
  'import-invalid': 'A file was refused by the import checks.',
  'capture-failed': 'A step screenshot could not be taken.',
  'not-recordable': 'The walk reached a page Trailnote cannot record.',
  'already-recording': 'A recording was started while another one was going on.',
  'not-recording': 'A recording action came with no recording going on.',
  'walk-full': 'A walk as large as a share file may be could not be recorded further.',
  'injection-failed': 'The recorder could not be put into a page.',
  'recorder-failed': 'A page recorder observer threw; the others went on.',
  'invalid-edit': 'An edit was refused.',
  refused: 'A message from an unknown sender was refused.',
  'no-answer': 'The other side of a message did not answer.',
  unknown: 'An unexpected error.',
};

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(descriptions, value);
}

/** Error names are identifiers ("TypeError", "QuotaExceededError"); anything else could be page text. */
const plainName = /^[A-Z][A-Za-z]{0,39}$/;

function nameOf(error: unknown): string | undefined {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  return typeof name === 'string' && plainName.test(name) ? name : undefined;
}

/** The error's name and its cause's, as far as they are plain names: ["StoreError", "QuotaExceededError"]. */
export function namesOf(error: unknown): string[] {
  const cause = typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined;
  return [nameOf(error), nameOf(cause)].filter((name) => name !== undefined);
}

/** The code's description, with the names ("… (StoreError ← QuotaExceededError)"); names that are not plain are left out. */
export function describe(code: ErrorCode, names: readonly string[] = []): string {
  const plain = names.filter((name) => plainName.test(name)).join(' ← ');
  return plain ? `${descriptions[code]} (${plain})` : descriptions[code];
}

/** `where` is ours, but a content script's report passes through a message: keep it short and plain. */
const plainWhere = (where: string): string => where.replace(/[^\w :.>-]/g, '').slice(0, 60);

let tail: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write one at a time. Web Locks serialise the worker and every page (one origin); where
 * they are missing (unit tests), one chain serialises this context.
 */
function oneAtATime(work: () => Promise<void>): Promise<void> {
  const locks = globalThis.navigator?.locks;
  const run = tail.then(async () => {
    if (locks) await locks.request('trailnote-diagnostics', work);
    else await work();
  });
  // The chain only orders writes: a failed write is reported by the caller of `run`, below.
  tail = run.catch(() => undefined);
  return run;
}

/** Adds one entry (or counts a repeat), dropping the oldest beyond LOG_LIMIT. */
export function recordProblem(code: ErrorCode, where: string, message = describe(code), at = Date.now()): Promise<void> {
  return oneAtATime(async () => {
    // A copy: an empty log is the item's fallback array itself, which must stay empty.
    const entries = [...(await diagnostics.getValue())];
    const place = plainWhere(where);
    const index = entries.findLastIndex((entry) => entry.code === code && entry.where === place);
    const last = entries[index];
    if (last && at - last.lastAt < REPEAT_MS) {
      entries[index] = { ...last, count: last.count + 1, lastAt: at };
    } else {
      entries.push({ at, lastAt: at, code, where: place, message, count: 1 });
    }
    await diagnostics.setValue(entries.slice(-LOG_LIMIT));
  });
}

/**
 * Logs an error that is handled (shown, kept on a step, retried) or cannot be: never thrown away unseen.
 * `code` says what it was where the error itself does not (a browser API's plain Error). Never throws; a log that cannot be written says so in the console, the one place left.
 */
export function logError(error: unknown, where: string, code: ErrorCode = codeOf(error)): void {
  console.warn(`Trailnote (${where}):`, error);
  recordProblem(code, where, describe(code, namesOf(error))).catch((failed: unknown) => console.warn('Trailnote could not write its diagnostics log', failed));
}

export function readDiagnostics(): Promise<DiagnosticEntry[]> {
  return diagnostics.getValue();
}

function line(entry: DiagnosticEntry): string {
  const repeats = entry.count > 1 ? ` ×${entry.count} (last ${new Date(entry.lastAt).toISOString()})` : '';
  return `${new Date(entry.at).toISOString()}  ${entry.code}  ${entry.where}${repeats}  ${entry.message}`;
}

/** The plain-text report "Copy diagnostics" puts on the clipboard: version, browser, then the log, oldest first. */
export async function diagnosticsReport(): Promise<string> {
  const entries = await readDiagnostics();
  return [
    'Trailnote diagnostics',
    `Version: ${browser.runtime.getManifest().version}`,
    `Browser: ${navigator.userAgent}`,
    `Entries: ${entries.length} (this browser session, at most ${LOG_LIMIT})`,
    ...entries.map(line),
  ].join('\n');
}
