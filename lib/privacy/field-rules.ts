import type { FieldRules, StepField } from '../journey/types';
import { accessibleName } from '../dom/accessible-name';
import { wasPasswordField } from './password-memory';

/**
 * The privacy rules of docs/architecture.md as data: which fields' values are never stored (sensitive), which are
 * stored only as a mask unless the journey records typed text (typed), and which are stored (choice).
 * When in doubt a rule says "sensitive": a lost value is a small loss, a stored card number is not.
 */

export type FieldClass = 'sensitive' | 'typed' | 'choice';

export interface FieldFacts {
  /** The field was type=password at some point (a "show password" toggle changed it since). */
  wasPassword?: boolean;
}

/** Containers whose whole content is private: ours, and the markers other recorders' users already set. */
export const maskedContainerSelector = '[data-trailnote-mask],[data-private],.rr-mask,[data-hj-suppress],.fs-mask';

const sensitiveTypes = new Set(['password', 'hidden']);

/** autocomplete tokens (https://html.spec.whatwg.org/#autofill-field) that name secrets. */
const sensitiveAutocomplete = [/^cc-/, /^one-time-code$/, /^current-password$/, /^new-password$/];

/**
 * Matched against the field's name, id, label, placeholder and aria-label, after normalising (lowercase,
 * accents removed, camelCase and punctuation turned into spaces): "cardNumber" → "card number".
 */
const sensitiveWords: Array<{ why: string; pattern: RegExp }> = [
  { why: 'card number', pattern: /\bcard ?(number|num|no|nr)\b|\bcardnumber\b|\bccnum|\bpan\b/ },
  { why: 'card number (fr)', pattern: /\bnumero (de (la )?)?carte\b/ },
  { why: 'card number placeholder', pattern: /\b\d{4} \d{4} \d{4} \d{4}\b/ },
  { why: 'cc', pattern: /\bcc\b|\bcc(number|num|no|exp|cvc|cvv|csc)\b/ },
  { why: 'card code', pattern: /\b(cvc|cvv|csc|cvc2|cvv2|cvn)\b/ },
  { why: 'security code', pattern: /\bsecurity code\b|\bcode (de )?securite\b|\bcryptogramme\b|\bcrypto\b/ },
  { why: 'card expiry', pattern: /\b(card|carte|cc) ?(exp|expiry|expiration|expires)\b|\b(exp|expiry|expiration)\b.*\b(card|carte)\b/ },
  { why: 'card expiry (fr)', pattern: /\bdate d ?expiration\b|\bexp (month|year|date|mm|yy)\b|\bmm ?\/ ?(yy|aa)\b/ },
  { why: 'iban', pattern: /\biban\b/ },
  { why: 'ssn', pattern: /\bssn\b|\bsocial security\b|\bsecurite sociale\b/ },
];

/** Words that name a password or a one-time code, where no input type says so (a Recorder flow's selectors). */
const secretWords = /\bpass ?(word|wd|phrase)?\b|\bpwd\b|\bpasswd\b|\bsecret\b|\bmot de passe\b|\bmdp\b|\bpin\b|\botp\b|\bone time (code|password)\b/;

/** True when a field's name or label names a card, bank or identity number: the recorder's word rules. */
export function namesSensitive(text: string): boolean {
  const words = normaliseWords(text);
  return sensitiveWords.some((rule) => rule.pattern.test(words));
}

/**
 * True when a field's label or selectors name any secret, passwords and codes included: for fields known
 * only by description (a Chrome Recorder flow), where no input type says "password".
 */
export function namesSecret(text: string): boolean {
  return secretWords.test(normaliseWords(text)) || namesSensitive(text);
}

/** Lowercase words without accents, so "numéroDeCarte" and "Numéro de carte" read the same. */
export function normaliseWords(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();
}

/** True when the element or any ancestor, across shadow hosts, is a masked container. */
export function isInMaskedContainer(el: Element): boolean {
  for (let node: Element | null = el; node;) {
    if (node.closest(maskedContainerSelector)) return true;
    const root = node.getRootNode();
    node = root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
  }
  return false;
}

