/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordedStep, RecorderEvent, StopRecorder } from '../../lib/contract/recorder-events';
import { startRecorder } from '../../lib/recorder/start-recorder';

/**
 * Typing into a window that is never active (headless Firefox 140, Firefox on a display without a window manager)
 * fires each keystroke's `input` but no focus, blur or change event; a field the page removes or leaves while it
 * has focus never gets its `change` either. The field is recorded once the tester moves on, and only once.
 */
const passwordCanary = 'PW-CANARY-unfocused-9x';

let events: RecorderEvent[];
let stop: StopRecorder;

const fieldSteps = (): Array<Extract<RecordedStep, { kind: 'input' }>> => events.flatMap((event) => (event.type === 'step' && event.step.kind === 'input' ? [event.step] : []));
const labels = (): string[] => fieldSteps().map((step) => step.field.label ?? '');

/** Keystrokes with no focus change: the value grows and `input` fires, nothing else. */
function typeUnfocused(el: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  for (const character of text) {
    el.value += character;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: character }));
  }
}

const change = (el: Element): boolean => el.dispatchEvent(new Event('change', { bubbles: true }));
const pointerDown = (el: Element): boolean => el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
const byId = <T extends Element = HTMLInputElement>(id: string): T => document.getElementById(id) as unknown as T;

beforeEach(() => {
  events = [];
  document.title = 'Checkout';
  document.body.innerHTML = `
    <form aria-label="Checkout" id="checkout">
      <label>Full name <input name="fullName" id="name"></label>
      <label>Email <input type="email" name="email" id="email"></label>
      <label>Create a password <input type="password" name="password" id="password"></label>
      <label>Message <textarea name="message" id="message"></textarea></label>
      <label>Gift wrap <input type="checkbox" name="gift" id="gift"></label>
      <button type="submit" id="send">Send</button>
    </form>
    <h1 id="heading">Checkout</h1>`;
  stop = startRecorder({ emit: (event) => events.push(event), recordTypedText: false, window, acceptUntrusted: true });
});

afterEach(() => {
  stop?.();
  vi.restoreAllMocks();
});

/** How many `type` listeners added to `target` from now on are still there. */
function listenersAddedTo(target: EventTarget, type: string): () => number {
  const add = vi.spyOn(target, 'addEventListener');
  const remove = vi.spyOn(target, 'removeEventListener');
  return () => {
    const removed = new Set(remove.mock.calls.filter(([removedType]) => removedType === type).map(([, listener]) => listener));
    return add.mock.calls.filter(([addedType, listener]) => addedType === type && !removed.has(listener)).length;
  };
}

describe('fields whose change does not come', () => {
  it('records a typed field when the tester presses elsewhere, and not again when its change comes late', () => {
    typeUnfocused(byId('name'), 'Camille');
    expect(fieldSteps()).toHaveLength(0);
    pointerDown(byId('heading'));
    expect(fieldSteps().map((step) => step.field)).toEqual([{ label: 'Full name', name: 'fullName', type: 'text', masked: true, maskReason: 'typed', mask: 'Aa ×7' }]);
    change(byId('name'));
    expect(fieldSteps()).toHaveLength(1);
  });

  it('does not record a field while the tester presses inside it', () => {
    typeUnfocused(byId('name'), 'Cam');
    pointerDown(byId('name'));
    expect(fieldSteps()).toHaveLength(0);
  });

  it('records the field left behind when typing starts in another, and the last one when the form is sent', () => {
    typeUnfocused(byId('name'), 'Camille');
    typeUnfocused(byId('email'), 'c@example.com');
    expect(labels()).toEqual(['Full name']);
    typeUnfocused(byId<HTMLTextAreaElement>('message'), 'Leave it at the door');
    byId<HTMLFormElement>('checkout').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(labels()).toEqual(['Full name', 'Email', 'Message']);
  });

  it('records the field on Enter, and when the page is hidden or left', () => {
    typeUnfocused(byId('name'), 'Camille');
    byId('name').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(labels()).toEqual(['Full name']);
    typeUnfocused(byId('email'), 'c@example.com');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(labels()).toEqual(['Full name', 'Email']);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    typeUnfocused(byId<HTMLTextAreaElement>('message'), 'Ring twice');
    window.dispatchEvent(new Event('pagehide'));
    expect(labels()).toEqual(['Full name', 'Email', 'Message']);
  });

  it('hears the page being hidden or left only while a typed-in field waits: leaving costs the page no call otherwise (issue 19)', () => {
    const hearingLeave = listenersAddedTo(window, 'pagehide');
    const hearingHidden = listenersAddedTo(document, 'visibilitychange');
    typeUnfocused(byId('name'), 'Cam');
    expect([hearingLeave(), hearingHidden()]).toEqual([1, 1]);
    typeUnfocused(byId('email'), 'c@');
    expect([hearingLeave(), hearingHidden()]).toEqual([1, 1]);
    change(byId('email'));
    pointerDown(byId('heading'));
    expect(labels()).toEqual(['Full name', 'Email']);
    expect([hearingLeave(), hearingHidden()]).toEqual([0, 0]);
    typeUnfocused(byId<HTMLTextAreaElement>('message'), 'Ring');
    window.dispatchEvent(new Event('pagehide'));
    expect(labels()).toEqual(['Full name', 'Email', 'Message']);
    expect([hearingLeave(), hearingHidden()]).toEqual([0, 0]);
  });

  it('records a field again when the tester comes back and types more', () => {
    typeUnfocused(byId('name'), 'Cam');
    pointerDown(byId('heading'));
    typeUnfocused(byId('name'), 'ille');
    change(byId('name'));
    expect(fieldSteps().map((step) => step.field.mask)).toEqual(['Aa ×3', 'Aa ×7']);
  });

  it('keeps one step per field when change comes as usual', () => {
    typeUnfocused(byId('name'), 'Camille');
    change(byId('name'));
    pointerDown(byId('heading'));
    window.dispatchEvent(new Event('pagehide'));
    expect(labels()).toEqual(['Full name']);
  });

  it('leaves choices to their change event', () => {
    const gift = byId('gift');
    gift.checked = true;
    gift.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    pointerDown(byId('heading'));
    expect(fieldSteps()).toHaveLength(0);
    change(gift);
    expect(labels()).toEqual(['Gift wrap']);
  });

  it('never emits a password typed this way', () => {
    typeUnfocused(byId('password'), passwordCanary);
    pointerDown(byId('send'));
    expect(fieldSteps().map((step) => step.field)).toEqual([expect.objectContaining({ label: 'Create a password', masked: true, maskReason: 'sensitive' })]);
    expect(JSON.stringify(events)).not.toContain('CANARY');
  });
});
