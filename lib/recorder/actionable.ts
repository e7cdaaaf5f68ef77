/** Elements a tester expects something of when they press them. */
const actionable =
  'a[href],button,summary,[role=button],[role=link],[role=menuitem],[role=tab],[role=switch],[role=option],input[type=button],input[type=submit],input[type=image],input[type=reset]';

/** The element pressed, when it looks like it should do something; undefined for text, images and plain boxes. */
export function actionableTarget(path: readonly EventTarget[]): Element | undefined {
  const first = path[0] as Element | undefined;
  return first?.closest?.(actionable) ?? undefined;
}

/** Text the tester edits, where several clicks in a row select words or lines rather than repeat a press. */
export function editsText(element: Element | undefined): boolean {
  if (!element) return false;
  if ((element as HTMLElement).isContentEditable) return true;
  return (
    element.localName === 'textarea' || (element.localName === 'input' && !['button', 'submit', 'image', 'reset', 'checkbox', 'radio'].includes((element as HTMLInputElement).type))
  );
}

/** "+" and "−" buttons of a quantity: pressed quickly on purpose. */
export function isStepper(element: Element | undefined): boolean {
  const button = element?.closest?.('button,[role=button],[role=spinbutton]');
  if (!button) return false;
  if (button.getAttribute('role') === 'spinbutton') return true;
  const words = `${button.textContent ?? ''} ${button.getAttribute('aria-label') ?? ''}`.trim().toLowerCase();
  return /^[+\-−–]$/.test((button.textContent ?? '').trim()) || /\b(increase|decrease|increment|decrement|plus|minus|augmenter|diminuer)\b/.test(words);
}
