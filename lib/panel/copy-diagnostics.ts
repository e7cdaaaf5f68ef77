import { diagnosticsReport, logError } from '../diagnostics';
import { messageOf } from '../errors';
import { t } from '../i18n';

/** Puts the diagnostics report on the clipboard; resolves with what the panel says about it. */
export async function copyDiagnostics(): Promise<string> {
  try {
    await navigator.clipboard.writeText(await diagnosticsReport());
    return t('diagnosticsCopied');
  } catch (error) {
    logError(error, 'panel: copying diagnostics');
    return t('diagnosticsNotCopied', messageOf(error));
  }
}
