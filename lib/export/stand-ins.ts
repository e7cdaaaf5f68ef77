import type { FieldRules, StepField } from '../journey/types';
import { normaliseWords } from '../privacy/field-rules';

/**
 * Stand-ins for masked values, so that a Chrome Recorder flow replays to the end: a value of the field's kind
 * and shape that its own validation accepts (type, min/max, length, pattern), never the real one, which was
 * never stored. Test data the web documents as such: addresses at the reserved example.com (RFC 2606), the
 * card number every payment sandbox accepts, digits for phones and codes, letters for text, and for a menu one of
 * its own options. The kinds of value made up:
 */
type MadeUpKind = 'email' | 'phone' | 'one-time-code' | 'card-number' | 'card-code' | 'card-expiry' | 'password' | 'number' | 'date' | 'url' | 'text';

/** What a stand-in is: a value made up, or for a menu one of its own options. */
export type StandInKind = MadeUpKind | 'option';

export interface StandIn {
  kind: StandInKind;
  value: string;
}

/** Stripe's and most sandboxes' documented test Visa number (https://docs.stripe.com/testing). */
export const TEST_CARD_NUMBER = '4242424242424242';
const TEST_CARD_CODE = '123';

/** The recorded length of masked typed text ("Aa9 ×12" → 12), and whether it held digits only. */
function recorded(field: StepField): { length?: number; digitsOnly: boolean } {
  const match = field.mask?.match(/^(?:([Aa9_@]+) )?×(\d+)$/);
  if (!match) return { digitsOnly: false };
  return { length: Number(match[2]), digitsOnly: match[1] === '9' };
}

const has = (words: string, pattern: RegExp): boolean => pattern.test(words);

/** What kind of value the field takes, from its type, its autocomplete tokens, then its name and label. */
export function standInKind(field: StepField): MadeUpKind {
  const type = field.type.toLowerCase();
  const rules = field.rules ?? {};
  // The last token names the field ("shipping email", "section-a cc-number").
  const autocomplete = (rules.autocomplete ?? '').split(/\s+/).pop() ?? '';
  const words = normaliseWords(`${field.label} ${field.name}`);
  if (type === 'email' || autocomplete === 'email') return 'email';
  if (type === 'tel' || autocomplete.startsWith('tel')) return 'phone';
  if (autocomplete === 'one-time-code' || has(words, /\b(otp|one time (code|password)|verification code|code from)\b/)) return 'one-time-code';
  if (autocomplete === 'cc-number' || has(words, /\bcard ?(number|num|no|nr)\b|\bcardnumber\b|\bccnum|\bnumero (de (la )?)?carte\b/)) return 'card-number';
  if (autocomplete === 'cc-csc' || has(words, /\b(cvc|cvv|csc|cvc2|cvv2|cvn)\b|\bsecurity code\b|\bcryptogramme\b/)) return 'card-code';
  if (autocomplete.startsWith('cc-exp') || has(words, /\b(expiry|expiration|exp date)\b/)) return 'card-expiry';
  if (type === 'password' || autocomplete.endsWith('-password') || has(words, /\bpass ?(word|wd|phrase)\b|\bpwd\b|\bmot de passe\b/)) return 'password';
  if (type === 'number' || type === 'range') return 'number';
  if (['date', 'datetime-local', 'month', 'week', 'time'].includes(type)) return 'date';
  if (type === 'url' || autocomplete === 'url') return 'url';
  return 'text';
}

/** The length a stand-in takes: the recorded one, else the field's own bounds, else `usual`, within minlength–maxlength. */
function lengthFor(field: StepField, usual: number): number {
  const { minLength = 0, maxLength } = field.rules ?? {};
  const wanted = recorded(field).length || usual;
  return Math.max(minLength, Math.min(wanted, maxLength && maxLength > 0 ? maxLength : wanted), 1);
}

const digits = (length: number): string => Array.from({ length }, (_, index) => String((index + 1) % 10)).join('');

function letters(length: number): string {
  return Array.from({ length }, (_, index) => (index === 0 ? 'T' : 'trailnote'[index % 9])).join('');
}

/**
 * A password with upper and lower case, a digit and a symbol (the usual rules), different for each step, as long as
 * the field's minlength asks (13 characters otherwise) and no longer than its maxlength.
 */
export function generatedPassword(seed: number, maxLength?: number, minLength = 0): string {
  const lower = 'abcdefghjkmnpqrstuvwxyz';
  const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  let state = (seed * 2654435761) >>> 0 || 1;
  const pick = (alphabet: string): string => {
    state = (state * 1103515245 + 12345) >>> 0;
    return alphabet[(state >>> 8) % alphabet.length];
  };
  // 8 letters make the usual 13 characters; a longer minlength gets more of them.
  const body = Array.from({ length: Math.max(8, minLength - 5) }, (_, index) => pick(index % 2 ? lower : upper)).join('');
  const password = `${body.slice(0, 2)}7!${body.slice(2)}-${pick('23456789')}${pick(lower)}`;
  return maxLength && maxLength >= 4 && maxLength < password.length ? password.slice(0, maxLength) : password;
}

