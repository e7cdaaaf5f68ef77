import { findSensitiveElements } from './mask-rules';

/** Marks our overlay, so the recorder ignores it and a second cover replaces rather than stacks. */
export const coverAttribute = 'data-trailnote-cover';

const coverColour = '#3f4654';

function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  // !important: the page's own stylesheet must not be able to make the cover see-through.
  for (const [property, value] of Object.entries(styles)) el.style.setProperty(property, value, 'important');
}

function isOnScreen(rect: DOMRect, doc: Document): boolean {
  const view = doc.defaultView;
  const width = view?.innerWidth ?? Infinity;
  const height = view?.innerHeight ?? Infinity;
  return rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < height && rect.left < width;
}

/**
 * Puts an opaque box over every visible sensitive field of this frame, right before the background takes
 * a screenshot, so none of their pixels are captured (design.md, privacy rules). Synchronous: the
 * capture follows as soon as every frame answers. Returns the function that takes the boxes away.
 */
export function coverSensitiveFields(doc: Document): () => void {
  doc.querySelectorAll(`[${coverAttribute}]`).forEach((old) => old.remove());
  const container = doc.createElement('div');
  container.setAttribute(coverAttribute, '');
  container.setAttribute('aria-hidden', 'true');
  setStyles(container, {
    position: 'fixed',
    inset: '0',
    width: '100vw',
    height: '100vh',
    margin: '0',
    padding: '0',
    border: '0',
    background: 'transparent',
    overflow: 'visible',
    'pointer-events': 'none',
    'z-index': '2147483647',
    display: 'block',
  });

  for (const el of findSensitiveElements(doc)) {
    const rect = el.getBoundingClientRect();
    if (!isOnScreen(rect, doc)) continue;
    const box = doc.createElement('div');
    setStyles(box, {
      position: 'fixed',
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
      background: coverColour,
      opacity: '1',
      'pointer-events': 'none',
      margin: '0',
      border: '0',
      'box-sizing': 'border-box',
    });
    container.append(box);
  }

  doc.documentElement.append(container);
  // A field in a modal <dialog> or a popover sits in the top layer, above any z-index: put the cover in
  // the top layer too (opened last, so drawn above them). Older browsers keep the z-index cover.
  if (typeof container.showPopover === 'function') {
    try {
      container.setAttribute('popover', 'manual');
      container.showPopover();
    } catch {
      // Not connected or not supported: the z-index cover still stands.
    }
  }
  return () => container.remove();
}
