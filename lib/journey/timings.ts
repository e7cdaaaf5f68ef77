import { t, type MessageKey } from '../i18n';
import { formatSeconds } from './step-sentence';
import type { StepTiming } from './types';

/**
 * The page figures Trailnote measures, by plain name with a one-line explanation, for people who never heard
 * of TTFB or LCP (issue 20: "TTFB, LCP and CLS are never explained"). Every place that shows a figure (the
 * panel's step details, the map's metrics, compare, the HTML report, CSV and Markdown) names it from here, so
 * it reads the same everywhere. The abbreviation stays in the name where the web calls it that, so that a
 * developer reading the report still finds the figure they know.
 */
export type TimingKey = keyof StepTiming;

type Unit = 'duration' | 'score' | 'bytes';

interface TimingWords {
  name: MessageKey;
  explanation: MessageKey;
  unit: Unit;
}

const TIMINGS: Record<TimingKey, TimingWords> = {
  ttfb: { name: 'timingTtfb', explanation: 'timingTtfbExplained', unit: 'duration' },
  domContentLoaded: { name: 'timingDomReady', explanation: 'timingDomReadyExplained', unit: 'duration' },
  load: { name: 'timingLoad', explanation: 'timingLoadExplained', unit: 'duration' },
  lcp: { name: 'timingLcp', explanation: 'timingLcpExplained', unit: 'duration' },
  cls: { name: 'timingCls', explanation: 'timingClsExplained', unit: 'score' },
  routeSettled: { name: 'timingRoute', explanation: 'timingRouteExplained', unit: 'duration' },
  transferSize: { name: 'timingSize', explanation: 'timingSizeExplained', unit: 'bytes' },
};

/** In the order a page goes through them: the server answers, the page reads, shows, settles; its size last. */
export const TIMING_KEYS: readonly TimingKey[] = ['ttfb', 'domContentLoaded', 'lcp', 'load', 'routeSettled', 'cls', 'transferSize'];

/** "Server response (TTFB)". */
export function timingName(key: TimingKey): string {
  return t(TIMINGS[key].name);
}

/** One line saying what the figure is, for a tooltip or a legend. */
export function timingExplanation(key: TimingKey): string {
  return t(TIMINGS[key].explanation);
}

/** "Main content shown (LCP): When the biggest picture…", for a title attribute. */
export function timingTooltip(key: TimingKey): string {
  return `${timingName(key)}: ${timingExplanation(key)}`;
}

/** A figure as people read it: durations in seconds ("0.4 s"), layout shift to three decimals, sizes in kB. */
export function formatTiming(key: TimingKey, value: number): string {
  switch (TIMINGS[key].unit) {
    case 'duration':
      return formatSeconds(value);
    case 'score':
      return value.toFixed(3);
    case 'bytes':
      return t('kilobytes', Math.round(value / 1024));
  }
}

/** A spreadsheet column: the plain name and the unit its raw figures are in ("Server response (TTFB), ms"). */
export function timingColumn(key: TimingKey): string {
  switch (TIMINGS[key].unit) {
    case 'duration':
      return t('timingInMilliseconds', timingName(key));
    case 'score':
      return timingName(key);
    case 'bytes':
      return t('timingInBytes', timingName(key));
  }
}

/** The figures a step measured, in TIMING_KEYS order. */
export function measuredTimings(timing: StepTiming | undefined): Array<{ key: TimingKey; value: number }> {
  return TIMING_KEYS.flatMap((key) => (timing?.[key] === undefined ? [] : [{ key, value: timing[key] }]));
}
