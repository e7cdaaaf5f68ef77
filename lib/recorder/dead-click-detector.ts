import { SIGNAL_THRESHOLDS } from '../journey/signal-thresholds';
import { actionableTarget } from './actionable';
import { coverAttribute } from './cover';
import { guarded } from './guard';
import { on, type Remove } from './listen';
import type { RecorderContext } from './recorder-context';

/** Trailnote's own screenshot cover comes and goes after every click: it is not the page answering. */
function isOwnCover(node: Node): boolean {
  return (node as Element).closest?.(`[${coverAttribute}]`) != null || (node as Element).hasAttribute?.(coverAttribute) === true;
}

/** Links that leave this page for another tab or a file: nothing has to happen here. */
function opensElsewhere(element: Element, event: MouseEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return true;
  const link = element.closest('a[href]');
  if (!link) return false;
  return (link.getAttribute('target') || '_self') !== '_self' || link.hasAttribute('download');
}

interface Watched {
  stepId: string;
  target: Element;
  clicks: number;
}

/**
 * Dead clicks: a press on something that looks actionable after which, for the dead-click window, nothing happens
 * here — no DOM change (but Trailnote's own cover), no focus moving, no new address, no request, the page not
 * left. The mutation observer lives only for that window after a click; between clicks nothing watches.
 */
export function detectDeadClicks(ctx: RecorderContext): Remove {
  const { win } = ctx;
  const { windowMs } = SIGNAL_THRESHOLDS.deadClick;
  let watching: (Watched & { end: () => void }) | undefined;

  const start = (stepId: string, target: Element, clickedAt: number): void => {
    const url = win.location.href;
    let answered = false;
    const observer = new (win as Window & typeof globalThis).MutationObserver(
      guarded(
        'recorder: dead clicks',
        (records: MutationRecord[]) => {
          if (records.some((record) => !onlyCover(record))) answered = true;
        },
        ctx.listen.onError,
      ),
    );
    observer.observe(win.document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    const stopFocus = on(win, 'focusin', () => (answered = true), { ...ctx.listen, acceptUntrusted: true });
    const timer = win.setTimeout(
      guarded(
        'recorder: dead clicks',
        () => {
          const watched = watching;
          end();
          const requested = win.performance.getEntriesByType('resource').some((entry) => entry.startTime >= clickedAt);
          const nothing = !answered && !requested && win.location.href === url && win.document.visibilityState === 'visible';
          if (nothing && watched) ctx.emit({ type: 'signal', signal: { stepId: watched.stepId, kind: 'dead-click', evidence: { windowMs, clicks: watched.clicks } } });
        },
        ctx.listen.onError,
      ),
      windowMs,
    );
    const end = (): void => {
      observer.disconnect();
      stopFocus();
      win.clearTimeout(timer);
      watching = undefined;
    };
    watching = { stepId, target, clicks: 1, end };
  };

  const stopClicks = on(
    win,
    'click',
    (event) => {
      const stepId = ctx.clickInTask;
      const target = actionableTarget(event.composedPath());
      if (!stepId || !target || opensElsewhere(target, event)) return;
      // More presses on the same thing while it is watched are the same moment: counted, not watched again.
      if (watching?.target === target) {
        watching.clicks++;
        return;
      }
      watching?.end();
      start(stepId, target, event.timeStamp);
    },
    ctx.listen,
  );
  return () => {
    stopClicks();
    watching?.end();
  };
}

/** A mutation record that only adds, removes or changes Trailnote's cover. */
function onlyCover(record: MutationRecord): boolean {
  if (record.type !== 'childList') return isOwnCover(record.target);
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnCover);
}
