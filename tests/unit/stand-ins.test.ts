/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { generatedPassword, meetsPattern, standIn, TEST_CARD_NUMBER, valueForPattern } from '../../lib/export/stand-ins';
import { describeField } from '../../lib/privacy/field-rules';

/**
 * Each stand-in is put into the field it stands for, described as the recorder describes it (its type, its
 * rules, what the mask kept), and the field's own validation must accept it.
 */
function fieldOf(html: string, typed: string): HTMLInputElement {
  document.body.innerHTML = `<form>${html}</form>`;
  const input = document.querySelector('input') as HTMLInputElement;
  input.value = typed;
  return input;
}

const cases: Array<{ what: string; html: string; typed: string; kind: string; check?: (value: string) => void }> = [
  {
    what: 'an email',
    html: '<label>Email <input type="email" name="email" required></label>',
    typed: 'camille@example.org',
    kind: 'email',
    check: (value) => expect(value).toMatch(/@example\.com$/),
  },
  { what: 'a short email field', html: '<label>Email <input type="email" maxlength="14"></label>', typed: 'a@b.fr', kind: 'email' },
  { what: 'a phone', html: '<label>Phone <input type="tel" name="phone"></label>', typed: '+33 6 12 34 56 78', kind: 'phone', check: (value) => expect(value).toMatch(/^\d{17}$/) },
  {
    what: 'a phone with a pattern',
    html: '<label>Phone <input type="tel" pattern="0[67][0-9]{8}" required></label>',
    typed: '0612345678',
    kind: 'phone',
    check: (value) => expect(value).toMatch(/^0[67]\d{8}$/),
  },
  {
    what: 'a one-time code',
    html: '<label>Code from your bank app <input autocomplete="one-time-code" inputmode="numeric" maxlength="6" minlength="6"></label>',
    typed: '482913',
    kind: 'one-time-code',
    check: (value) => expect(value).toMatch(/^\d{6}$/),
  },
  { what: 'a number', html: '<label>Guests <input type="number" min="2" max="8" required></label>', typed: '4', kind: 'number', check: (value) => expect(value).toBe('2') },
  {
    what: 'a number below 1',
    html: '<label>Ratio <input type="number" max="0" step="any"></label>',
    typed: '-3',
    kind: 'number',
    check: (value) => expect(Number(value)).toBeLessThanOrEqual(0),
  },
  {
    what: 'a number on a step of 5, with no min',
    html: '<label>Tickets <input type="number" step="5" max="100"></label>',
    typed: '15',
    kind: 'number',
    check: (value) => expect(value).toBe('5'),
  },
  {
    what: 'a quantity on half steps, all below 1',
    html: '<label>Kilograms <input type="number" step="0.5" max="0.75"></label>',
    typed: '-4',
    kind: 'number',
    check: (value) => expect(value).toBe('0.5'),
  },
  {
    what: 'a number whose step passes over 1 and whose max is off its step',
    html: '<label>Seats <input type="number" step="4" max="9"></label>',
    typed: '8',
    kind: 'number',
    check: (value) => expect(value).toBe('4'),
  },
  {
    what: 'a date',
    html: '<label>Arrival <input type="date" min="2031-05-01" max="2031-06-01"></label>',
    typed: '2031-05-20',
    kind: 'date',
    check: (value) => expect(value >= '2031-05-01' && value <= '2031-06-01' && /^\d{4}-\d\d-\d\d$/.test(value)).toBe(true),
  },
  {
    what: 'a card number',
    html: '<label>Card number <input name="cardnumber" autocomplete="cc-number" inputmode="numeric"></label>',
    typed: '5555555555554444',
    kind: 'card-number',
    check: (value) => expect(value).toBe(TEST_CARD_NUMBER),
  },
  {
    what: 'a card code',
    html: '<label>CVC <input name="cvc" autocomplete="cc-csc" maxlength="4"></label>',
    typed: '987',
    kind: 'card-code',
    check: (value) => expect(value).toMatch(/^\d{3,4}$/),
  },
  { what: 'a card expiry', html: '<label>Expiry <input autocomplete="cc-exp" pattern="\\d\\d/\\d\\d"></label>', typed: '09/29', kind: 'card-expiry' },
  {
    what: 'a long password',
    html: '<label>Passphrase <input type="password" minlength="20" required></label>',
    typed: 'correct-horse-battery-staple',
    kind: 'password',
    check: (value) => {
      expect(value.length).toBeGreaterThanOrEqual(20);
      expect(value).toMatch(/[A-Z]/);
      expect(value).toMatch(/\d/);
    },
  },
  {
    what: 'a password',
    html: '<label>Create a password <input type="password" autocomplete="new-password" minlength="10" maxlength="64" required></label>',
    typed: 'Hunter2-secret!',
    kind: 'password',
    check: (value) => {
      expect(value).toMatch(/[A-Z]/);
      expect(value).toMatch(/[a-z]/);
      expect(value).toMatch(/\d/);
      expect(value).toMatch(/[^A-Za-z0-9]/);
    },
  },
  {
    what: 'a name',
    html: '<label>Full name <input name="fullName" autocomplete="name" required></label>',
    typed: 'Camille Replay',
    kind: 'text',
    check: (value) => expect(value).toMatch(/^[A-Za-z]{14}$/),
  },
  {
    what: 'a postcode of digits',
    html: '<label>Postcode <input name="zip" pattern="\\d{5}"></label>',
    typed: '75011',
    kind: 'text',
    check: (value) => expect(value).toMatch(/^\d{5}$/),
  },
  {
    what: 'text longer than the field allows now',
    html: '<label>Nickname <input maxlength="4"></label>',
    typed: 'Camille',
    kind: 'text',
    check: (value) => expect(value).toHaveLength(4),
  },
  { what: 'an address', html: '<label>Website <input type="url"></label>', typed: 'https://camille.fr', kind: 'url' },
];

