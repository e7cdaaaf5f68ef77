import { becameRage, nextBurst, type ClickBurst } from './click-burst';
import { actionableTarget, editsText, isStepper } from './actionable';
import { on, type Remove } from './listen';
import type { RecorderContext } from './recorder-context';

/**
 * Rage clicks: the 3rd quick click at one place is reported on its own step (lib/journey/signal-thresholds.ts).
 * Only a listener: it keeps the current burst, nothing runs between clicks. Not on text (three clicks select a
 * paragraph: a selection is left), not in fields, not on quantity steppers, not from the keyboard.
 */
export function detectRageClicks(ctx: RecorderContext): Remove {
  const { win } = ctx;
  let burst: ClickBurst | undefined;
  return on(
    win,
    'click',
    (event) => {
      // After the click recorder's listener in the same dispatch: the step of this very click, if it made one.
      const stepId = ctx.clickInTask;
      const first = event.composedPath()[0] as Element | undefined;
      const fromKeyboard = event.detail === 0 && event.clientX === 0 && event.clientY === 0;
      if (!stepId || fromKeyboard || editsText(first) || isStepper(first) || (!actionableTarget(event.composedPath()) && win.getSelection()?.isCollapsed === false)) {
        burst = undefined;
        return;
      }
      burst = nextBurst(burst, { x: event.clientX, y: event.clientY, at: event.timeStamp });
      if (becameRage(burst)) {
        ctx.emit({ type: 'signal', signal: { stepId, kind: 'rage-click', evidence: { clicks: burst.clicks, spanMs: Math.round(event.timeStamp - burst.at) } } });
      }
    },
    ctx.listen,
  );
}
