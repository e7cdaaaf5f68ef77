import type { TimingKey } from '../journey/timings';
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
