/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { becameRage, nextBurst, type ClickBurst } from '../../lib/recorder/click-burst';
import type { RecordedSignal, RecorderEvent, StopRecorder } from '../../lib/contract/recorder-events';
import { SIGNAL_THRESHOLDS } from '../../lib/journey/signal-thresholds';
import { pageErrorEvent, relayPageErrors } from '../../lib/recorder/page-error-relay';
import { startRecorder } from '../../lib/recorder/start-recorder';

const { clicks: rageClicks, withinMs, radiusPx } = SIGNAL_THRESHOLDS.rageClick;

/** The burst after clicks at (x, y, at), from nothing. */
const burstOf = (clicks: Array<[number, number, number]>): ClickBurst | undefined =>
  clicks.reduce<ClickBurst | undefined>((burst, [x, y, at]) => nextBurst(burst, { x, y, at }), undefined);

describe('rage click bursts (PostHog: 3 clicks within 1 s within 30 px)', () => {
  it('makes a rage click of the 3rd click at the time and radius limits', () => {
    const burst = burstOf([
      [100, 100, 0],
      [100 + radiusPx, 100, withinMs / 2],
      [100, 100 + radiusPx, withinMs],
    ]);
    expect(burst?.clicks).toBe(rageClicks);
    expect(becameRage(burst!)).toBe(true);
  });

  it('is not one with a click just under the count', () => {
    const burst = burstOf([
      [100, 100, 0],
      [100, 100, 10],
    ]);
    expect(becameRage(burst!)).toBe(false);
  });

  it('starts again when a click comes just over the time limit', () => {
    const burst = burstOf([
      [100, 100, 0],
      [100, 100, 10],
      [100, 100, withinMs + 1],
    ]);
    expect(burst?.clicks).toBe(1);
  });

  it('starts again when a click lands just over the radius', () => {
    const burst = burstOf([
      [100, 100, 0],
      [100, 100, 10],
      [100 + radiusPx + 1, 100, 20],
    ]);
    expect(burst?.clicks).toBe(1);
  });

  it('reports a longer burst once, on its 3rd click', () => {
    let burst: ClickBurst | undefined;
    const reports = [0, 100, 200, 300, 400].map((at) => becameRage((burst = nextBurst(burst, { x: 5, y: 5, at }))));
    expect(reports).toEqual([false, false, true, false, false]);
  });
});

