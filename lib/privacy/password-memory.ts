/**
 * Fields that were ever type=password in this document. "Show password" buttons turn a password field
 * into a text field; its value is still a password (docs/architecture.md, Privacy). Module scope is the right
 * lifetime: one content script per document, and a WeakSet lets removed fields be collected.
 */
const passwordFields = new WeakSet<Element>();

/** Call whenever a field is seen (focus, input, change): remembers it if it is a password field now. */
export function notePasswordField(el: Element): void {
  if (el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'password') passwordFields.add(el);
}

export function wasPasswordField(el: Element): boolean {
  return passwordFields.has(el);
}