/** A number the field accepts: its min, else 1, on its step (counted from min, or 0) and within its max. */
function numberFor(rules: FieldRules): string {
  const figure = (written: string | undefined): number | undefined => {
    const value = written === undefined || written === '' ? NaN : Number(written);
    return Number.isFinite(value) ? value : undefined;
  };
  const [min, max, step] = [figure(rules.min), figure(rules.max), figure(rules.step)];
  const start = min ?? 1;
  if (step === undefined || step <= 0) return String(max !== undefined && start > max ? max : start);
  // The browser accepts min + k × step only (https://html.spec.whatwg.org/#the-step-attribute), 0 + k × step without min.
  const base = min ?? 0;
  let value = base + Math.ceil((start - base) / step) * step;
  if (max !== undefined && value > max) value = base + Math.floor((max - base) / step) * step;
  // Decimal steps (0.01) add up with binary noise: written with the step's own decimals.
  const decimals = Math.max(...[rules.step, rules.min].map((written) => written?.split('.')[1]?.length ?? 0));
  return String(Number(value.toFixed(decimals)));
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** A date of the field's type, inside its min and max (ISO dates compare as text). */
function dateFor(type: string, rules: FieldRules): string {
  const day = new Date(Date.UTC(2030, 0, 15));
  const inside = (value: string): string => {
    if (rules.min && value < rules.min) return rules.min;
    if (rules.max && value > rules.max) return rules.max;
    return value;
  };
  const iso = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  switch (type) {
    case 'month':
      return inside(iso.slice(0, 7));
    case 'week':
      return inside('2030-W03');
    case 'time':
      return inside('12:00');
    case 'datetime-local':
      return inside(`${iso}T12:00`);
    default:
      return inside(iso);
  }
}

function cardExpiry(field: StepField): string {
  const autocomplete = field.rules?.autocomplete ?? '';
  if (field.type === 'month') return '2034-12';
  if (autocomplete.endsWith('cc-exp-month')) return '12';
  if (autocomplete.endsWith('cc-exp-year')) return (field.rules?.maxLength ?? 4) < 4 ? '34' : '2034';
  return '12/34';
}

/** The value of that kind, before the field's pattern is asked. */
function candidate(kind: MadeUpKind, field: StepField, seed: number): string {
  const rules = field.rules ?? {};
  switch (kind) {
    case 'email':
      return (rules.maxLength ?? 64) < 'test@example.com'.length ? 'x@example.com' : 'test@example.com';
    case 'phone':
    case 'one-time-code':
      return digits(lengthFor(field, kind === 'phone' ? 10 : 6));
    case 'card-number':
      return TEST_CARD_NUMBER;
    case 'card-code':
      return (rules.maxLength ?? 3) >= 4 && rules.minLength === 4 ? '1234' : TEST_CARD_CODE;
    case 'card-expiry':
      return cardExpiry(field);
    case 'password':
      return generatedPassword(seed, rules.maxLength, rules.minLength);
    case 'number':
      return numberFor(rules);
    case 'date':
      return dateFor(field.type.toLowerCase(), rules);
    case 'url':
      return 'https://example.com/';
    case 'text':
      return recorded(field).digitsOnly ? digits(lengthFor(field, 8)) : letters(lengthFor(field, 8));
  }
}

/** True when the value matches the field's pattern whole (as the browser checks it), or the pattern cannot be read. */
export function meetsPattern(value: string, pattern: string | undefined): boolean {
  if (!pattern) return true;
  for (const flags of ['v', 'u']) {
    try {
      return new RegExp(`^(?:${pattern})$`, flags).test(value);
    } catch {
      // Not a valid pattern under these flags: the browser ignores such a pattern; try the older flags.
    }
  }
  return true;
}

/** One character a pattern's atom accepts: a literal, the first of a class, a digit for \d, a letter for \w. */
function characterOf(atom: string): string | undefined {
  if (atom === '.') return 'a';
  if (atom.startsWith('\\')) return ({ d: '1', w: 'a', s: ' ' } as Record<string, string>)[atom[1]] ?? (/[A-Za-z0-9]/.test(atom[1]) ? undefined : atom[1]);
  if (atom.startsWith('[')) {
    const body = atom.slice(1, -1);
    if (!body || body.startsWith('^')) return undefined;
    return body.startsWith('\\') ? characterOf(body.slice(0, 2)) : body[0];
  }
  return '()|^$'.includes(atom) ? undefined : atom;
}

/**
 * The shortest value a simple pattern accepts (literals, classes, \d and \w, with counts): "0[67][0-9]{8}"
 * gives "0600000000". Undefined for what it does not read (groups, alternatives, negated classes).
 */
export function valueForPattern(pattern: string): string | undefined {
  let value = '';
  for (let index = 0; index < pattern.length;) {
    const atom = pattern[index] === '\\' ? pattern.slice(index, index + 2) : pattern[index] === '[' ? pattern.slice(index, pattern.indexOf(']', index + 1) + 1) : pattern[index];
    if (!atom) return undefined;
    const character = characterOf(atom);
    if (character === undefined) return undefined;
    index += atom.length;
    const count = pattern.slice(index).match(/^(?:\{(\d+)(?:,\d*)?\}|[?*+])/);
    index += count?.[0].length ?? 0;
    value += character.repeat(count ? (count[1] !== undefined ? Number(count[1]) : count[0] === '+' ? 1 : 0) : 1);
  }
  return value;
}

/**
 * The stand-in for a masked field's value. When the field's pattern refuses the usual one, digits, then
 * letters, of the same length are tried, then the shortest value the pattern accepts; `seed` (the step's number) varies generated passwords.
 */
export function standIn(field: StepField, seed: number): StandIn {
  // A replay can only choose one of a menu's options (puppeteer refuses any other value): the page's first.
  const option = field.rules?.option;
  if (option !== undefined && field.type.startsWith('select')) return { kind: 'option', value: option };
  const kind = standInKind(field);
  const value = candidate(kind, field, seed);
  const pattern = field.rules?.pattern;
  if (meetsPattern(value, pattern)) return { kind, value };
  const tries = [digits(value.length), letters(value.length), valueForPattern(pattern ?? ''), digits(lengthFor(field, 8)), letters(lengthFor(field, 8))];
  return { kind, value: tries.find((tried): tried is string => tried !== undefined && meetsPattern(tried, pattern)) ?? value };
}
