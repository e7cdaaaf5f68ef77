import { classifyField, isSensitiveField, maskedContainerSelector } from './field-rules';

/**
 * What a screenshot must not show, found in a page (docs/architecture.md, Privacy: rule 4): the elements
 * the recorder's cover and the html2canvas fallback hide before a picture is taken.
 */

const editableSelector = '[contenteditable]:not([contenteditable="false"])';
const fieldSelector = `input,select,textarea,${editableSelector}`;

/**
 * Every sensitive field and masked container in a document or shadow root, and in the open shadow roots
 * inside it. A masked container is returned whole (its content is covered with it), and nothing inside
 * it is returned again.
 */
export function findSensitiveElements(root: Document | ShadowRoot): Element[] {
  const found: Element[] = [];
  const insideFound = (el: Element): boolean => found.some((container) => container !== el && container.contains(el));
  for (const container of Array.from(root.querySelectorAll(maskedContainerSelector))) {
    if (!insideFound(container)) found.push(container);
  }
  for (const field of Array.from(root.querySelectorAll(fieldSelector))) {
    if (!insideFound(field) && isSensitiveField(field)) found.push(field);
  }
  // Shadow roots only show up by asking each element; hosts inside a masked container are covered already.
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.shadowRoot && !insideFound(el)) found.push(...findSensitiveElements(el.shadowRoot));
  }
  return found;
}

/**
 * Input types whose value is not typed text: choices, a position, a colour, buttons' own captions. Any
 * other type shows what was typed (text, email, number, a date, a chosen file's name), and an unknown
 * type reads as "text" in the `type` property, so a new kind of field is covered rather than missed.
 */
const untypedInputTypes = new Set(['checkbox', 'radio', 'range', 'color', 'button', 'submit', 'reset', 'image', 'hidden', 'password']);

/** Called on fields classified 'typed' (selects are choices): whether any typed character is on show. */
function showsTypedText(el: Element): boolean {
  if (el.localName === 'input') return !untypedInputTypes.has((el as HTMLInputElement).type) && (el as HTMLInputElement).value !== '';
  if (el.localName === 'textarea') return (el as HTMLTextAreaElement).value !== '';
  return (el.textContent ?? '').trim() !== '';
}

/**
 * Every field showing typed text in a document or shadow root, and in the open shadow roots inside it:
 * what screenshots cover when the journey does not record typed text (docs/architecture.md, Privacy: what the data may not
 * keep, the pictures may not show). Sensitive fields and masked containers are findSensitiveElements'
 * and are not returned again; a field inside an editable region is covered with its region.
 */
export function findTypedTextElements(root: Document | ShadowRoot): Element[] {
  const found = Array.from(root.querySelectorAll(fieldSelector)).filter(
    (field) => !field.parentElement?.closest(editableSelector) && classifyField(field) === 'typed' && showsTypedText(field),
  );
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.shadowRoot) found.push(...findTypedTextElements(el.shadowRoot));
  }
  return found;
}
