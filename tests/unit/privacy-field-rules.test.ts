/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyField, describeField, isSensitiveField, maskTypedText } from '../../lib/privacy/field-rules';
import { findSensitiveElements } from '../../lib/privacy/private-elements';

/** A value that must never appear in anything the recorder emits for a sensitive field. */
const canary = 'CANARY-4242-secret';

interface Row {
  kind: string;
  html: string;
  /** Value typed (or chosen) before describing the field. */
  value?: string;
  expected: 'sensitive' | 'typed' | 'choice';
  /** What describeField stores when typed text is not recorded. */
  stored?: string;
  mask?: string;
}

const rows: Row[] = [
  { kind: 'password', html: '<input type="password" name="pw">', value: canary, expected: 'sensitive' },
  { kind: 'hidden input', html: '<input type="hidden" name="token">', value: canary, expected: 'sensitive' },
  { kind: 'autocomplete cc-number', html: '<input name="x1" autocomplete="cc-number">', value: canary, expected: 'sensitive' },
  { kind: 'autocomplete cc-exp', html: '<input name="x2" autocomplete="billing cc-exp">', value: canary, expected: 'sensitive' },
  { kind: 'one-time code', html: '<input name="otp" autocomplete="one-time-code">', value: canary, expected: 'sensitive' },
  { kind: 'current-password on text', html: '<input type="text" autocomplete="current-password">', value: canary, expected: 'sensitive' },
  { kind: 'new-password', html: '<input type="text" autocomplete="new-password">', value: canary, expected: 'sensitive' },
  { kind: 'name cardNumber', html: '<input name="cardNumber">', value: canary, expected: 'sensitive' },
  { kind: 'id card-number', html: '<input id="card-number">', value: canary, expected: 'sensitive' },
  { kind: 'name cc_num', html: '<input name="cc_num">', value: canary, expected: 'sensitive' },
  { kind: 'label CVC', html: '<label>CVC <input name="code3"></label>', value: canary, expected: 'sensitive' },
  { kind: 'placeholder CVV', html: '<input name="f9" placeholder="CVV">', value: canary, expected: 'sensitive' },
  { kind: 'aria-label security code', html: '<input aria-label="Security code">', value: canary, expected: 'sensitive' },
  { kind: 'csc', html: '<input name="csc">', value: canary, expected: 'sensitive' },
  { kind: 'iban', html: '<label for="i">IBAN</label><input id="i">', value: canary, expected: 'sensitive' },
  { kind: 'ssn', html: '<input name="ssn">', value: canary, expected: 'sensitive' },
  { kind: 'social security', html: '<label>Social security number <input name="n1"></label>', value: canary, expected: 'sensitive' },
  { kind: 'numéro de carte', html: '<label>Numéro de carte <input name="n2"></label>', value: canary, expected: 'sensitive' },
  { kind: 'cryptogramme', html: '<input placeholder="Cryptogramme visuel">', value: canary, expected: 'sensitive' },
  { kind: 'card expiry', html: '<label>Card expiry <input name="e1"></label>', value: canary, expected: 'sensitive' },
  { kind: 'MM / YY placeholder', html: '<input name="e2" placeholder="MM / YY">', value: canary, expected: 'sensitive' },
  { kind: 'data-trailnote-mask container', html: '<div data-trailnote-mask><input name="nick"></div>', value: canary, expected: 'sensitive' },
  { kind: 'data-private', html: '<div data-private><input name="nick"></div>', value: canary, expected: 'sensitive' },
  { kind: '.rr-mask', html: '<div class="rr-mask"><textarea name="msg"></textarea></div>', value: canary, expected: 'sensitive' },
  { kind: 'data-hj-suppress', html: '<input name="nick" data-hj-suppress>', value: canary, expected: 'sensitive' },
  { kind: '.fs-mask', html: '<input name="nick" class="fs-mask">', value: canary, expected: 'sensitive' },
  { kind: 'email', html: '<input type="email" name="email">', value: 'Ann.Lee@example.com', expected: 'typed', mask: 'Aa@ ×19' },
  { kind: 'search', html: '<input type="search" name="q">', value: 'red shoes 42', expected: 'typed', mask: 'a9_ ×12' },
  { kind: 'textarea', html: '<textarea name="msg"></textarea>', value: 'Hi', expected: 'typed', mask: 'Aa ×2' },
  { kind: 'tel', html: '<input type="tel" name="phone">', value: '0612', expected: 'typed', mask: '9 ×4' },
  { kind: 'plain name field', html: '<label>First name <input name="first"></label>', value: 'Zoë', expected: 'typed', mask: 'Aa ×3' },
  { kind: 'select', html: '<select name="size"><option>S</option><option selected>M (medium)</option></select>', expected: 'choice', stored: 'M (medium)' },
  { kind: 'checkbox', html: '<label><input type="checkbox" name="news" checked> Newsletter</label>', expected: 'choice', stored: 'checked' },
  { kind: 'radio', html: '<label><input type="radio" name="ship" value="exp" checked> Express</label>', expected: 'choice', stored: 'checked: Express' },
  { kind: 'unchecked checkbox', html: '<input type="checkbox" name="gift">', expected: 'choice', stored: 'unchecked' },
];

