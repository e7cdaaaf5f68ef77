import { TIMING_KEYS, type TimingKey } from '../journey/timings';
import type { Step } from '../journey/types';

/**
 * Page figures Firefox does not report, which Chrome does: Firefox has no Layout Instability API (no `layout-shift`
 * performance entries in Firefox 140 ESR), so a page loaded in Firefox has no layout stability (CLS). Its other
 * figures (Navigation Timing, LCP) are there.
 */
const NOT_IN_FIREFOX: readonly TimingKey[] = ['cls'];

/** Firefox's user agent; Chrome's, Edge's and Safari's never name it (SeaMonkey and other Gecko forks say Firefox too). */
const recordedInFirefox = (userAgent: string | undefined): boolean => /\bFirefox\//.test(userAgent ?? '');

/**
 * The figures a step shows as "not measured in Firefox" rather than leaving them out: those of a page load, in
 * a walk recorded in Firefox (its user agent), that Firefox cannot measure and the step does not have. A walk
 * recorded in Chrome and opened in Firefox keeps its own figures; one with no recorded browser claims nothing.
 */
export function timingsNotMeasured(step: Step, recordedIn: string | undefined): TimingKey[] {
  if (step.kind !== 'navigation' || step.navigation !== 'load' || !recordedInFirefox(recordedIn)) return [];
  return NOT_IN_FIREFOX.filter((key) => step.timing?.[key] === undefined);
}

/** One of a step's figures: its value, or none because the browser that recorded the walk cannot measure it. */
export type StepFigure = { key: TimingKey; value: number } | { key: TimingKey; value?: undefined };

/**
 * A step's figures, measured and not measured, in TIMING_KEYS order: a page loaded in Firefox lists its layout
 * stability where a page loaded in Chrome does (before the file size), not after every measured figure.
 */
export function stepFigures(step: Step, recordedIn: string | undefined): StepFigure[] {
  const timing = step.kind === 'navigation' ? step.timing : undefined;
  const notMeasured = timingsNotMeasured(step, recordedIn);
  return TIMING_KEYS.flatMap((key): StepFigure[] => {
    const value = timing?.[key];
    if (value !== undefined) return [{ key, value }];
    return notMeasured.includes(key) ? [{ key }] : [];
  });
}

/** The figures some page of the walk has not because its browser cannot measure them, in TIMING_KEYS order. */
export function walkTimingsNotMeasured(steps: readonly Step[], recordedIn: string | undefined): TimingKey[] {
  const missing = new Set(steps.flatMap((step) => timingsNotMeasured(step, recordedIn)));
  return TIMING_KEYS.filter((key) => missing.has(key));
}
