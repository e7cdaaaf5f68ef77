import html2canvas from 'html2canvas';
import { onMessage } from '../messaging/protocol';
import { attempt } from '../messaging/result';
import { findSensitiveElements } from '../recorder/mask-rules';

/**
 * Draws the page with html2canvas: the fallback when captureVisibleTab cannot see the tab, and the
 * full-page capture. Slow on big pages (design.md): the background calls it with a timeout.
 * Sensitive fields are blanked in html2canvas's clone, so their text never reaches the canvas.
 */
export async function renderPage(fullPage: boolean, maxWidth: number): Promise<string> {
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
      for (const element of findSensitiveElements(clone)) {
        const blank = element as HTMLElement;
        if (blank instanceof HTMLInputElement || blank instanceof HTMLTextAreaElement) blank.value = '';
        blank.style.setProperty('background', '#3f4654', 'important');
        blank.style.setProperty('color', 'transparent', 'important');
        for (const child of Array.from(blank.children)) (child as HTMLElement).style?.setProperty('visibility', 'hidden', 'important');
      }
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
  onMessage('captureWithHtml2Canvas', ({ data }) => attempt(() => renderPage(data.fullPage, data.maxWidth)));
}
