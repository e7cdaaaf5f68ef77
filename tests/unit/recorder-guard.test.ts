/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedStep, RecorderEvent, StopRecorder } from '../../lib/contract/recorder-events';
import { startRecorder } from '../../lib/recorder/start-recorder';

let events: RecorderEvent[];
let reported: Array<{ where: string; message: string }>;
let stop: StopRecorder | undefined;

const kinds = () => events.flatMap<RecordedStep['kind']>((event) => (event.type === 'step' ? [event.step.kind] : []));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function start(): void {
  stop = startRecorder({
    emit: (event) => events.push(event),
    recordTypedText: false,
    window,
    acceptUntrusted: true,
    onError: (error, where) => reported.push({ where, message: (error as Error).message }),
  });
}

function fill(input: HTMLInputElement, value: string): void {
  input.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

beforeEach(() => {
  events = [];
  reported = [];
  document.body.innerHTML = `
    <span id="hostile">Hostile</span>
    <button type="button" id="plain">Plain</button>
    <form aria-label="Sign up" id="signup"><label>Email <input type="email" name="email" id="email"></label></form>`;
});

afterEach(() => {
  stop?.();
  stop = undefined;
  delete (window as { navigation?: unknown }).navigation;
});

describe('a recorder observer that throws', () => {
  it("is reported, and the other observers, the page's own handlers and later clicks go on", async () => {
    // A hostile DOM: the click recorder asks every node on the click's path for an attribute, and this one throws.
    const hostile = document.getElementById('hostile') as HTMLElement;
    hostile.hasAttribute = () => {
      throw new Error('hostile DOM');
    };
    start();
    await wait(0);
    let pageHandled = 0;
    window.addEventListener('click', () => pageHandled++);

    hostile.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
    fill(document.getElementById('email') as HTMLInputElement, 'ada@example.com');
    document.getElementById('signup')?.dispatchEvent(new Event('submit', { bubbles: true }));
    document.getElementById('plain')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));

    expect(reported).toEqual([{ where: 'recorder: click', message: 'hostile DOM' }]);
    expect(pageHandled).toBe(2);
    expect(kinds()).toEqual(['navigation', 'input', 'submit', 'click']);
  });

  it('that cannot even start is reported, and the rest record', async () => {
    // A page that broke the Navigation API the route watcher reads when it starts.
    Object.defineProperty(window, 'navigation', {
      configurable: true,
      get() {
        throw new Error('no navigation here');
      },
    });
    start();
    await wait(0);
    document.getElementById('plain')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));

    expect(reported).toEqual([{ where: 'recorder: routes', message: 'no navigation here' }]);
    expect(kinds()).toEqual(['navigation', 'click']);
  });
});