describe('detectors in the recorder', () => {
  let events: RecorderEvent[];
  let stop: StopRecorder;
  const signals = (): RecordedSignal[] => events.flatMap((event) => (event.type === 'signal' ? [event.signal] : []));
  const clickIds = (): string[] => events.flatMap((event) => (event.type === 'step' && event.step.kind === 'click' ? [event.step.id] : []));
  const click = (el: Element, x = 40, y = 12): void => void el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y, detail: 1 }));

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    events = [];
    document.body.innerHTML = `
      <button id="dead">Apply coupon</button>
      <button id="alive">Show details</button><p id="details" hidden>Waterproof to 3000 mm.</p>
      <button id="minus" aria-label="Decrease quantity">−</button>
      <p id="text">Plain words a tester may triple-click.</p>
      <input id="name" type="text">`;
    document.getElementById('alive')!.addEventListener('click', () => document.getElementById('details')!.removeAttribute('hidden'));
    stop = startRecorder({ emit: (event) => events.push(event), recordTypedText: false, window, acceptUntrusted: true });
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('reports a dead click on a button that does nothing, once its window is over, on its step', async () => {
    click(document.getElementById('dead')!);
    await vi.advanceTimersByTimeAsync(SIGNAL_THRESHOLDS.deadClick.windowMs - 1);
    expect(signals()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(signals()).toEqual([{ stepId: clickIds()[0], kind: 'dead-click', evidence: { windowMs: SIGNAL_THRESHOLDS.deadClick.windowMs, clicks: 1 } }]);
  });

  it('reports no dead click when the page answers the click', async () => {
    click(document.getElementById('alive')!);
    await vi.advanceTimersByTimeAsync(SIGNAL_THRESHOLDS.deadClick.windowMs * 2);
    expect(clickIds()).toHaveLength(1);
    expect(signals()).toEqual([]);
  });

  it('reports three quick presses on a dead button as a rage click on the 3rd step and one dead click on the 1st', async () => {
    const dead = document.getElementById('dead')!;
    click(dead);
    click(dead);
    click(dead);
    await vi.advanceTimersByTimeAsync(SIGNAL_THRESHOLDS.deadClick.windowMs);
    const ids = clickIds();
    expect(signals()).toEqual([
      { stepId: ids[2], kind: 'rage-click', evidence: { clicks: 3, spanMs: expect.any(Number) as number } },
      { stepId: ids[0], kind: 'dead-click', evidence: { windowMs: SIGNAL_THRESHOLDS.deadClick.windowMs, clicks: 3 } },
    ]);
  });

  it('cries no wolf on a quantity stepper pressed quickly, text triple-clicked to select it, or a double click on a button that answers', async () => {
    const minus = document.getElementById('minus')!;
    minus.addEventListener('click', () => minus.setAttribute('data-count', String(Math.random())));
    for (let press = 0; press < 4; press++) click(minus);
    const text = document.getElementById('text')!;
    click(text);
    click(text);
    // The browser selects the paragraph on the third click, before its click event.
    window.getSelection()!.selectAllChildren(text);
    click(text);
    const alive = document.getElementById('alive')!;
    click(alive);
    click(alive);
    await vi.advanceTimersByTimeAsync(SIGNAL_THRESHOLDS.deadClick.windowMs);
    expect(clickIds()).toHaveLength(9);
    expect(signals()).toEqual([]);
  });

  it('reports an error click when the page throws within the window after a click, not just over it', async () => {
    const alive = document.getElementById('alive')!;
    click(alive);
    await vi.advanceTimersByTimeAsync(SIGNAL_THRESHOLDS.errorClick.windowMs - 1);
    document.dispatchEvent(new Event(pageErrorEvent));
    document.dispatchEvent(new Event(pageErrorEvent));
    click(alive);
    await vi.advanceTimersByTimeAsync(SIGNAL_THRESHOLDS.errorClick.windowMs);
    document.dispatchEvent(new Event(pageErrorEvent));
    expect(signals()).toEqual([{ stepId: clickIds()[0], kind: 'error-click', evidence: { afterMs: expect.any(Number) as number } }]);
  });

  it('reports a form error when a submit press makes a field invalid or an alert speak, within the window; not a polite status', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<form id="promo"><input id="code" name="code"><button id="redeem">Redeem</button><p id="alert" role="alert"></p><p id="status" role="status"></p></form>
       <form id="cart"><button id="add">Add to cart</button></form>`,
    );
    document.getElementById('promo')!.addEventListener('submit', (event) => {
      event.preventDefault();
      document.getElementById('code')!.setAttribute('aria-invalid', 'true');
      document.getElementById('alert')!.textContent = 'This code has expired.';
    });
    document.getElementById('cart')!.addEventListener('submit', (event) => {
      event.preventDefault();
      document.getElementById('status')!.textContent = 'Added to cart';
    });
    click(document.getElementById('add')!);
    await vi.advanceTimersByTimeAsync(SIGNAL_THRESHOLDS.formError.windowMs);
    expect(signals()).toEqual([]);
    click(document.getElementById('redeem')!);
    await vi.advanceTimersByTimeAsync(SIGNAL_THRESHOLDS.formError.windowMs);
    const redeem = clickIds()[1];
    expect(signals().filter((signal) => signal.kind === 'form-error')).toEqual([
      { stepId: redeem, kind: 'form-error', evidence: { fields: 1, messages: expect.any(Number) as number }, message: 'This code has expired.' },
    ]);
  });

  it('keeps a form’s message with every typed value in it masked as its step keeps it, a private one redacted', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<form id="member"><input id="code" name="code"><input id="pin" type="password"><input id="no" name="initials">
       <button id="check">Check</button><p id="said" role="alert"></p></form>`,
    );
    const typed = (id: string, value: string) => void ((document.getElementById(id) as HTMLInputElement).value = value);
    typed('code', 'Canary7731');
    typed('pin', 's3cret-pin');
    typed('no', 'No');
    document.getElementById('member')!.addEventListener('submit', (event) => {
      event.preventDefault();
      // The page repeats the values, in another case too; "No" stands as a word once, and inside "Not" and "Nobody".
      document.getElementById('said')!.textContent = 'No. Nobody has CANARY7731 (canary7731) with PIN s3cret-pin. Not ok.';
    });
    click(document.getElementById('check')!);
    await vi.advanceTimersByTimeAsync(SIGNAL_THRESHOLDS.formError.windowMs);
    const [signal] = signals().filter((candidate) => candidate.kind === 'form-error');
    expect(signal.message).toBe('[masked:Aa×2]. Nobody has [masked:Aa9×10] ([masked:Aa9×10]) with PIN [redacted]. Not ok.');
  });

  it('keeps the message a field turned invalid points to, and none from a private region', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<form id="mail"><input id="email" name="email" aria-errormessage="email-error"><button id="join">Join</button><p id="email-error"></p></form>
       <form id="card" data-private><button id="pay">Pay</button><p id="card-error" role="alert"></p></form>`,
    );
    document.getElementById('mail')!.addEventListener('submit', (event) => {
      event.preventDefault();
      document.getElementById('email-error')!.textContent = 'Enter an address like ann@example.com';
      document.getElementById('email')!.setAttribute('aria-invalid', 'true');
    });
    document.getElementById('card')!.addEventListener('submit', (event) => {
      event.preventDefault();
      document.getElementById('card-error')!.textContent = 'Card 4111 declined';
    });
    click(document.getElementById('join')!);
    await vi.advanceTimersByTimeAsync(SIGNAL_THRESHOLDS.formError.windowMs);
    click(document.getElementById('pay')!);
    await vi.advanceTimersByTimeAsync(SIGNAL_THRESHOLDS.formError.windowMs);
    expect(signals().map((signal) => signal.message)).toEqual(['Enter an address like ann@example.com', undefined]);
  });

  it('reports a field the browser marks :user-invalid and nothing else, after a submit or its change, with the message it points to', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<form id="size" novalidate><input id="waist" name="waist" pattern="[0-9]+" aria-errormessage="waist-hint"><p id="waist-hint">Digits only</p>
       <button id="find">Find my size</button></form><input id="postcode" name="postcode">`,
    );
    // happy-dom knows no user validity: the browser's mark is played by hand, set by the tester's action.
    const userInvalid = new Set<Element>();
    const marks = (id: string) => {
      const field = document.getElementById(id)!;
      const matches = field.matches.bind(field);
      field.matches = (selector: string) => (selector === ':user-invalid' ? userInvalid.has(field) : matches(selector));
      return field;
    };
    const waist = marks('waist');
    const postcode = marks('postcode');
    document.getElementById('size')!.addEventListener('submit', (event) => {
      event.preventDefault();
      userInvalid.add(waist);
    });
    click(document.getElementById('find')!);
    await vi.advanceTimersByTimeAsync(SIGNAL_THRESHOLDS.formError.windowMs);
    // A field changed to a valid value is not one; the same field marked by its change is.
    postcode.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(SIGNAL_THRESHOLDS.formError.windowMs);
    userInvalid.add(postcode);
    postcode.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(SIGNAL_THRESHOLDS.formError.windowMs);
    expect(signals().filter((signal) => signal.kind === 'form-error')).toEqual([
      { stepId: clickIds()[0], kind: 'form-error', evidence: { fields: 1, messages: 0 }, message: 'Digits only' },
      { stepId: expect.any(String) as string, kind: 'form-error', evidence: { fields: 1, messages: 0 } },
    ]);
  });

  it('reports no form error for an alert that speaks just after the window', async () => {
    document.body.insertAdjacentHTML('beforeend', `<form id="late"><button id="send">Send</button><p id="later" role="alert"></p></form>`);
    document.getElementById('late')!.addEventListener('submit', (event) => {
      event.preventDefault();
      setTimeout(() => (document.getElementById('later')!.textContent = 'Too late'), SIGNAL_THRESHOLDS.formError.windowMs + 1);
    });
    click(document.getElementById('send')!);
    await vi.advanceTimersByTimeAsync(SIGNAL_THRESHOLDS.formError.windowMs * 2);
    expect(signals().filter((signal) => signal.kind === 'form-error')).toEqual([]);
  });

  it('hears no page error without a click first', () => {
    document.dispatchEvent(new Event(pageErrorEvent));
    expect(signals()).toEqual([]);
  });

  it('relays the page’s own uncaught errors and rejections, without their words', () => {
    const heard: Event[] = [];
    document.addEventListener(pageErrorEvent, (event) => heard.push(event));
    relayPageErrors(window);
    relayPageErrors(window);
    window.dispatchEvent(new ErrorEvent('error', { message: 'secret words' }));
    window.dispatchEvent(new Event('unhandledrejection'));
    document.body.dispatchEvent(new Event('error'));
    expect(heard).toHaveLength(2);
    expect(heard.every((event) => !('detail' in event))).toBe(true);
  });

  it('leaves no observer or timer behind when stopped mid-window', async () => {
    click(document.getElementById('dead')!);
    stop();
    await vi.advanceTimersByTimeAsync(SIGNAL_THRESHOLDS.deadClick.windowMs);
    expect(signals()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('slow clicks (Event Timing: a click over 200 ms to its next paint)', () => {
  const { interactionMs } = SIGNAL_THRESHOLDS.slowPage;

  /** A PerformanceObserver for 'event' entries that the test feeds, as the browser would after the next paint. */
  class FakeObserver {
    static supportedEntryTypes = ['event'];
    static live = new Set<FakeObserver>();
    options: PerformanceObserverInit | undefined;
    queued: Array<{ name: string; startTime: number; duration: number }> = [];
    constructor(private readonly callback: (list: { getEntries(): unknown[] }) => void) {}
    observe(options: PerformanceObserverInit): void {
      this.options = options;
      FakeObserver.live.add(this);
    }
    disconnect(): void {
      FakeObserver.live.delete(this);
    }
    takeRecords(): unknown[] {
      return this.queued.splice(0);
    }
    deliver(entries: Array<{ name: string; startTime: number; duration: number }>): void {
      this.callback({ getEntries: () => entries });
    }
  }

  let events: RecorderEvent[];
  let stop: StopRecorder;
  let clickedAt: number[];
  const noteClick = (event: Event): void => void clickedAt.push(event.timeStamp);
  const signals = (): RecordedSignal[] => events.flatMap((event) => (event.type === 'signal' ? [event.signal] : []));
  const press = (): void => {
    document.getElementById('compare')!.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 10, clientY: 10, detail: 1 }));
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    Object.defineProperty(window, 'PerformanceObserver', { value: FakeObserver, configurable: true, writable: true });
    FakeObserver.live.clear();
    events = [];
    clickedAt = [];
    document.body.innerHTML = '<button id="compare">Compare prices</button>';
    document.addEventListener('click', noteClick);
    stop = startRecorder({ emit: (event) => events.push(event), recordTypedText: false, window, acceptUntrusted: true });
  });
  afterEach(() => {
    stop();
    document.removeEventListener('click', noteClick);
    vi.useRealTimers();
  });

  const observerOfClick = (): FakeObserver => [...FakeObserver.live].find((observer) => observer.options?.type === 'event')!;

  it('reports a click whose entry lasts just over the limit as a slow page on its step; at the limit, nothing', () => {
    press();
    const slow = observerOfClick();
    expect(slow.options).toMatchObject({ type: 'event', durationThreshold: interactionMs });
    slow.deliver([{ name: 'click', startTime: clickedAt[0], duration: interactionMs + 1 }]);
    press();
    observerOfClick().deliver([{ name: 'click', startTime: clickedAt[1], duration: interactionMs }]);
    const clicks = events.flatMap((event) => (event.type === 'step' && event.step.kind === 'click' ? [event.step.id] : []));
    expect(signals()).toEqual([{ stepId: clicks[0], kind: 'slow-page', evidence: { interactionMs: interactionMs + 1 } }]);
    expect(FakeObserver.live.size).toBe(0);
  });

  it('takes only its own click’s entry, and ends with its watch, leaving no observer or timer', async () => {
    press();
    const observer = observerOfClick();
    observer.deliver([
      { name: 'pointerdown', startTime: clickedAt[0], duration: 900 },
      { name: 'click', startTime: clickedAt[0] - 50, duration: 900 },
    ]);
    expect(FakeObserver.live.size).toBe(1);
    // An entry still queued when the watch ends is read then.
    observer.queued.push({ name: 'click', startTime: clickedAt[0], duration: 640 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(
      signals()
        .filter((signal) => signal.kind === 'slow-page')
        .map((signal) => signal.evidence),
    ).toEqual([{ interactionMs: 640 }]);
    expect(FakeObserver.live.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('watches nothing between clicks', () => {
    expect(FakeObserver.live.size).toBe(0);
  });
});
