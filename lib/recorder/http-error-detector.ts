import { SIGNAL_THRESHOLDS } from '../journey/signal-thresholds';
import { guarded } from './guard';
import type { Remove } from './listen';
import { whenSettled } from './page-timing';
import type { RecorderContext } from './recorder-context';
import { loadStepId } from './stamp';

/**
 * HTTP errors: the page itself came back with a status of 400 or more (Navigation Timing's responseStatus, Chrome
 * 109+), reported on the page's load step once it is loaded (or given up on). Reads one entry; watches nothing. Top frame only.
 */
export function detectHttpError(ctx: RecorderContext): Remove {
  const { win } = ctx;
  let stopped = false;
  const check = guarded(
    'recorder: http errors',
    () => {
      if (stopped) return;
      const [entry] = win.performance?.getEntriesByType?.('navigation') ?? [];
      const status = (entry as (PerformanceEntry & { responseStatus?: number }) | undefined)?.responseStatus;
      if (typeof status === 'number' && status >= SIGNAL_THRESHOLDS.httpError.status) {
        ctx.emit({ type: 'signal', signal: { stepId: loadStepId(win), kind: 'http-error', evidence: { status } } });
      }
    },
    ctx.listen.onError,
  );
  void whenSettled(win).then(check);
  return () => {
    stopped = true;
  };
}
