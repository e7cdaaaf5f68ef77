import { browser } from 'wxt/browser';

/** Built from entrypoints/recorder.content.ts; registered at runtime, so it runs only where injected. */
const recorderFile = '/content-scripts/recorder.js';

/**
 * Injects the page recorder into the recorded tab: all frames when a recording starts, one frame when
 * it navigates. Injecting twice is harmless: the recorder starts once per document.
 */
export async function injectRecorder(tabId: number, frameId?: number): Promise<void> {
  await browser.scripting.executeScript({
    target: frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
    files: [recorderFile],
  });
}

/** html2canvas, injected into the top frame only when a capture falls back to drawing the page. */
export async function injectPageRenderer(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/content-scripts/page-renderer.js'] });
}