function looksSensitive(el: Element): boolean {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (el.localName === 'input' && sensitiveTypes.has(type)) return true;
  const autocomplete = (el.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  if (autocomplete.some((token) => sensitiveAutocomplete.some((rule) => rule.test(token)))) return true;
  const words = [el.getAttribute('name'), el.getAttribute('id'), el.getAttribute('placeholder'), el.getAttribute('aria-label'), accessibleName(el)]
    .filter(Boolean)
    .map((text) => normaliseWords(text ?? ''))
    .join(' | ');
  if (sensitiveWords.some((rule) => rule.pattern.test(words))) return true;
  return isInMaskedContainer(el);
}

export function isSensitiveField(el: Element): boolean {
  return looksSensitive(el) || wasPasswordField(el);
}

/** Field types (as describeField names them) whose value is a choice, stored in clear. */
const choiceTypes = new Set(['select-one', 'select-multiple', 'checkbox', 'radio']);

export const isChoiceType = (type: string): boolean => choiceTypes.has(type);

function isChoice(el: Element): boolean {
  if (el.localName === 'select') return true;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return el.localName === 'input' && (type === 'checkbox' || type === 'radio');
}

export function classifyField(el: Element, { wasPassword = false }: FieldFacts = {}): FieldClass {
  if (wasPassword || isSensitiveField(el)) return 'sensitive';
  return isChoice(el) ? 'choice' : 'typed';
}

/** Character classes, in this order, each shown once when present. */
const characterClasses: Array<[symbol: string, test: RegExp]> = [
  ['A', /\p{Lu}/u],
  ['a', /\p{L}/u],
  ['9', /\p{N}/u],
  ['_', /\s/u],
];

/**
 * What is kept of typed text: its character classes (A upper, a other letters, 9 digits, _ spaces,
 * @ anything else) and its length in characters, e.g. "Aa9@ ×14". Never a real character of the value.
 */
export function maskTypedText(value: string): string {
  const present = new Set<string>();
  const characters = Array.from(value);
  for (const char of characters) present.add(characterClasses.find(([, test]) => test.test(char))?.[0] ?? '@');
  const classes = ['A', 'a', '9', '_', '@'].filter((symbol) => present.has(symbol)).join('');
  return `${classes}${classes ? ' ' : ''}×${characters.length}`;
}

export interface FieldOptions extends FieldFacts {
  recordTypedText: boolean;
}

function fieldType(el: Element): string {
  if (el.localName === 'input') return (el.getAttribute('type') ?? 'text').toLowerCase();
  if (el.localName === 'select') return el.hasAttribute('multiple') ? 'select-multiple' : 'select-one';
  if (el.localName === 'textarea') return 'textarea';
  return 'contenteditable';
}

function typedValue(el: Element): string {
  if (el.localName === 'input' || el.localName === 'textarea') return (el as HTMLInputElement).value ?? '';
  return el.textContent ?? '';
}

function choiceValue(el: Element, label: string): string {
  if (el.localName === 'select') {
    return Array.from((el as HTMLSelectElement).options)
      .filter((option) => option.selected)
      .map((option) => (option.textContent ?? '').replace(/\s+/g, ' ').trim())
      .join(', ');
  }
  const input = el as HTMLInputElement;
  const state = input.checked ? 'checked' : 'unchecked';
  if (fieldType(el) !== 'radio') return state;
  // A radio's own choice, so "Delivery: checked: Express" reads without its group.
  const choice = label || (input.value !== 'on' ? input.value : '');
  return choice ? `${state}: ${choice}` : state;
}

/** A menu's chosen options by value, the way a replay picks them (puppeteer's fill sets a select's value). */
function optionValue(el: Element): string | undefined {
  if (el.localName !== 'select') return undefined;
  return Array.from((el as HTMLSelectElement).options)
    .filter((option) => option.selected)
    .map((option) => option.value)
    .join(', ');
}

/** Page-written attributes longer than this are not kept: a stand-in is checked against them, not built from them. */
const longestRule = 200;

/**
 * An option value that says nothing of the tester: a masked menu's options can be theirs (saved cards, addresses), so
 * a value with a long number, an address or an id-like token (letters and digits run together) is not kept.
 */
export const plainOption = (value: string): boolean => value.length <= 32 && !/\d{3}|@/.test(value) && !/(?=\S*\d)(?=\S*[a-z])\S{10,}/i.test(value);

/**
 * A menu's first option with a value the tester could choose (not a "Choose…" placeholder, not a disabled one), if
 * it is plain: what a replay chooses in place of the masked choice.
 */
function firstOption(el: Element): string | undefined {
  if (el.localName !== 'select') return undefined;
  const value = Array.from((el as HTMLSelectElement).options).find((option) => option.value !== '' && !option.disabled)?.value;
  return value !== undefined && plainOption(value) ? value : undefined;
}

/**
 * The rules the page set on a field whose value is masked (attributes, never the value): what a replay's
 * stand-in must meet (lib/export/stand-ins.ts). Absent when the field sets none.
 */
export function fieldRules(el: Element): FieldRules | undefined {
  const attribute = (name: string): string | undefined => {
    const value = el.getAttribute(name)?.trim();
    return value && value.length <= longestRule ? value : undefined;
  };
  const length = (name: string): number | undefined => {
    const value = Number(attribute(name));
    return Number.isInteger(value) && value >= 0 ? value : undefined;
  };
  const rules: FieldRules = {
    autocomplete: attribute('autocomplete')?.toLowerCase(),
    inputMode: attribute('inputmode')?.toLowerCase(),
    min: attribute('min'),
    max: attribute('max'),
    step: attribute('step'),
    minLength: length('minlength'),
    maxLength: length('maxlength'),
    pattern: attribute('pattern'),
    required: el.hasAttribute('required') || undefined,
    option: firstOption(el),
  };
  const kept = Object.fromEntries(Object.entries(rules).filter(([, value]) => value !== undefined)) as FieldRules;
  return Object.keys(kept).length ? kept : undefined;
}

/** The field part of an input step, holding only what the privacy rules let through. */
export function describeField(el: Element, { recordTypedText, wasPassword = false }: FieldOptions): StepField {
  const label = accessibleName(el);
  const base = { label, name: el.getAttribute('name') ?? '', type: fieldType(el) };
  const rules = fieldRules(el);
  const masked = rules ? { ...base, rules } : base;
  switch (classifyField(el, { wasPassword })) {
    case 'sensitive':
      return { ...masked, masked: true, maskReason: 'sensitive' };
    case 'choice': {
      const option = optionValue(el);
      return { ...base, masked: false, value: choiceValue(el, label), ...(option !== undefined && { optionValue: option }) };
    }
    case 'typed': {
      const value = typedValue(el);
      return recordTypedText ? { ...base, masked: false, value } : { ...masked, masked: true, maskReason: 'typed', mask: maskTypedText(value) };
    }
  }
}
