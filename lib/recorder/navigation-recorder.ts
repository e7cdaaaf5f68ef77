import type { RecordedNavigation } from '../contract/recorder-events';
import { guarded } from './guard';
import { on, type Remove } from './listen';
import { loadedAt, loadTimingNow, observePageTiming, whenLoaded, whenSettled } from './page-timing';
import type { RecorderContext } from './recorder-context';
import { watchRoutes } from './route-watch';
import { loadStepId, stamp } from './stamp';

/**
 * The page itself: one 'load' step once the load event is over (with its figures), then LCP and CLS
 * updates for that step as they change. A page that never fires load is still a step, a while after its
 * DOMContentLoaded (page-timing.ts, whenSettled). A tester who acts before either gets the page's step first,
 * with the figures it has then, so the walk reads in order. A step made before the load gets the load's
 * figures when it comes. Top frame only: a frame's load is part of its page's.
 */
export function recordPageLoad(ctx: RecorderContext): Remove {
  const { win, emit } = ctx;
  let stopped = false;
  let stepId: string | undefined;
  let stopHearingLeave: Remove = () => undefined;

  const pageTiming = observePageTiming(
    win,
    (timing) => {
      if (stepId) emit({ type: 'timing', update: { stepId, timing } });
    },
    { onError: ctx.listen.onError },
  );
  const emitLoad = guarded(
    'recorder: page load',
    () => {
      if (stopped || stepId) return;
      const stamped = stamp(win);
      const at = Math.min(stamped.at, loadedAt(win) ?? stamped.at);
      const step: RecordedNavigation = { ...stamped, at, id: loadStepId(win), kind: 'navigation', navigation: 'load', timing: { ...loadTimingNow(win), ...pageTiming.now() } };
      stepId = step.id;
      stopHearingLeave();
      emit({ type: 'step', step });
      if (step.timing?.load === undefined) void whenLoaded(win).then(() => stepId && !stopped && emit({ type: 'timing', update: { stepId, timing: loadTimingNow(win) } }));
    },
    ctx.listen.onError,
  );
  ctx.beforeStep = emitLoad;
  void whenSettled(win).then(emitLoad);
  // Left before it loaded (a slow page given up on), or before the recorder's start had it settled: still a step. Not
  // heard once the step is made: a listener of Trailnote's that runs as a page is left delays the next one (issue 19).
  stopHearingLeave = on(win, 'pagehide', emitLoad, ctx.listen);
  return () => {
    stopped = true;
    stopHearingLeave();
    pageTiming.stop();
  };
}

/** SPA route changes, each a 'route' step once the new view has settled. Top frame only. */
export function recordRoutes(ctx: RecorderContext): Remove {
  const { win, emit } = ctx;
  return watchRoutes(
    win,
    ({ url, title, routeSettled, transition }) => {
      const step: RecordedNavigation = { ...stamp(win), url, title, kind: 'navigation', navigation: 'route', timing: { routeSettled }, transition };
      emit({ type: 'step', step });
    },
    { lastClickAt: () => ctx.lastClickAt, listen: ctx.listen },
  );
}
