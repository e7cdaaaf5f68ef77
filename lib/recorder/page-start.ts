import { whenSettled } from './page-timing';
import type { Remove } from './listen';

/**
 * What the tester can do to a page, as the recorder hears it: the first of these starts the recorder at once, in
 * the event's own dispatch, so no step is lost however early it comes. Leaving the page is one of them: a page left
 * before its recorder started (an address typed, Back pressed, a slow page given up on) is still a step.
 */
const testerEvents = ['pointerdown', 'keydown', 'focusin', 'focusout', 'input', 'change', 'click', 'auxclick', 'submit', 'pagehide'] as const;

/**
 * When a page's recorder starts (issue 19): not while the page loads, where every millisecond of it is the page's
 * (its DOMContentLoaded and load events wait for it), but once the page is loaded and the browser is idle, or has
 * been DOMContentLoaded-plus-a-bound without loading (page-timing.ts, whenSettled). Until then it only listens, in
 * the capture phase and without a look at the page: the tester's first press, key, focus or field change starts it
 * during that event, and the recorder is handed the event (start-recorder.ts, startedBy).
 *
 * A `document.open()` erases every listener of the document and its window, in all worlds: the listeners are put
 * back when the document's root is replaced. Calls `start` once; the returned remover cancels the wait.
 */
export function whenToStart(win: Window, start: (startedBy?: Event) => void): Remove {
  let waiting = true;
  const begin = (event?: Event): void => {
    if (!waiting) return;
    stopWaiting();
    start(event);
  };
  const onTesterEvent = (event: Event): void => {
    if (event.isTrusted) begin(event);
  };
  const options = { capture: true, passive: true };
  const listen = (): void => testerEvents.forEach((type) => win.addEventListener(type, onTesterEvent, options));
  const stopWatchingRoot = onRootReplaced(win, listen);
  const stopWaiting = (): void => {
    waiting = false;
    stopWatchingRoot();
    testerEvents.forEach((type) => win.removeEventListener(type, onTesterEvent, options));
  };
  listen();
  void whenSettled(win).then(() => {
    if (!waiting) return;
    // After the load event's task and the paint it leads to: the page's first frame is not held back either.
    if ('requestIdleCallback' in win) win.requestIdleCallback(() => begin(), { timeout: idleWaitMs });
    else (win as Window).setTimeout(() => begin(), 0);
  });
  return stopWaiting;
}

/** The longest a loaded page's recorder waits for the browser to be idle. */
const idleWaitMs = 500;

/**
 * Calls `listenAgain` when the document's root element is replaced: what `document.open()` does, after erasing every
 * event listener of the document and its window (https://html.spec.whatwg.org/#document-open-steps), the recorder's
 * with the page's. Watches the document's own children only, not the page's DOM changes.
 */
export function onRootReplaced(win: Window, listenAgain: () => void): Remove {
  const observer = new (win as Window & typeof globalThis).MutationObserver((records) => {
    if (records.some((record) => record.removedNodes.length > 0)) listenAgain();
  });
  observer.observe(win.document, { childList: true });
  return () => observer.disconnect();
}