describe('stand-ins for masked values', () => {
  it.each(cases)('$what: a $kind the field accepts, never the typed value', ({ html, typed, kind, check }) => {
    const input = fieldOf(html, typed);
    const field = describeField(input, { recordTypedText: false });
    expect(field.masked).toBe(true);
    expect(JSON.stringify(field)).not.toContain(typed);
    const made = standIn(field, 7);
    expect(made.kind).toBe(kind);
    expect(made.value).not.toBe(typed);
    input.value = made.value;
    expect(input.checkValidity(), `${made.value} in ${html}`).toBe(true);
    // happy-dom checks patterns loosely: the browser's whole-value rule, checked here.
    expect(meetsPattern(made.value, input.getAttribute('pattern') ?? undefined)).toBe(true);
    check?.(made.value);
  });

  it('the recorder keeps the field rules a stand-in needs, and no value', () => {
    const input = fieldOf('<label>Code <input autocomplete="one-time-code" maxlength="6" pattern="[0-9]{6}" required></label>', '123987');
    expect(describeField(input, { recordTypedText: false })).toEqual({
      label: 'Code',
      name: '',
      type: 'text',
      masked: true,
      maskReason: 'sensitive',
      rules: { autocomplete: 'one-time-code', maxLength: 6, pattern: '[0-9]{6}', required: true },
    });
  });

  it("a masked menu replays its first option the tester could choose, whatever they chose; a menu of the tester's own keeps none", () => {
    document.body.innerHTML = `<form><label>Card type <select name="cardtype" autocomplete="cc-type">
      <option value="">Choose…</option><option value="visa" disabled>Visa (unavailable)</option>
      <option value="mastercard">Mastercard</option><option value="amex">American Express</option></select></label></form>`;
    const menu = document.querySelector('select') as HTMLSelectElement;
    menu.value = 'amex';
    const field = describeField(menu, { recordTypedText: false });
    expect(field).toMatchObject({ type: 'select-one', masked: true, maskReason: 'sensitive', rules: { autocomplete: 'cc-type', option: 'mastercard' } });
    expect(JSON.stringify(field)).not.toMatch(/amex|American/);
    const made = standIn(field, 7);
    expect(made).toEqual({ kind: 'option', value: 'mastercard' });
    menu.value = made.value;
    expect(menu.value).toBe('mastercard');

    // Saved cards and addresses: the options are the tester's. Ids, long numbers and addresses are not kept.
    for (const value of ['pm_1NxYzAbC2dE9', 'visa-4242', 'camille@example.org']) {
      document.body.innerHTML = `<form><label>Pay with <select name="savedcard" autocomplete="cc-number"><option value="${value}">Saved</option></select></label></form>`;
      const saved = describeField(document.querySelector('select') as HTMLSelectElement, { recordTypedText: false });
      expect(saved.masked).toBe(true);
      expect(JSON.stringify(saved), value).not.toContain(value);
    }
  });

  it('generates different passwords for different steps, within a short maximum', () => {
    expect(generatedPassword(3)).not.toBe(generatedPassword(4));
    const short = generatedPassword(5, 8);
    expect(short).toHaveLength(8);
    expect(short).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?=.*[^A-Za-z0-9])/);
  });

  it('reads a pattern whole, as the browser does, and ignores one it cannot read', () => {
    expect(meetsPattern('12345', '\\d{3}')).toBe(false);
    expect(meetsPattern('123', '\\d{3}')).toBe(true);
    expect(meetsPattern('abc', '[')).toBe(true);
  });

  it('finds the shortest value a simple pattern accepts, and gives up on what it does not read', () => {
    expect(valueForPattern('0[67][0-9]{8}')).toBe('0600000000');
    expect(valueForPattern('[A-Z]{2}\\d+-?x*')).toBe('AA1');
    expect(valueForPattern('(a|b)')).toBeUndefined();
    expect(valueForPattern('[^0-9]+')).toBeUndefined();
  });
});
