import type { RecordedClick } from '../contract/recorder-events';
import { coverAttribute } from './cover';
import { on, type Remove } from './listen';
import type { RecorderContext } from './recorder-context';
import { describeElement, targetElement } from './selectors';
import { stamp } from './stamp';

/**
 * The click position in the top viewport. A subframe adds its frame elements' offsets while it may read
 * them; a cross-origin ancestor hides its layout, and then there is no point rather than a wrong one.
 */
export function clickPoint(event: MouseEvent, win: Window): RecordedClick['point'] {
  // A click from the keyboard (Enter on a button) has no pointer position.
  if (event.detail === 0 && event.clientX === 0 && event.clientY === 0) return undefined;
  let x = event.clientX;
  let y = event.clientY;
  let current = win;
  try {
    while (current !== current.top) {
      const frame = current.frameElement;
      if (!frame) return undefined;
      const rect = frame.getBoundingClientRect();
      const style = current.parent.getComputedStyle(frame);
      x += rect.left + frame.clientLeft + (parseFloat(style.paddingLeft) || 0);
      y += rect.top + frame.clientTop + (parseFloat(style.paddingTop) || 0);
      current = current.parent;
    }
  } catch {
    return undefined;
  }
  return { x: Math.round(x), y: Math.round(y), viewportWidth: current.innerWidth, viewportHeight: current.innerHeight };
}

const buttonTypes = new Set(['button', 'submit', 'reset', 'image']);

/**
 * Where in its element the click landed, in CSS pixels from the element's top left, as Chrome Recorder's
 * offsetX/offsetY: a replay clicks there (a rounded button's corner is not the button). A click from the
 * keyboard has no position: the element's middle.
 */
export function clickOffset(event: MouseEvent, element: Element): RecordedClick['offset'] {
  const box = element.getBoundingClientRect();
  const fromKeyboard = event.detail === 0 && event.clientX === 0 && event.clientY === 0;
  const x = fromKeyboard ? box.width / 2 : event.clientX - box.left;
  const y = fromKeyboard ? box.height / 2 : event.clientY - box.top;
  return { x: Math.max(0, Math.round(x)), y: Math.max(0, Math.round(y)) };
}

/**
 * The click the browser makes on a form's default button when Enter is pressed in one of its fields
 * (implicit submission, https://html.spec.whatwg.org/#implicit-submission): a click without a pointer on a
 * submit button while the focus stays in a field of its form. A replay presses Enter there, as the tester did.
 */
export function isEnterSubmission(event: MouseEvent, target: EventTarget | undefined): boolean {
  if (event.detail !== 0 || !target || !('form' in (target as object))) return false;
  const button = target as HTMLButtonElement | HTMLInputElement;
  const submits = button.localName === 'button' ? button.type === 'submit' : button.localName === 'input' && (button.type === 'submit' || button.type === 'image');
  if (!submits || !button.form) return false;
  let focused = button.ownerDocument.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return !!focused && focused !== button && (focused as HTMLInputElement).form === button.form;
}

/**
 * A click that only puts the caret in a field or ticks a box: the field's change step tells the journey
 * what happened ("Chose “checked” in “Subscribe”"), so the click would be noise beside it.
 */
function answeredByChange(element: Element | null | undefined): boolean {
  if (!element) return false;
  switch (element.localName) {
    case 'label':
      return answeredByChange((element as HTMLLabelElement).control);
    case 'select':
    case 'option':
    case 'textarea':
      return true;
    case 'input':
      return !buttonTypes.has((element as HTMLInputElement).type);
    default:
      return false;
  }
}

/**
 * Marks the click as the one of the running task. A submit it causes is dispatched in the same task (the
 * button's default action, or `requestSubmit()` in the page's handler); a timer runs only after it.
 */
function inThisTask(ctx: RecorderContext, stepId: string): void {
  ctx.clickInTask = stepId;
  ctx.win.setTimeout(() => {
    if (ctx.clickInTask === stepId) ctx.clickInTask = undefined;
  }, 0);
}

/**
 * Clicks, and middle clicks (auxclick) that open links in a new tab. A double click is two clicks, both
 * recorded; the `dblclick` event itself is not listened to, so it is no extra step.
 */
export function recordClicks(ctx: RecorderContext): Remove {
  const { win, emit } = ctx;
  let labelClick: { control: Element; at: number } | undefined;
  const handle = (event: MouseEvent): void => {
    if (event.type === 'auxclick' && event.button !== 1) return;
    const path = event.composedPath();
    if (path.some((node) => (node as Element).hasAttribute?.(coverAttribute))) return;
    // A click on a <label> makes the browser click its control too (a trusted event): one step, not two.
    const now = win.performance.now();
    const forwarded = labelClick?.control === path[0] && now - labelClick.at < 100;
    const label = path.find((node): node is HTMLLabelElement => (node as Element).localName === 'label');
    const control = label?.control;
    labelClick = control && !path.includes(control) ? { control, at: now } : undefined;
    ctx.lastClickAt = now;
    if (forwarded || answeredByChange(path[0] as Element) || answeredByChange(label)) return;
    const point = clickPoint(event, win);
    const byEnter = isEnterSubmission(event, path[0]);
    const element = targetElement(path, win);
    const offset = clickOffset(event, element);
    const step: RecordedClick = { ...stamp(win), kind: 'click', target: describeElement(element, win), ...(point && { point }), offset, ...(byEnter && { byEnter }) };
    emit({ type: 'step', step });
    inThisTask(ctx, step.id);
  };
  const removers = [on(win, 'click', handle, ctx.listen), on(win, 'auxclick', handle, ctx.listen)];
  return () => removers.forEach((remove) => remove());
}
