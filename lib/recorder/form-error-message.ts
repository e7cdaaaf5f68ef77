import { clipped, TEXT_LIMITS } from '../journey/limits';
import { maskedMarker, REDACTED } from '../privacy/address';
import { classifyField, isInMaskedContainer } from '../privacy/field-rules';
import { wasPasswordField } from '../privacy/password-memory';

/** Fields a tester types into; what they typed may come back in the page's words. */
const typedFields = 'input,textarea';

/** Shorter values are masked only where they stand as a word: "No" typed must not blank every "no" of the message. */
const shortestAnywhere = 3;

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The values typed into the page now, each with what its step keeps in their place: its mask, or nothing at all. */
function typedValues(doc: Document, recordTypedText: boolean): Array<{ value: string; shown: string }> {
  const values: Array<{ value: string; shown: string }> = [];
  for (const field of doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(typedFields)) {
    const value = (field.value ?? '').trim();
    if (!value) continue;
    const kind = classifyField(field, { wasPassword: wasPasswordField(field) });
    if (kind === 'sensitive') values.push({ value, shown: REDACTED });
    else if (kind === 'typed' && !recordTypedText) values.push({ value, shown: maskedMarker(value) });
  }
  // The longest first: a value that contains another is masked whole.
  return values.sort((a, b) => b.value.length - a.value.length);
}

/**
 * A form's error message as a signal may keep it (issue 14): the page's words, never what the tester typed. Sites
 * often repeat the value they refuse ("No member has the code “SUMMER”"), and so does the browser's own message
 * ("'ann' is missing an '@'"): every value typed into the page that its step keeps masked is masked here the same
 * way, and a private one (a password, a card number) is redacted, wherever it appears and whatever its case, in one
 * pass so that a marker is never masked again. With "record typed text" on, ordinary values stay as the steps keep
 * them. A message inside a private region keeps no words. Undefined when there are none.
 */
export function formErrorMessage(text: string, near: Element, recordTypedText: boolean): string | undefined {
  if (isInMaskedContainer(near)) return undefined;
  const words = text.replace(/\s+/g, ' ').trim();
  if (!words) return undefined;
  const values = typedValues(near.ownerDocument, recordTypedText);
  if (values.length === 0) return clipped(words, TEXT_LIMITS.signalMessage);
  const pattern = values.map(({ value }) => (value.length >= shortestAnywhere ? escaped(value) : `(?<![\\p{L}\\p{N}])${escaped(value)}(?![\\p{L}\\p{N}])`)).join('|');
  const masked = words.replace(new RegExp(pattern, 'giu'), (found) => values.find(({ value }) => value.toLowerCase() === found.toLowerCase())?.shown ?? REDACTED);
  return clipped(masked, TEXT_LIMITS.signalMessage);
}
