import { SIGNAL_THRESHOLDS } from '../journey/signal-thresholds';
import { guarded } from './guard';
import { on, type Remove } from './listen';
import type { RecorderContext } from './recorder-context';

/** What the Event Timing API says of one event (https://w3c.github.io/event-timing/). */
interface EventTimingLike {
  name: string;
  startTime: number;
  duration: number;
}

/**
 * How long a click's observer waits for its entry. The entry comes after the next paint that follows the page's
 * handlers, so a click answered in time has it within a frame or two, and a slow one as soon as the page paints again.
 */
const watchMs = 3000;

/** The entry of the click that happened at `clickedAt` (an entry's startTime is its event's timeStamp). */
export function entryOfClick(entries: readonly EventTimingLike[], clickedAt: number): EventTimingLike | undefined {
  return entries.find((entry) => entry.name === 'click' && Math.abs(entry.startTime - clickedAt) < 1);
}

/**
 * Slow answers (issue 14): a click the page took more than the interaction limit to answer, from the press to the
 * next paint after the page's handlers ran (Event Timing, as Interaction to Next Paint measures it), is a slow page
 * on that click's step. An observer starts at each click, asks only for events over the limit, and ends with the
 * click's entry or the watch; nothing watches between clicks. A browser without Event Timing says nothing.
 */
export function detectSlowClicks(ctx: RecorderContext): Remove {
  const { win } = ctx;
  const Observer = (win as Window & { PerformanceObserver?: typeof PerformanceObserver }).PerformanceObserver;
  if (!Observer?.supportedEntryTypes?.includes('event')) return () => undefined;
  const { interactionMs } = SIGNAL_THRESHOLDS.slowPage;
  const watches = new Set<() => void>();

  const stopClicks = on(
    win,
    'click',
    (event) => {
      const stepId = ctx.clickInTask;
      if (!stepId) return;
      const clickedAt = event.timeStamp;
      const take = (entries: readonly EventTimingLike[]): void => {
        const entry = entryOfClick(entries, clickedAt);
        if (!entry) return;
        end();
        if (entry.duration > interactionMs) ctx.emit({ type: 'signal', signal: { stepId, kind: 'slow-page', evidence: { interactionMs: Math.round(entry.duration) } } });
      };
      const observer = new Observer(guarded('recorder: slow clicks', (list: PerformanceObserverEntryList) => take(list.getEntries()), ctx.listen.onError));
      // Only events at least as long as the limit are delivered at all (the API's own filter; 16 ms is its least).
      observer.observe({ type: 'event', durationThreshold: interactionMs } as PerformanceObserverInit);
      const timer = win.setTimeout(
        guarded(
          'recorder: slow clicks',
          () => {
            take(observer.takeRecords());
            end();
          },
          ctx.listen.onError,
        ),
        watchMs,
      );
      const end = (): void => {
        observer.disconnect();
        win.clearTimeout(timer);
        watches.delete(end);
      };
      watches.add(end);
    },
    ctx.listen,
  );
  return () => {
    stopClicks();
    for (const end of [...watches]) end();
  };
}