function fieldIn(html: string, value?: string): Element {
  document.body.innerHTML = html;
  const field = document.body.querySelector('input,select,textarea') as HTMLInputElement;
  if (value !== undefined) field.value = value;
  return field;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('field classes and stored values', () => {
  it.each(rows)('$kind → $expected', ({ html, value, expected, stored, mask }) => {
    const field = fieldIn(html, value);
    expect(classifyField(field)).toBe(expected);
    expect(isSensitiveField(field)).toBe(expected === 'sensitive');
    const described = describeField(field, { recordTypedText: false });
    const json = JSON.stringify(described);
    if (expected === 'sensitive') {
      expect(described).toMatchObject({ masked: true, maskReason: 'sensitive' });
      expect(described.value).toBeUndefined();
      expect(described.mask).toBeUndefined();
      expect(json).not.toContain('CANARY');
      expect(json).not.toContain('4242');
    }
    if (expected === 'typed') expect(described).toEqual(expect.objectContaining({ masked: true, maskReason: 'typed', mask }));
    if (expected === 'choice') expect(described).toEqual(expect.objectContaining({ masked: false, value: stored }));
  });

  it('never stores a sensitive value, even when the journey records typed text', () => {
    for (const row of rows.filter((r) => r.expected === 'sensitive')) {
      const described = describeField(fieldIn(row.html, row.value), { recordTypedText: true });
      expect(JSON.stringify(described), row.kind).not.toContain('CANARY');
    }
  });

  it('stores typed text as typed when the journey records it', () => {
    expect(describeField(fieldIn('<input name="city">', 'Lyon'), { recordTypedText: true })).toEqual({
      label: '',
      name: 'city',
      type: 'text',
      masked: false,
      value: 'Lyon',
    });
  });

  it('keeps a field that was a password sensitive after "show password" made it text', () => {
    const field = fieldIn('<input type="text" name="pw">', canary);
    expect(classifyField(field, { wasPassword: true })).toBe('sensitive');
    expect(JSON.stringify(describeField(field, { recordTypedText: true, wasPassword: true }))).not.toContain('CANARY');
  });

  it('honours a mask marker on a shadow host around the field', () => {
    document.body.innerHTML = '<payment-box data-trailnote-mask></payment-box>';
    const host = document.querySelector('payment-box') as HTMLElement;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<input name="nickname">';
    expect(classifyField(root.querySelector('input') as Element)).toBe('sensitive');
  });
});

describe('maskTypedText', () => {
  it.each([
    ['', '×0'],
    ['abc', 'a ×3'],
    ['Paris 75', 'Aa9_ ×8'],
    ['été', 'a ×3'],
    ['🙂!', '@ ×2'],
  ])('%j → %j', (value, mask) => {
    expect(maskTypedText(value)).toBe(mask);
  });

  it('never contains a character of the value other than the class symbols', () => {
    const mask = maskTypedText('Secret Banana 12');
    expect(mask).not.toMatch(/[SBcnret]/);
  });
});

describe('findSensitiveElements', () => {
  it('finds sensitive fields, masked containers as a whole, and fields in open shadow roots', () => {
    document.body.innerHTML = `
      <input name="q"><input type="password" id="pw">
      <div data-private id="box"><input name="inside"><span>private</span></div>
      <x-card id="host"></x-card>`;
    const root = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<input name="cvc" id="cvc"><input name="city">';
    const ids = findSensitiveElements(document).map((el) => el.id);
    expect(ids.sort()).toEqual(['box', 'cvc', 'pw']);
  });
});
