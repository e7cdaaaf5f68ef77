import { SIGNAL_THRESHOLDS } from '../journey/signal-thresholds';
import { coverAttribute } from './cover';
import { guarded } from './guard';
import { on, type Remove } from './listen';
import type { RecorderContext } from './recorder-context';

/** An element that tells the tester something went wrong: an alert or an assertive live region, with words in it (a polite status such as "Added to cart" is not one). */
function isErrorMessage(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const region = element?.closest('[role=alert],[aria-live=assertive]');
  return !!region && !region.closest(`[${coverAttribute}]`) && (region.textContent ?? '').trim() !== '';
}

const submitControls = 'button:not([type]),button[type=submit],input[type=submit],input[type=image]';

/**
 * Form errors: within the form-error window after a field change, a submit, or a press on a submit button, a field
 * turns invalid (the browser's `invalid` event, or `aria-invalid="true"`) or an error message appears (an alert or
 * a live region gets words). Only counts are kept: the message is page text, but it may repeat what was typed.
 * The observer lives only for the window.
 */
export function detectFormErrors(ctx: RecorderContext): Remove {
  const { win } = ctx;
  const { windowMs } = SIGNAL_THRESHOLDS.formError;
  let endWindow: (() => void) | undefined;

  const watch = (stepId: string): void => {
    endWindow?.();
    let reported = false;
    const report = (fields: number, messages: number): void => {
      if (reported || (fields === 0 && messages === 0)) return;
      reported = true;
      ctx.emit({ type: 'signal', signal: { stepId, kind: 'form-error', evidence: { fields, messages } } });
      end();
    };
    const observer = new (win as Window & typeof globalThis).MutationObserver(
      guarded(
        'recorder: form errors',
        (records: MutationRecord[]) => {
          const fields = records.filter((record) => record.type === 'attributes' && (record.target as Element).getAttribute('aria-invalid') === 'true').length;
          const messages = records.filter((record) => record.type !== 'attributes' && (isErrorMessage(record.target) || [...record.addedNodes].some(isErrorMessage))).length;
          report(fields, messages);
        },
        ctx.listen.onError,
      ),
    );
    observer.observe(win.document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-invalid'] });
    const stopInvalid = on(win, 'invalid', () => report(1, 0), { ...ctx.listen, acceptUntrusted: true });
    const timer = win.setTimeout(() => end(), windowMs);
    const end = (): void => {
      observer.disconnect();
      stopInvalid();
      win.clearTimeout(timer);
      if (endWindow === end) endWindow = undefined;
    };
    endWindow = end;
  };

  const removers = [
    on(
      win,
      'click',
      (event) => {
        const control = (event.composedPath()[0] as Element | undefined)?.closest?.(submitControls);
        if (ctx.clickInTask && control) watch(ctx.clickInTask);
      },
      ctx.listen,
    ),
    on(
      win,
      'change',
      () => {
        if (ctx.lastStepId) watch(ctx.lastStepId);
      },
      ctx.listen,
    ),
  ];
  return () => {
    removers.forEach((remove) => remove());
    endWindow?.();
  };
}
