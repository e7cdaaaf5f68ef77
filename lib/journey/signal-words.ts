import { t } from '../i18n';
import { withInnerQuotes } from './inner-quotes';
import { formatSeconds } from './step-sentence';
import type { Step, StepSignal } from './types';

const figure = (signal: StepSignal, name: string): number | undefined => {
  const value = signal.evidence[name];
  return typeof value === 'number' ? value : undefined;
};

/** What a signal says, in plain words: what the panel shows, the map lists, and an accepted one's note starts from. */
export function signalWords(signal: StepSignal): string {
  switch (signal.kind) {
    case 'rage-click':
      return t('signalRageClick', String(figure(signal, 'clicks') ?? 3));
    case 'dead-click': {
      const clicks = figure(signal, 'clicks') ?? 1;
      const wait = formatSeconds(figure(signal, 'windowMs') ?? signal.thresholds.windowMs ?? 0);
      return clicks > 1 ? t('signalDeadClicks', clicks, wait) : t('signalDeadClick', wait);
    }
    case 'error-click':
      return t('signalErrorClick');
    case 'slow-page': {
      const ttfb = figure(signal, 'ttfb');
      const lcp = figure(signal, 'lcp');
      const route = figure(signal, 'routeSettled');
      const click = figure(signal, 'interactionMs');
      if (ttfb !== undefined) return t('signalSlowAnswer', formatSeconds(ttfb));
      if (lcp !== undefined) return t('signalSlowContent', formatSeconds(lcp));
      if (click !== undefined) return t('signalSlowClick', formatSeconds(click));
      return t('signalSlowRoute', formatSeconds(route ?? 0));
    }
    case 'layout-shift':
      return t('signalLayoutShift', String(figure(signal, 'cls') ?? ''));
    case 'form-error':
      return signal.message ? t('signalFormErrorSaid', withInnerQuotes(signal.message)) : t('signalFormError');
    case 'http-error': {
      const status = figure(signal, 'status');
      // A page that never came back has no status: the browser's reason says why (net::ERR_CONNECTION_RESET).
      return status === undefined ? t('signalLoadFailed', signal.message ?? '') : t('signalHttpError', String(status));
    }
    case 'backtrack':
      return t('signalBacktrack');
  }
}

const statusWords = { suggested: 'signalStatusSuggested', accepted: 'signalStatusAccepted', dismissed: 'signalStatusDismissed' } as const;

/** A signal for a report or a spreadsheet: its words, whose they are, and the tester's answer. */
export function signalLine(signal: StepSignal): string {
  return `${signalWords(signal)} (${t('signalNoticed')}, ${t(statusWords[signal.status])})`;
}

/** The signals of a stage's steps the tester has not answered, each with its step: the pain-points lane shows them apart. */
export function openSignalsOf(steps: readonly Step[]): Array<{ step: Step; signal: StepSignal }> {
  return steps.flatMap((step) => (step.signals ?? []).filter((signal) => signal.status === 'suggested').map((signal) => ({ step, signal })));
}
