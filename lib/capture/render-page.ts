import html2canvas from 'html2canvas';
import { onMessage, type FallbackCaptureRequest } from '../contract/protocol';
import { attempt } from '../contract/result';
import { sensitiveFill, typedTextFill } from '../privacy/cover-fills';
import { findSensitiveElements, findTypedTextElements } from '../privacy/private-elements';

/**
 * Takes a field's text out of html2canvas's clone and paints the cover's fill in its place, inside its
 * border as the live cover does. The clone is never shown, so changing it costs the page nothing.
 */
function blank(element: Element, fill: Record<string, string>): void {
  const field = element as HTMLElement;
  // By name, not instanceof: the clone lives in html2canvas's iframe, another window's HTMLInputElement.
  if (field.localName === 'input' || field.localName === 'textarea') {
    (field as HTMLInputElement).value = '';
    // html2canvas draws the placeholder of an empty field: it would read as a field left empty.
    field.removeAttribute('placeholder');
  }
  for (const [property, value] of Object.entries({ ...fill, color: 'transparent' })) field.style.setProperty(property, value, 'important');
  for (const child of Array.from(field.children)) (child as HTMLElement).style?.setProperty('visibility', 'hidden', 'important');
}

/**
 * Draws the page with html2canvas: the fallback when captureVisibleTab cannot see the tab, and the
 * full-page capture. Slow on big pages (docs/architecture.md, Platform facts): the background calls it with a timeout.
 * Sensitive fields, and typed text when `coverTypedText`, are blanked in html2canvas's clone, so their
 * text never reaches the canvas.
 */
export async function renderPage({ fullPage, maxWidth, coverTypedText }: FallbackCaptureRequest): Promise<string> {
  const root = document.documentElement;
  const width = fullPage ? root.scrollWidth : window.innerWidth;
  const height = fullPage ? root.scrollHeight : window.innerHeight;
  const canvas = await html2canvas(root, {
    logging: false,
    useCORS: false,
    scale: Math.min(1, maxWidth / width),
    width,
    height,
    x: fullPage ? 0 : window.scrollX,
    y: fullPage ? 0 : window.scrollY,
    windowWidth: window.innerWidth,
    windowHeight: window.innerHeight,
    onclone: (clone) => {
      for (const element of findSensitiveElements(clone)) blank(element, sensitiveFill());
      if (coverTypedText) for (const element of findTypedTextElements(clone)) blank(element, typedTextFill());
    },
  });
  return canvas.toDataURL('image/jpeg', 0.85);
}

const answering = Symbol.for('trailnote.renderer');

/** Answers the background's render requests in this document; injecting the script twice adds nothing. */
export function answerRenderRequests(): void {
  const scope = globalThis as typeof globalThis & { [answering]?: boolean };
  if (scope[answering]) return;
  scope[answering] = true;
  onMessage('captureWithHtml2Canvas', ({ data }) => attempt(() => renderPage(data)));
}
