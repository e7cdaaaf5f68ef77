/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coverSensitiveFields } from '../../lib/recorder/cover';
import type { RecordedStep, RecorderEvent } from '../../lib/contract/recorder-events';
import { startRecorder } from '../../lib/recorder/start-recorder';
import type { StopRecorder } from '../../lib/contract/recorder-events';

const passwordCanary = 'PW-CANARY-hunter2';
const cardCanary = '4242424242424242';

let events: RecorderEvent[];
let stop: StopRecorder;

const steps = (): RecordedStep[] => events.flatMap((event) => (event.type === 'step' ? [event.step] : []));
const kinds = () => steps().map((step) => (step.kind === 'navigation' ? `navigation:${step.navigation}` : step.kind));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function click(el: Element, init: MouseEventInit = {}, type = 'click'): void {
  el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: 40, clientY: 12, detail: 1, ...init }));
}

function type(el: HTMLInputElement, value: string): void {
  el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  el.value = value;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

function start(recordTypedText = false): void {
  stop = startRecorder({ emit: (event) => events.push(event), recordTypedText, window, acceptUntrusted: true });
}

beforeEach(() => {
  events = [];
  history.replaceState(null, '', '/shop');
  document.title = 'Shop';
  document.body.innerHTML = `
    <nav><a href="/cart" data-testid="cart-link"><span>Cart</span></a></nav>
    <form aria-label="Checkout" id="checkout">
      <label>Email <input type="email" name="email" id="email"></label>
      <label>Password <input type="password" name="password" id="password"></label>
      <label>Card number <input name="cardnumber" id="card" autocomplete="off"></label>
      <label>Delivery <select name="delivery" id="delivery"><option value="standard">Standard</option><option value="express">Express</option></select></label>
      <button type="submit">Pay now</button>
    </form>
    <form id="search"><input type="search" name="q"><button>Search</button></form>`;
});

afterEach(() => stop?.());

describe('startRecorder', () => {
  it('emits a load step first, with the page url and title', async () => {
    start();
    await wait(0);
    expect(steps()[0]).toMatchObject({ kind: 'navigation', navigation: 'load', url: 'http://localhost:3000/shop', title: 'Shop' });
    expect(steps()[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(steps()[0].frameUrl).toBeUndefined();
  });

  it("records the press that started it, once, after the page step (issue 19: it starts at the tester's first action)", async () => {
    const startOnClick = (event: Event) => {
      stop = startRecorder({ emit: (recorded) => events.push(recorded), recordTypedText: false, window, acceptUntrusted: true, startedBy: event });
    };
    window.addEventListener('click', startOnClick, { capture: true, once: true });
    click(document.querySelector('a span') as Element);
    expect(kinds()).toEqual(['navigation:load', 'click']);
    expect(steps()[1]).toMatchObject({ target: { text: 'Cart', role: 'link' } });
    await wait(0);
    click(document.querySelector('a span') as Element);
    expect(kinds()).toEqual(['navigation:load', 'click', 'click']);
  });

  it('makes the page step as the page is left, if the recorder has not made it yet: also when leaving started it', async () => {
    const startOnLeave = (event: Event) => {
      stop = startRecorder({ emit: (recorded) => events.push(recorded), recordTypedText: false, window, acceptUntrusted: true, startedBy: event });
    };
    window.addEventListener('pagehide', startOnLeave, { capture: true, once: true });
    window.dispatchEvent(new Event('pagehide'));
    // In the event's own dispatch: the page is going, nothing later runs.
    expect(kinds()).toEqual(['navigation:load']);
    window.dispatchEvent(new Event('pagehide'));
    await wait(0);
    expect(kinds()).toEqual(['navigation:load']);
  });

  it('records a click on the link, not the span inside it, with the point', async () => {
    start();
    await wait(0);
    click(document.querySelector('a span') as Element);
    const step = steps().at(-1);
    expect(step).toMatchObject({
      kind: 'click',
      url: 'http://localhost:3000/shop',
      target: { text: 'Cart', role: 'link', tag: 'a', selectors: ['aria/Cart[role="link"]', '[data-testid="cart-link"]', 'xpath//html/body/nav/a'] },
      point: { x: 40, y: 12 },
    });
    expect(typeof step?.at).toBe('number');
  });

  it('records both clicks of a double click but not the dblclick, and middle clicks', async () => {
    start();
    await wait(0);
    const link = document.querySelector('a') as Element;
    click(link);
    click(link, { detail: 2 });
    click(link, { detail: 2 }, 'dblclick');
    click(link, { button: 1 }, 'auxclick');
    click(link, { button: 2 }, 'auxclick');
    expect(kinds()).toEqual(['navigation:load', 'click', 'click', 'click']);
  });

  it('takes no click step for clicks into fields or their labels: the change step tells what happened', async () => {
    start();
    await wait(0);
    const email = document.getElementById('email') as HTMLInputElement;
    // happy-dom, like a browser, follows the label's click with one on its control.
    click(email.closest('label') as HTMLLabelElement);
    click(email);
    click(document.getElementById('delivery') as Element);
    click(document.querySelector('button[type="submit"]') as Element);
    // The submit button's click submits its form (happy-dom does too): the submit names its click.
    expect(kinds()).toEqual(['navigation:load', 'click', 'submit']);
    expect(steps()[1]).toMatchObject({ target: { tag: 'button', text: 'Pay now' } });
    expect(steps()[2]).toMatchObject({ kind: 'submit', clickId: steps()[1].id });
  });

  it('ties a submit to the click of the same task only: a later submit (Enter, a timer) is a step of its own', async () => {
    start();
    await wait(0);
    const form = document.getElementById('checkout') as HTMLFormElement;
    // A page's own button whose handler sends the form: still the click's moment.
    form.insertAdjacentHTML('beforeend', '<div role="button" id="buy">Buy</div>');
    document.getElementById('buy')?.addEventListener('click', () => form.requestSubmit());
    click(document.getElementById('buy') as Element);
    const [, buy, sentByBuy] = steps();
    expect(sentByBuy).toMatchObject({ kind: 'submit', clickId: buy.id });
    await wait(0);
    form.dispatchEvent(new Event('submit', { bubbles: true }));
    expect(steps().at(-1)).toMatchObject({ kind: 'submit' });
    expect(steps().at(-1)).not.toHaveProperty('clickId');
  });

  it('ignores untrusted events unless the test switch is on', async () => {
    stop = startRecorder({ emit: (event) => events.push(event), recordTypedText: false, window });
    await wait(0);
    click(document.querySelector('a') as Element);
    expect(kinds()).toEqual(['navigation:load']);
  });

  it('records fields on change: typed text masked, choices stored', async () => {
    start();
    type(document.getElementById('email') as HTMLInputElement, 'ann@example.com');
    const select = document.getElementById('delivery') as HTMLSelectElement;
    select.selectedIndex = 1;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const inputs = steps().filter((step) => step.kind === 'input');
    expect(inputs.map((step) => step.kind === 'input' && step.field)).toEqual([
      { label: 'Email', name: 'email', type: 'email', masked: true, maskReason: 'typed', mask: 'a@ ×15' },
      // The option's value too: a replay selects by value.
      { label: 'Delivery', name: 'delivery', type: 'select-one', masked: false, value: 'Express', optionValue: 'express' },
    ]);
    expect(inputs[0]).toMatchObject({ target: { selectors: ['aria/Email[role="textbox"]', '#email', 'xpath///*[@id="email"]'] } });
    expect(JSON.stringify(events)).not.toContain('ann@');
  });

  it('never emits a password or card number, even with typed text recorded or "show password"', async () => {
    start(true);
    const password = document.getElementById('password') as HTMLInputElement;
    type(password, passwordCanary);
    // "Show password" turns the field into a text field; it still holds a password.
    password.type = 'text';
    type(password, `${passwordCanary}!`);
    type(document.getElementById('card') as HTMLInputElement, cardCanary);
    click(password);
    const json = JSON.stringify(events);
    expect(json).not.toContain('PW-CANARY');
    expect(json).not.toContain('hunter2');
    // The whole number: a short piece such as "4242" turns up in timestamps now and then.
    expect(json).not.toContain(cardCanary);
    expect(json).not.toContain(cardCanary.slice(-8));
    const fields = steps().flatMap((step) => (step.kind === 'input' ? [step.field] : []));
    expect(fields).toHaveLength(3);
    for (const field of fields) expect(field).toMatchObject({ masked: true, maskReason: 'sensitive' });
  });

  it('records the typed text itself when the journey asks for it', async () => {
    start(true);
    type(document.querySelector('[name=q]') as HTMLInputElement, 'red shoes');
    expect(steps().find((step) => step.kind === 'input')).toMatchObject({ field: { masked: false, value: 'red shoes' } });
  });

  it('records a form submit with the form name, or the submit button text', async () => {
    start();
    document.getElementById('checkout')?.dispatchEvent(new Event('submit', { bubbles: true }));
    document.getElementById('search')?.dispatchEvent(new Event('submit', { bubbles: true }));
    const submits = steps().filter((step) => step.kind === 'submit');
    expect(submits.map((step) => step.kind === 'submit' && [step.target.text, step.target.tag])).toEqual([
      ['Checkout', 'form'],
      ['Search', 'form'],
    ]);
  });

  it('says which fields a submitted form sends, by name and class, never their values', async () => {
    start();
    const form = document.getElementById('checkout') as HTMLFormElement;
    form.insertAdjacentHTML('beforeend', '<input type="hidden" name="csrf" value="nw-csrf-7f3a"><input type="submit" name="go" value="Pay">');
    type(document.getElementById('password') as HTMLInputElement, passwordCanary);
    form.dispatchEvent(new Event('submit', { bubbles: true }));
    const submit = steps().find((step) => step.kind === 'submit');
    expect(submit?.kind === 'submit' && submit.fields).toEqual([
      { name: 'email', fieldClass: 'typed' },
      { name: 'password', fieldClass: 'sensitive' },
      { name: 'cardnumber', fieldClass: 'sensitive' },
      { name: 'delivery', fieldClass: 'choice' },
      { name: 'csrf', fieldClass: 'sensitive' },
    ]);
    expect(JSON.stringify(events)).not.toContain(passwordCanary);
  });

  it('records fields and submits inside an open shadow root', async () => {
    const host = document.createElement('login-box');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<form><input name="user" aria-label="User name"><button>Log in</button></form>';
    start();
    type(root.querySelector('input') as HTMLInputElement, 'bob');
    root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true }));
    const [input, submit] = steps().filter((step) => step.kind === 'input' || step.kind === 'submit');
    expect(input).toMatchObject({ kind: 'input', field: { label: 'User name', mask: 'a ×3' }, target: { selectors: ['aria/User name[role="textbox"]', ['login-box', 'input']] } });
    expect(submit).toMatchObject({ kind: 'submit', target: { text: 'Log in' } });
  });

  it('records an SPA route change once the page settles, measured from the click', async () => {
    start();
    await wait(0);
    click(document.querySelector('a') as Element);
    history.pushState(null, '', '/cart?step=1');
    // The app fetches the view's data first: nothing changes on the page for 250 ms.
    setTimeout(() => {
      document.title = 'Cart';
      document.body.append(document.createElement('section'));
    }, 250);
    await wait(1100);
    const route = steps().find((step) => step.kind === 'navigation' && step.navigation === 'route');
    expect(route).toMatchObject({ url: 'http://localhost:3000/cart?step=1', title: 'Cart' });
    const settled = route?.kind === 'navigation' ? route.timing?.routeSettled : undefined;
    expect(settled).toBeGreaterThanOrEqual(240);
    expect(settled).toBeLessThan(800);
  });

  it('ignores clicks on the screenshot cover', async () => {
    start();
    const { uncover } = coverSensitiveFields(document, { coverTypedText: true, shade: 0 });
    const cover = document.querySelector('[data-trailnote-cover]') as Element;
    expect(cover).not.toBeNull();
    click(cover);
    expect(kinds()).not.toContain('click');
    uncover();
    expect(document.querySelector('[data-trailnote-cover]')).toBeNull();
  });

  it('stop removes every listener', async () => {
    start();
    await wait(0);
    stop();
    const before = events.length;
    click(document.querySelector('a') as Element);
    type(document.getElementById('email') as HTMLInputElement, 'x');
    document.getElementById('checkout')?.dispatchEvent(new Event('submit', { bubbles: true }));
    history.pushState(null, '', '/elsewhere');
    await wait(500);
    expect(events.length).toBe(before);
  });
});
