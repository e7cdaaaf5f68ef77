import { clipped, TEXT_LIMITS } from './limits';
import { SIGNAL_THRESHOLDS } from './signal-thresholds';
import type { EpochMs, OmitFromEach, SignalKind, Step, StepSignal, StepTiming } from './types';

/** A step stored or about to be (the store gives it its seq). */
type AnyStep = OmitFromEach<Step, 'seq'>;

/** A signal as a detector reports it: the step and the status are added where it is kept. */
export type NoticedSignal = Pick<StepSignal, 'kind' | 'evidence' | 'thresholds' | 'message'>;

/** One signal of a kind per step: the same id whoever reports it, however often. */
export const signalId = (stepId: string, kind: SignalKind): string => `${stepId}:${kind}`;

/** The step with the signal added as a suggestion, or the step itself when it already has one of that kind. */
export function withSignal<S extends AnyStep>(step: S, noticed: NoticedSignal, at: EpochMs): S {
  if (step.signals?.some((signal) => signal.kind === noticed.kind)) return step;
  const signal: StepSignal = { id: signalId(step.id, noticed.kind), at, status: 'suggested', ...noticed };
  return { ...step, signals: [...(step.signals ?? []), signal] };
}

/** Slow page and layout shift, read from a page's figures (they keep changing after the load: checked at every update). */
export function timingSignals(timing: StepTiming | undefined): NoticedSignal[] {
  if (!timing) return [];
  const found: NoticedSignal[] = [];
  const slow = SIGNAL_THRESHOLDS.slowPage;
  const over: Record<string, number> = {};
  if (timing.ttfb !== undefined && timing.ttfb > slow.ttfbMs) over.ttfb = timing.ttfb;
  if (timing.lcp !== undefined && timing.lcp > slow.lcpMs) over.lcp = timing.lcp;
  if (timing.routeSettled !== undefined && timing.routeSettled > slow.routeSettledMs) over.routeSettled = timing.routeSettled;
  if (Object.keys(over).length) found.push({ kind: 'slow-page', evidence: over, thresholds: { ...slow } });
  const { cls } = SIGNAL_THRESHOLDS.layoutShift;
  if (timing.cls !== undefined && timing.cls > cls) found.push({ kind: 'layout-shift', evidence: { cls: timing.cls }, thresholds: { cls } });
  return found;
}

/**
 * A page step with the signals its figures show. A signal already there keeps its first evidence and the tester's
 * answer: a later, larger figure does not bring a dismissed suggestion back.
 */
export function withTimingSignals<S extends AnyStep>(step: S, at: EpochMs): S {
  const timing = step.kind === 'navigation' ? (step as AnyStep & { timing?: StepTiming }).timing : undefined;
  if (!timing) return step;
  return timingSignals(timing).reduce((current, noticed) => withSignal(current, noticed, at), step);
}

/**
 * A page that never came back (a network error, a connection the server dropped, a reply it cut short): an HTTP error
 * with no status, the browser's reason for its words (net::ERR_EMPTY_RESPONSE: the browser's, not the page's).
 */
export function failedLoadSignal(reason: string): NoticedSignal {
  return { kind: 'http-error', evidence: {}, thresholds: { ...SIGNAL_THRESHOLDS.httpError }, message: clipped(reason, TEXT_LIMITS.signalMessage) };
}

/** Address of a page for telling whether it was seen before: its fragment counts only for an app route. */
function pageKey(step: AnyStep): string {
  return step.kind === 'navigation' && step.navigation === 'route' ? step.url : step.url.replace(/#.*$/, '');
}

/**
 * Backtracking: a page step that returns to one of the few pages seen before the one the tester just left (a
 * u-turn: Back, or the same page reached again by a link). A reload of the same page is not one.
 * `before` is the walk's steps before this one, in order.
 */
export function backtrackSignal(step: AnyStep, before: readonly Step[]): NoticedSignal | undefined {
  if (step.kind !== 'navigation') return undefined;
  const { withinPages } = SIGNAL_THRESHOLDS.backtrack;
  const pages: Array<{ key: string; seq?: number }> = [];
  for (let index = before.length - 1; index >= 0 && pages.length <= withinPages; index--) {
    const earlier = before[index];
    if (earlier.kind !== 'navigation') continue;
    const key = pageKey(earlier);
    if (pages.at(-1)?.key !== key) pages.push({ key, seq: (earlier as Partial<Step>).seq });
  }
  const [left, ...seen] = pages;
  const here = pageKey(step);
  if (left === undefined || left.key === here) return undefined;
  const pagesBack = seen.slice(0, withinPages).findIndex((page) => page.key === here);
  if (pagesBack < 0) return undefined;
  // The page returned to by its step's number, not its address: evidence holds no address (the privacy rules own those).
  const returnedTo = seen[pagesBack].seq;
  return { kind: 'backtrack', evidence: { pagesBetween: pagesBack + 1, ...(returnedTo !== undefined && { returnedToStep: returnedTo }) }, thresholds: { withinPages } };
}

/** The signals the tester has not answered yet. */
export const suggestedSignals = (step: Step): StepSignal[] => (step.signals ?? []).filter((signal) => signal.status === 'suggested');

/** How many moments of friction Trailnote noticed (dismissed ones too) and how many the tester confirmed. */
export function signalCounts(steps: readonly Step[]): { noticed: number; confirmed: number } {
  let noticed = 0;
  let confirmed = 0;
  for (const step of steps) {
    for (const signal of step.signals ?? []) {
      noticed++;
      if (signal.status === 'accepted') confirmed++;
    }
  }
  return { noticed, confirmed };
}
