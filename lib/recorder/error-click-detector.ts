import { SIGNAL_THRESHOLDS } from '../journey/signal-thresholds';
import { on, type Remove } from './listen';
import { pageErrorEvent } from './page-error-relay';
import type { RecorderContext } from './recorder-context';

/**
 * Error clicks: the page threw (an uncaught error or an unhandled rejection, told by the relay in the page's world)
 * within the error-click window after a click. The relay's events are listened to only during that window.
 */
export function detectErrorClicks(ctx: RecorderContext): Remove {
  const { win } = ctx;
  const { windowMs } = SIGNAL_THRESHOLDS.errorClick;
  let endWindow: (() => void) | undefined;
  const stopClicks = on(
    win,
    'click',
    (event) => {
      const stepId = ctx.clickInTask;
      if (!stepId) return;
      endWindow?.();
      const clickedAt = event.timeStamp;
      // The page's handler for this very click runs after this capture listener: its error is within the window.
      // The relay's event is the page's (untrusted by nature): it says only that an error happened.
      const stopErrors = on(
        win.document,
        pageErrorEvent,
        () => {
          end();
          ctx.emit({ type: 'signal', signal: { stepId, kind: 'error-click', evidence: { afterMs: Math.max(0, Math.round(win.performance.now() - clickedAt)) } } });
        },
        { ...ctx.listen, acceptUntrusted: true },
      );
      const timer = win.setTimeout(() => end(), windowMs);
      const end = (): void => {
        stopErrors();
        win.clearTimeout(timer);
        if (endWindow === end) endWindow = undefined;
      };
      endWindow = end;
    },
    ctx.listen,
  );
  return () => {
    stopClicks();
    endWindow?.();
  };
}
