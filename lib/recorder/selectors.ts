import type { Selector, StepTarget } from '../journey/types';
import { accessibleName, accessibleRole } from '../dom/accessible-name';
import { isInMaskedContainer } from '../privacy/field-rules';

/**
 * Describes what a click or a field acted on, with selectors in the Chrome DevTools Recorder's order
 * and syntax (aria, css, xpath), so a walk exports to a replayable Recorder flow. Runs synchronously in
 * the click handler: the only document-wide work is a handful of bounded querySelectorAll uniqueness checks.
 */

/** What a tester means to click: a click on the <span> inside a button is a click on the button. */
const interactive = [
  'a',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'summary',
  '[role=button]',
  '[role=link]',
  '[role=menuitem]',
  '[role=tab]',
  '[role=checkbox]',
  '[role=radio]',
  '[role=option]',
  '[onclick]',
].join(',');

/** How far above the clicked element an interactive ancestor still counts as the target. */
const maxClimb = 4;

/** Test-id attributes, in the Recorder's order of preference. */
const testIdAttributes = ['data-testid', 'data-test', 'data-cy', 'data-qa'];

/** Levels of the CSS path checked for uniqueness before falling back to a full nth-of-type path. */
const maxChecks = 8;

type Root = Document | ShadowRoot;

export function describeTarget(path: EventTarget[], win: Window): StepTarget {
  return describeElement(targetElement(path, win), win);
}

/** The element a step is about: the nearest interactive one on the event's path, else the innermost. */
export function targetElement(path: EventTarget[], win: Window): Element {
  const elements = path.filter((node): node is Element => (node as Node).nodeType === 1);
  // An event outside any element (dispatched on the document or window) is an action on the page.
  const innermost = elements[0] ?? win.document.documentElement;
  return elements.slice(0, maxClimb + 1).find((el) => el.matches(interactive)) ?? innermost;
}

export function describeElement(el: Element, win: Window): StepTarget {
  // Text inside a masked container is private (docs/architecture.md, Privacy): neither the step's text nor an aria selector.
  const text = isInMaskedContainer(el) ? '' : accessibleName(el);
  const role = accessibleRole(el);
  const selectors: Selector[] = [];
  if (text) selectors.push(`aria/${text}${role ? `[role="${role}"]` : ''}`);

  const levels = shadowLevels(el);
  const css = levels.map(([node, root]) => cssSelector(node, root));
  selectors.push(css.length === 1 ? css[0] : css);
  // XPath cannot cross a shadow boundary.
  if (levels.length === 1) selectors.push(`xpath/${xpathOf(el, levels[0][1])}`);

  const target: StepTarget = { text, role, tag: el.localName, selectors };
  const frame = framePath(win);
  if (frame) target.frame = frame;
  return target;
}

/** The element and each shadow host above it, paired with the root they live in, outermost first. */
function shadowLevels(el: Element): Array<[Element, Root]> {
  const levels: Array<[Element, Root]> = [];
  for (let node: Element | null = el; node;) {
    const root = node.getRootNode() as Root;
    levels.unshift([node, root]);
    node = isShadowRoot(root) ? root.host : null;
  }
  return levels;
}

function isShadowRoot(root: Node): root is ShadowRoot {
  return root.nodeType === 11 && 'host' in root;
}

/** The Chrome Recorder's frame path: each window's index in its parent's `frames`. Absent in the top frame. */
export function framePath(win: Window): number[] | undefined {
  if (win === win.top) return undefined;
  try {
    const path: number[] = [];
    for (let current = win; current !== current.top; current = current.parent) {
      const siblings = current.parent.frames;
      let index = -1;
      for (let i = 0; i < siblings.length; i++) {
        if (siblings[i] === current) {
          index = i;
          break;
        }
      }
      if (index < 0) return undefined;
      path.unshift(index);
    }
    return path;
  } catch {
    // A browser that refuses cross-origin frame access: better no frame path than a wrong one.
    return undefined;
  }
}

function isUnique(root: Root, selector: string): boolean {
  try {
    return root.querySelectorAll(selector).length === 1;
  } catch {
    return false;
  }
}

function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

/** CSS identifier escaping, for DOMs (happy-dom) without CSS.escape. */
function escapeIdent(value: string): string {
  if (typeof CSS !== 'undefined' && CSS.escape) return CSS.escape(value);
  const hex = (char: string): string => `\\${char.codePointAt(0)?.toString(16)} `;
  return value.replace(/[^\w-]/g, hex).replace(/^(-?)(\d)/, (_, dash: string, digit: string) => dash + hex(digit));
}

