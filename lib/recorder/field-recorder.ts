import type { RecordedInput } from '../contract/recorder-events';
import { on, type Remove } from './listen';
import { describeField } from '../privacy/field-rules';
import { notePasswordField, wasPasswordField } from '../privacy/password-memory';
import type { RecorderContext } from './recorder-context';
import { onAcrossShadowRoots } from './shadow-listen';
import { describeElement } from './selectors';
import { stamp } from './stamp';

const formFields = new Set(['input', 'select', 'textarea']);

/** Fields whose value changes on every key are recorded once the tester is done (change), not per key. */
const noValueTypes = new Set(['button', 'submit', 'reset', 'image', 'file']);

function isEditingHost(el: Element): boolean {
  return (el as HTMLElement).isContentEditable === true || (el.getAttribute('contenteditable') ?? 'false') !== 'false';
}

/**
 * Filled-in fields: `change` for inputs, selects and textareas; leaving a contenteditable region whose text
 * changed. Remembers every field that was ever type=password, so that "show password" cannot leak it.
 */
export function recordFields(ctx: RecorderContext): Remove {
  const { win, emit } = ctx;
  const editableAtFocus = new WeakMap<Element, string>();

  const record = (el: Element): void => {
    const step: RecordedInput = {
      ...stamp(win),
      kind: 'input',
      target: describeElement(el, win),
      field: describeField(el, { recordTypedText: ctx.recordTypedText, wasPassword: wasPasswordField(el) }),
    };
    emit({ type: 'step', step });
  };

  const innermost = (event: Event): Element | undefined => {
    const node = event.composedPath()[0] as Element | undefined;
    return node?.nodeType === 1 ? node : undefined;
  };

  const removers = [
    on(
      win,
      'focusin',
      (event) => {
        const el = innermost(event);
        if (!el) return;
        notePasswordField(el);
        if (isEditingHost(el) && !formFields.has(el.localName)) editableAtFocus.set(el, el.textContent ?? '');
      },
      ctx.listen,
    ),
    on(
      win,
      'input',
      (event) => {
        const el = innermost(event);
        if (el) notePasswordField(el);
      },
      ctx.listen,
    ),
    onAcrossShadowRoots(
      win,
      'change',
      (event) => {
        const el = innermost(event);
        if (!el || !formFields.has(el.localName)) return;
        if (noValueTypes.has((el.getAttribute('type') ?? '').toLowerCase())) return;
        notePasswordField(el);
        record(el);
      },
      ctx.listen,
    ),
    on(
      win,
      'focusout',
      (event) => {
        const el = innermost(event);
        if (!el || !editableAtFocus.has(el)) return;
        const before = editableAtFocus.get(el);
        editableAtFocus.delete(el);
        if ((el.textContent ?? '') !== before) record(el);
      },
      ctx.listen,
    ),
  ];
  return () => removers.forEach((remove) => remove());
}
