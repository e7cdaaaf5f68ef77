import { browser } from 'wxt/browser';
import { recorderConfigKey, type RecorderConfig } from '../contract/protocol';

/** Built from entrypoints/recorder.content.ts; registered at runtime, so it runs only where injected. */
const recorderFile = '/content-scripts/recorder.js';

/** Built from entrypoints/page-errors.content.ts: tells the recorder the page threw (it cannot hear it from its world). */
const pageErrorsFile = '/content-scripts/page-errors.js';

type Target = Browser.scripting.InjectionTarget;

/** The page-error relay runs in the page's own world, beside the recorder, wherever the recorder goes. */
function injectPageErrorRelay(target: Target, injectImmediately = false): Promise<unknown> {
  return browser.scripting.executeScript({ target, files: [pageErrorsFile], world: 'MAIN', injectImmediately });
}

/**
 * Injects the page recorder into the recorded tab: all frames when a recording starts, one frame when
 * it navigates. Injecting twice is harmless: the recorder starts once per document.
 */
export async function injectRecorder(tabId: number, frameId?: number): Promise<void> {
  const target: Target = frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] };
  await Promise.all([injectPageErrorRelay(target), browser.scripting.executeScript({ target, files: [recorderFile] })]);
}

/**
 * Injects the recorder into a document that has just committed, at once instead of at document_idle:
 * Chrome runs idle scripts right after DOMContentLoaded, where the recorder's start-up holds back the
 * page's load event (a rendering frame gets in first and starts the lazy images, which load must then
 * wait for). While the page is still parsing, it only costs its own few milliseconds.
 */
export async function injectRecorderNow(tabId: number, documentId: string): Promise<void> {
  const target: Target = { tabId, documentIds: [documentId] };
  await Promise.all([injectPageErrorRelay(target, true), browser.scripting.executeScript({ target, files: [recorderFile], injectImmediately: true })]);
}

/**
 * Leaves the recorder's config in the document's world (Trailnote's, not the page's), where the recorder finds it when
 * it starts instead of asking (lib/recorder/page-recorder.ts). Asking takes the worker's answer, which a page the
 * tester leaves at once does not live to hear: what they did there, and the page itself, would die with it. Left when
 * the document is idle (after DOMContentLoaded), not at once: landing while the page parses, it cost the page about
 * 1.4 ms of its main thread a load (docs/benchmarks.md); a recorder started earlier asks.
 */
export async function leaveRecorderConfig(tabId: number, documentId: string, config: RecorderConfig): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, documentIds: [documentId] },
    // Serialised into the page's frame: it can use nothing but its arguments.
    func: (key: string, left: RecorderConfig) => {
      (globalThis as unknown as Record<symbol, RecorderConfig>)[Symbol.for(key)] = left;
    },
    args: [recorderConfigKey, config],
  });
}

/** html2canvas, injected into the top frame only when a capture falls back to drawing the page. */
export async function injectPageRenderer(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/content-scripts/page-renderer.js'] });
}
