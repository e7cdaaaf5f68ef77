import type { RecordedInput } from '../contract/recorder-events';
import { listenWhile, on, type Remove } from './listen';
import { describeField } from '../privacy/field-rules';
import { notePasswordField, wasPasswordField } from '../privacy/password-memory';
import type { RecorderContext } from './recorder-context';
import { onAcrossShadowRoots } from './shadow-listen';
import { describeElement } from './selectors';
import { stamp } from './stamp';

const formFields = new Set(['input', 'select', 'textarea']);

/** Fields whose value changes on every key are recorded once the tester is done (change), not per key. */
const noValueTypes = new Set(['button', 'submit', 'reset', 'image', 'file']);

/** Fields that take their value from typing: their `change` waits for focus to leave them. */
function isTypedInto(el: Element): boolean {
  if (el.localName === 'textarea') return true;
  if (el.localName !== 'input') return false;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  return !noValueTypes.has(type) && !['checkbox', 'radio', 'range', 'color', 'hidden'].includes(type);
}

const valueOf = (el: Element): string => (el as HTMLInputElement).value;

function isEditingHost(el: Element): boolean {
  return (el as HTMLElement).isContentEditable === true || (el.getAttribute('contenteditable') ?? 'false') !== 'false';
}

/**
 * Filled-in fields: `change` for inputs, selects and textareas; leaving a contenteditable region whose text
 * changed. Remembers every field that was ever type=password, so that "show password" cannot leak it.
 *
 * A typed-in field whose `change` does not come is recorded once the tester has moved on: a press elsewhere,
 * Enter, typing in another field, a form sent, the page hidden or left. Browsers fire `change` when focus leaves
 * the field, and focus does not always leave: a field the page removes or navigates away from while it has
 * focus never gets one, and in a Firefox window that is not active (headless Firefox 140, and Firefox on a
 * display without a window manager) no focus, blur or change event fires at all while every keystroke's
 * `input` does. A `change` that comes after such a step, with the value already recorded, is not a second step.
 */
export function recordFields(ctx: RecorderContext): Remove {
  const { win, emit } = ctx;
  const editableAtFocus = new WeakMap<Element, string>();
  /** Typed in since they were last recorded. */
  const typedInto = new Set<Element>();
  /** The value each field had when it was recorded before its `change` came. */
  const recordedBeforeChange = new WeakMap<Element, string>();

  const record = (el: Element): void => {
    const step: RecordedInput = {
      ...stamp(win),
      kind: 'input',
      target: describeElement(el, win),
      field: describeField(el, { recordTypedText: ctx.recordTypedText, wasPassword: wasPasswordField(el) }),
    };
    emit({ type: 'step', step });
  };

  /** Records the typed-in fields the tester has left behind (all of them but `stillIn`). */
  const recordLeftFields = (stillIn?: Element): void => {
    for (const el of typedInto) {
      if (el === stillIn) continue;
      typedInto.delete(el);
      recordedBeforeChange.set(el, valueOf(el));
      record(el);
    }
    hearLeaving.set(typedInto.size > 0);
  };

  /** The page hidden or left: heard only while a typed-in field waits, the page's last moments are not slowed for nothing. */
  const hearLeaving = listenWhile(() => [
    on(win, 'pagehide', () => recordLeftFields(), ctx.listen),
    on(
      win.document,
      'visibilitychange',
      () => {
        if (win.document.visibilityState === 'hidden') recordLeftFields();
      },
      ctx.listen,
    ),
  ]);

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
        if (!el) return;
        notePasswordField(el);
        if (!isTypedInto(el)) return;
        recordLeftFields(el);
        typedInto.add(el);
        hearLeaving.set(true);
        recordedBeforeChange.delete(el);
      },
      ctx.listen,
    ),
    on(win, 'pointerdown', (event) => recordLeftFields(innermost(event)), ctx.listen),
    on(
      win,
      'keydown',
      (event) => {
        // Enter in a one-line field is the tester done with it (browsers fire change on it too).
        const el = innermost(event);
        if (event.key === 'Enter' && el?.localName === 'input' && typedInto.has(el)) recordLeftFields();
      },
      ctx.listen,
    ),
    onAcrossShadowRoots(win, 'submit', () => recordLeftFields(), ctx.listen),
    onAcrossShadowRoots(
      win,
      'change',
      (event) => {
        const el = innermost(event);
        if (!el || !formFields.has(el.localName)) return;
        if (noValueTypes.has((el.getAttribute('type') ?? '').toLowerCase())) return;
        notePasswordField(el);
        typedInto.delete(el);
        hearLeaving.set(typedInto.size > 0);
        const recorded = recordedBeforeChange.get(el);
        recordedBeforeChange.delete(el);
        if (recorded !== undefined && recorded === valueOf(el)) return;
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
  return () => [...removers, hearLeaving.remove].forEach((remove) => remove());
}
