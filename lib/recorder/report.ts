import { sendMessage } from '../contract/protocol';
import type { ErrorCode } from '../errors';

/**
 * Tells the background's diagnostics log that something failed in this page: content scripts cannot
 * write storage.session (lib/diagnostics.ts). Only the code, where, and the error's name travel, never its
 * message, which can hold the page's text.
 */
export function reportToBackground(code: ErrorCode, where: string, error: unknown): void {
  const name = error instanceof Error ? error.name : undefined;
  sendMessage('reportProblem', { code, where, ...(name && { name }) }).catch((failed: unknown) => {
    // The background is out of reach (the extension was reloaded or updated): the console is the one place left.
    console.debug('Trailnote could not report a problem', where, failed);
  });
}