/**
 * Ids a framework generated (React's ":r1:", "ember123", uuid-ish) change between visits: a selector
 * built on them would not find the element again.
 */
export function isStableId(id: string): boolean {
  return id.length > 0 && id.length <= 64 && !/\d{3,}|^:|[:\s]|^[0-9a-f]{8}-/i.test(id);
}

/** Classes that carry state or look hashed (CSS modules, styled-components) are not part of a stable path. */
function stableClasses(el: Element): string[] {
  return Array.from(el.classList)
    .filter((name) => /^[a-zA-Z][a-zA-Z_-]{1,30}$/.test(name))
    .filter((name) => !/^(is-|has-|js-|ng-|css-|sc-|jsx-)|active|hover|focus|selected|open|visible|hidden|disabled|checked/i.test(name))
    .slice(0, 2);
}

function testIdSelector(el: Element, root: Root): string | undefined {
  for (const attribute of testIdAttributes) {
    const value = el.getAttribute(attribute);
    if (!value) continue;
    const selector = `[${attribute}=${quote(value)}]`;
    if (isUnique(root, selector)) return selector;
    const tagged = `${el.localName}${selector}`;
    if (isUnique(root, tagged)) return tagged;
  }
  return undefined;
}

function idSelector(el: Element, root: Root): string | undefined {
  const id = el.getAttribute('id');
  if (!id || !isStableId(id)) return undefined;
  const selector = `#${escapeIdent(id)}`;
  return isUnique(root, selector) ? selector : undefined;
}

/** One step of a CSS path: tag, stable classes, and :nth-of-type when a sibling has the same tag. */
function segment(el: Element): string {
  const tag = el.localName;
  const classes = stableClasses(el)
    .map((name) => `.${escapeIdent(name)}`)
    .join('');
  const parent = el.parentNode;
  let index = 0;
  let sameTag = 0;
  for (let sibling = parent?.firstChild; sibling; sibling = sibling.nextSibling) {
    if (sibling.nodeType === 1 && (sibling as Element).localName === tag) {
      sameTag++;
      if (sibling === el) index = sameTag;
    }
  }
  return sameTag > 1 ? `${tag}${classes}:nth-of-type(${index})` : `${tag}${classes}`;
}

/**
 * The most robust CSS selector unique within the element's own root: test id, stable id, then the
 * shortest tag path (anchored at an ancestor's test id or id when one is met) that matches only it.
 */
export function cssSelector(el: Element, root: Root): string {
  const direct = testIdSelector(el, root) ?? idSelector(el, root);
  if (direct) return direct;

  const parts: string[] = [];
  let checks = 0;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node !== el) {
      // An ancestor with its own test id or id anchors the path: shorter and sturdier than climbing to <html>.
      const anchor = checks < maxChecks ? (testIdSelector(node, root) ?? idSelector(node, root)) : undefined;
      if (anchor) {
        const anchored = [anchor, ...parts].join(' > ');
        if (isUnique(root, anchored)) return anchored;
      }
    }
    parts.unshift(segment(node));
    const selector = parts.join(' > ');
    if (checks++ < maxChecks && isUnique(root, selector)) return selector;
  }
  // A path from the root's top element with :nth-of-type wherever tags repeat names exactly one element.
  return parts.join(' > ');
}

/** The Chrome Recorder's XPath: from the nearest ancestor with a stable unique id, else from the document. */
function xpathOf(el: Element, root: Root): string {
  const steps: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const id = node.getAttribute('id');
    if (id && isStableId(id) && !id.includes('"') && isUnique(root, `#${escapeIdent(id)}`)) {
      return `//*[@id="${id}"]${steps.length ? `/${steps.join('/')}` : ''}`;
    }
    steps.unshift(xpathStep(node));
  }
  return `/${steps.join('/')}`;
}

function xpathStep(el: Element): string {
  const tag = el.localName;
  let index = 0;
  let sameTag = 0;
  for (let sibling = el.parentNode?.firstChild; sibling; sibling = sibling.nextSibling) {
    if (sibling.nodeType === 1 && (sibling as Element).localName === tag) {
      sameTag++;
      if (sibling === el) index = sameTag;
    }
  }
  return sameTag > 1 ? `${tag}[${index}]` : tag;
}
