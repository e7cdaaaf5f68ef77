import type { CoveredBox } from '../contract/protocol';
import { sensitiveFill, typedTextFill, type CoverShade } from '../privacy/cover-fills';
import { findSensitiveElements, findTypedTextElements } from '../privacy/private-elements';

/** Marks our overlay, so the recorder ignores it and a second cover replaces rather than stacks. */
export const coverAttribute = 'data-trailnote-cover';

export interface CoverOptions {
  /** The journey does not record typed text, so the pictures may not show it either. */
  coverTypedText: boolean;
  /** The shade to paint: not the one of this frame's previous cover (lib/privacy/cover-fills.ts). */
  shade: CoverShade;
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
  /** border-radius of the box, so a cover inside a rounded field keeps to its corners. */
  radius: string;
}

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

/** The whole field, border included: nothing of a sensitive field shows. */
function borderBox(rect: DOMRect): Box {
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height, radius: '0' };
}

/** Inside the field's border: the border still outlines the field, so the page's layout stays clear. */
function paddingBox(el: Element, rect: DOMRect): Box {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  const px = (property: string): number => parseFloat(style?.getPropertyValue(property) ?? '') || 0;
  const [top, right, bottom, left] = ['top', 'right', 'bottom', 'left'].map((side) => px(`border-${side}-width`));
  const border = Math.max(top, right, bottom, left);
  const radius = ['top-left', 'top-right', 'bottom-right', 'bottom-left']
    .map((corner) => {
      const outer = style?.getPropertyValue(`border-${corner}-radius`).split(' ')[0] ?? '';
      return outer.endsWith('px') ? `${Math.max(0, parseFloat(outer) - border)}px` : outer || '0';
    })
    .join(' ');
  return {
    left: rect.left + left,
    top: rect.top + top,
    width: Math.max(0, rect.width - left - right),
    height: Math.max(0, rect.height - top - bottom),
    radius,
  };
}

/**
 * Puts an opaque box over every visible sensitive field of this frame, and a light hatch over the typed
 * text in other fields when `coverTypedText`, right before the background takes a screenshot, so none of
 * their pixels are captured (docs/architecture.md, Privacy). The frame answers the background once the cover is
 * painted (afterCoverPainted). Returns the boxes it put up, so the picture can be checked for them, and the
 * function that takes them away.
 */
export function coverSensitiveFields(doc: Document, { coverTypedText, shade }: CoverOptions): { boxes: CoveredBox[]; uncover: () => void } {
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

  const covers: Array<{ el: Element; kind: CoveredBox['fill']; fill: Record<string, string>; box: (rect: DOMRect) => Box }> = findSensitiveElements(doc).map((el) => ({
    el,
    kind: 'sensitive',
    fill: sensitiveFill(shade),
    box: borderBox,
  }));
  if (coverTypedText) {
    covers.push(...findTypedTextElements(doc).map((el) => ({ el, kind: 'typed' as const, fill: typedTextFill(shade), box: (rect: DOMRect) => paddingBox(el, rect) })));
  }
  const boxes: CoveredBox[] = [];
  for (const { el, kind, fill, box: boxOf } of covers) {
    const rect = el.getBoundingClientRect();
    if (!isOnScreen(rect, doc)) continue;
    const { left, top, width, height, radius } = boxOf(rect);
    boxes.push({ left, top, width, height, fill: kind });
    const box = doc.createElement('div');
    setStyles(box, {
      position: 'fixed',
      left: `${left}px`,
      top: `${top}px`,
      width: `${width}px`,
      height: `${height}px`,
      'border-radius': radius,
      ...fill,
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
  return { boxes, uncover: () => container.remove() };
}

/**
 * How long a frame inside the page waits for its paint. Chrome does not render a cross-origin frame that is
 * hidden or scrolled out of view, and a frame it does not render shows no pixel to capture: such a frame
 * must not hold up (and, after a few tries, cancel) the tab's screenshot. A visible frame paints well within
 * this, at six frames at 60 Hz.
 */
const innerFramePaintWaitMs = 100;

/**
 * Resolves once the frame drawn after now has been painted. captureVisibleTab copies what the compositor
 * last showed, not the DOM: answered before a frame with the cover is painted, it captures the page
 * uncovered (the typed-text pixel test saw it, sensitive fields' boxes included). The second animation frame
 * comes after the first one was painted. Painted is not yet shown: under load the compositor can still hand
 * over an older frame, so the background also checks the picture for the boxes (lib/capture/cover-check.ts).
 * A top frame that does not paint never resolves: the capture then fails for want of a cover, as it should,
 * rather than take stale pixels.
 */
export function afterCoverPainted(win: Window): Promise<void> {
  const painted = new Promise<void>((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));
  if (win === win.top) return painted;
  return Promise.race([painted, new Promise<void>((resolve) => win.setTimeout(resolve, innerFramePaintWaitMs))]);
}
