import { SIGNAL_THRESHOLDS } from '../journey/signal-thresholds';
import { coverAttribute } from './cover';
import { formErrorMessage } from './form-error-message';
import { guarded } from './guard';
import { on, type Remove } from './listen';
import type { RecorderContext } from './recorder-context';

/** An element that tells the tester something went wrong: an alert or an assertive live region, with words in it (a polite status such as "Added to cart" is not one). */
function errorMessageOf(node: Node): Element | undefined {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const region = element?.closest('[role=alert],[aria-live=assertive]');
  return region && !region.closest(`[${coverAttribute}]`) && (region.textContent ?? '').trim() !== '' ? region : undefined;
}

/** The message a field turned invalid points to (`aria-errormessage`), when it has one. */
function pointedMessage(field: Element): Element | undefined {
  const id = field.getAttribute('aria-errormessage');
  return (id && field.ownerDocument.getElementById(id)) || undefined;
}

const submitControls = 'button:not([type]),button[type=submit],input[type=submit],input[type=image]';

/**
 * The fields the browser marks `:user-invalid` after the tester's action (the field changed, or the fields of the form
 * sent): a page may style them as refused and say nothing else, no `invalid` event (a `novalidate` form), no
 * aria-invalid, no alert.
 */
function userInvalidFields(scope: Element): Element[] {
  const fields = scope.tagName === 'FORM' ? [...(scope as HTMLFormElement).elements] : [scope];
  return fields.filter((field) => {
    try {
      return field.matches(':user-invalid');
    } catch {
      // A browser that does not know the pseudo-class marks nothing.
      return false;
    }
  });
}

/**
 * Form errors: within the form-error window after a field change, a submit, or a press on a submit button, a field
 * turns invalid (the browser's `invalid` event, `aria-invalid="true"`, or `:user-invalid`) or an error message appears (an alert or
 * a live region gets words). The message's words are kept (the alert's, the one an invalid field points to, or the
 * browser's for its own check), with every typed value in them masked as its step keeps it
 * (lib/recorder/form-error-message.ts). The observer lives only for the window.
 */
export function detectFormErrors(ctx: RecorderContext): Remove {
  const { win } = ctx;
  const { windowMs } = SIGNAL_THRESHOLDS.formError;
  let endWindow: (() => void) | undefined;
  const toldUserInvalid = new WeakSet<Element>();

  const watch = (stepId: string, scope: Element): void => {
    endWindow?.();
    let reported = false;
    const report = (fields: number, messages: number, said?: { text: string; near: Element }): void => {
      if (reported || (fields === 0 && messages === 0)) return;
      reported = true;
      const message = said && formErrorMessage(said.text, said.near, ctx.recordTypedText);
      ctx.emit({ type: 'signal', signal: { stepId, kind: 'form-error', evidence: { fields, messages }, ...(message && { message }) } });
      end();
    };
    const observer = new (win as Window & typeof globalThis).MutationObserver(
      guarded(
        'recorder: form errors',
        (records: MutationRecord[]) => {
          const invalid = records
            .filter((record) => record.type === 'attributes' && (record.target as Element).getAttribute('aria-invalid') === 'true')
            .map((record) => record.target as Element);
          const shown = records.filter((record) => record.type !== 'attributes').map((record) => [record.target, ...record.addedNodes].map(errorMessageOf).find(Boolean));
          const region = shown.find(Boolean) ?? invalid.map(pointedMessage).find(Boolean);
          report(invalid.length, shown.filter(Boolean).length, region && { text: region.textContent ?? '', near: region });
        },
        ctx.listen.onError,
      ),
    );
    observer.observe(win.document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-invalid'] });
    // The browser's own check (required, type=email…): its words are the browser's, and may quote what was typed.
    const stopInvalid = on(
      win,
      'invalid',
      (event) => {
        const field = event.target as HTMLInputElement;
        report(1, 0, { text: field.validationMessage ?? '', near: field });
      },
      { ...ctx.listen, acceptUntrusted: true },
    );
    // Once, in the task after the action: the browser has marked the fields by then (a form's after its submit event).
    const userInvalidCheck = win.setTimeout(
      guarded(
        'recorder: form errors',
        () => {
          // Told once per field: it stays marked, and the click that follows its change must not repeat it.
          const fields = userInvalidFields(scope).filter((field) => !toldUserInvalid.has(field));
          fields.forEach((field) => toldUserInvalid.add(field));
          const said = fields.map(pointedMessage).find(Boolean);
          report(fields.length, 0, said && { text: said.textContent ?? '', near: said });
        },
        ctx.listen.onError,
      ),
      0,
    );
    const timer = win.setTimeout(() => end(), windowMs);
    const end = (): void => {
      observer.disconnect();
      stopInvalid();
      win.clearTimeout(timer);
      win.clearTimeout(userInvalidCheck);
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
        if (ctx.clickInTask && control) watch(ctx.clickInTask, (control as HTMLButtonElement).form ?? control);
      },
      ctx.listen,
    ),
    on(
      win,
      'change',
      (event) => {
        // A change comes from a field (an element): the window opens on it.
        if (ctx.lastStepId) watch(ctx.lastStepId, event.target as Element);
      },
      ctx.listen,
    ),
  ];
  return () => {
    removers.forEach((remove) => remove());
    endWindow?.();
  };
}
