/**
 * A compact accessible name and role, close enough to the browser's own computation that the
 * "aria/<name>[role=…]" selectors the Chrome Recorder and Puppeteer resolve find the same element.
 * Follows the order of the accname spec (https://www.w3.org/TR/accname-1.2/) for the common cases only:
 * it runs inside a click handler and must stay cheap.
 */

const maxLength = 80;

/** Controls whose text content is not their name (a select's content is all of its options). */
const fieldTags = new Set(['input', 'select', 'textarea']);

/**
 * Elements never named from their content (accname: only some roles are). For an editable region the
 * content is what the tester typed, which must not leak into a step's text or aria selector.
 */
const notNamedFromContent = new Set(['form', 'table', 'ul', 'ol', 'nav', 'main', 'dialog', 'body', 'html', 'iframe']);

function isEditable(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  return role === 'textbox' || role === 'searchbox' || role === 'combobox' || (el as HTMLElement).isContentEditable === true;
}

/** Skipped when collecting visible text: not rendered, or a control whose content is not text. */
const silentTags = new Set(['script', 'style', 'noscript', 'template', 'select', 'textarea', 'svg']);

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const inputRoles: Record<string, string> = {
  checkbox: 'checkbox',
  radio: 'radio',
  button: 'button',
  submit: 'button',
  reset: 'button',
  image: 'button',
  search: 'searchbox',
  range: 'slider',
  number: 'spinbutton',
};

const tagRoles: Record<string, string> = {
  button: 'button',
  textarea: 'textbox',
  img: 'img',
  nav: 'navigation',
  main: 'main',
  form: 'form',
  dialog: 'dialog',
  ul: 'list',
  ol: 'list',
  li: 'listitem',
  option: 'option',
  table: 'table',
  progress: 'progressbar',
};

/** Collapses whitespace and shortens to what fits in a step sentence. */
export function tidyText(text: string): string {
  const tidy = text.replace(/\s+/g, ' ').trim();
  return tidy.length > maxLength ? `${tidy.slice(0, maxLength - 1).trimEnd()}…` : tidy;
}

export function accessibleRole(el: Element): string {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  const tag = el.localName;
  if (tag === 'a' || tag === 'area') return el.hasAttribute('href') ? 'link' : '';
  if (tag === 'input') return inputRoles[(el.getAttribute('type') ?? 'text').toLowerCase()] ?? 'textbox';
  if (tag === 'select') {
    const size = Number(el.getAttribute('size') ?? 0);
    return el.hasAttribute('multiple') || size > 1 ? 'listbox' : 'combobox';
  }
  if (tag === 'img' && el.getAttribute('alt') === '') return 'presentation';
  if (headingTags.has(tag)) return 'heading';
  return tagRoles[tag] ?? '';
}

export function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById?.(id))
      .map((label) => (label ? visibleText(label, el) : ''))
      .join(' ');
    if (tidyText(text)) return tidyText(text);
  }
  const ariaLabel = tidyText(el.getAttribute('aria-label') ?? '');
  if (ariaLabel) return ariaLabel;

  const tag = el.localName;
  const isField = fieldTags.has(tag);
  if (isField) {
    const label = tidyText(labelText(el));
    if (label) return label;
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (tag === 'input' && ['button', 'submit', 'reset'].includes(type)) {
      const value = tidyText((el as HTMLInputElement).value ?? '');
      if (value) return value;
      if (type !== 'button') return type === 'submit' ? 'Submit' : 'Reset';
    }
  }
  const alt = tidyText(el.getAttribute('alt') ?? '');
  if (alt && (tag === 'img' || tag === 'area' || (tag === 'input' && el.getAttribute('type') === 'image'))) return alt;

  // Content comes before the title tooltip, as in browsers: <a title="Go">Buy now</a> is named "Buy now".
  if (!isField && !notNamedFromContent.has(tag) && !isEditable(el)) {
    const text = tidyText(visibleText(el));
    if (text) return text;
  }
  const title = tidyText(el.getAttribute('title') ?? '');
  if (title) return title;
  return tidyText(el.getAttribute('placeholder') ?? '');
}

/** Text of the labels of a field: label[for], or the label wrapping it (without the field's own content). */
function labelText(el: Element): string {
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length > 0) return Array.from(labels, (label) => visibleText(label, el)).join(' ');
  // Fallback for DOMs without `labels` (or a field inside a shadow root whose label is outside it).
  const wrapping = el.closest('label');
  if (wrapping) return visibleText(wrapping, el);
  const id = el.getAttribute('id');
  if (!id) return '';
  const root = el.getRootNode() as Document | ShadowRoot;
  const byFor = root.querySelector?.(`label[for="${id.replace(/["\\]/g, '\\$&')}"]`);
  return byFor ? visibleText(byFor, el) : '';
}

/**
 * Rendered-looking text of a subtree, without the fields inside it and without hidden parts. Stops once
 * it has enough characters: a click on a big container must not walk the whole page.
 */
function visibleText(root: Element, skip?: Element): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && length <= maxLength * 2; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        parts.push(text);
        length += text.trim().length;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el === skip || silentTags.has(el.localName)) continue;
        if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
        // An image's alt is its text, as in browsers ("Add [cart icon]").
        if (el.localName === 'img') parts.push(` ${el.getAttribute('alt') ?? ''} `);
        else if (el.localName === 'input') continue;
        else walk(el);
      }
    }
  };
  walk(root);
  return parts.join('');
}
