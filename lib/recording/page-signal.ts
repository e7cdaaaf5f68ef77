import type { RecordedSignal } from '../contract/recorder-events';
import { clipped, TEXT_LIMITS } from '../journey/limits';
import { SIGNAL_THRESHOLDS } from '../journey/signal-thresholds';
import type { NoticedSignal } from '../journey/signals';

/** The limits a page's kind of signal is measured against: the worker's own, never the page's word for them. */
const limitsOf: Record<RecordedSignal['kind'], Record<string, number>> = {
  'rage-click': SIGNAL_THRESHOLDS.rageClick,
  'dead-click': SIGNAL_THRESHOLDS.deadClick,
  'error-click': SIGNAL_THRESHOLDS.errorClick,
  'slow-page': SIGNAL_THRESHOLDS.slowPage,
  'form-error': SIGNAL_THRESHOLDS.formError,
  'http-error': SIGNAL_THRESHOLDS.httpError,
};

const evidenceName = /^[a-zA-Z]{1,40}$/;

/** Only a form error keeps words: its message, as the page showed it, typed values masked there (lib/recorder/form-error-message.ts). */
function messageOf(signal: RecordedSignal): string | undefined {
  if (signal.kind !== 'form-error' || typeof signal.message !== 'string') return undefined;
  const words = signal.message.replace(/\s+/g, ' ').trim();
  return words ? clipped(words, TEXT_LIMITS.signalMessage) : undefined;
}

/**
 * A signal from a page, as the walk may keep it: pages are untrusted, so only a kind the recorder reports, a few
 * named figures, a form error's words within their limit, and the worker's limits. Undefined for anything else.
 */
export function pageSignal(signal: RecordedSignal): NoticedSignal | undefined {
  if (typeof signal !== 'object' || signal === null || typeof signal.stepId !== 'string' || !Object.hasOwn(limitsOf, signal.kind)) return undefined;
  const figures = Object.entries(typeof signal.evidence === 'object' && signal.evidence !== null ? signal.evidence : {});
  const evidence = Object.fromEntries(figures.filter(([name, value]) => evidenceName.test(name) && Number.isFinite(value)).slice(0, 8));
  const message = messageOf(signal);
  return { kind: signal.kind, evidence, thresholds: { ...limitsOf[signal.kind] }, ...(message && { message }) };
}
