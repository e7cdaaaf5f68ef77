/**
 * The page's own uncaught errors, told to the recorder. The recorder runs in an isolated world, and Chrome does
 * not dispatch the page's `error` and `unhandledrejection` events there (checked in Chromium: an isolated-world
 * listener on window hears neither). So this tiny part runs in the page's world (scripting.executeScript, world
 * MAIN) and passes on only that an error happened: a DOM event with no detail, which crosses worlds. Never the
 * error's message (page text, maybe typed data), never the console.
 */
export const pageErrorEvent = 'trailnote-page-error';

const relaying = Symbol.for('trailnote.pageErrorRelay');

export function relayPageErrors(win: Window & typeof globalThis & { [relaying]?: true }): void {
  if (win[relaying]) return;
  win[relaying] = true;
  const tell = (): void => void win.document.dispatchEvent(new Event(pageErrorEvent));
  // A script's error is the window's; a missing image's error, heard in the capture phase, is its element's.
  win.addEventListener('error', (event) => !(event.target instanceof win.Node) && tell(), { capture: true, passive: true });
  win.addEventListener('unhandledrejection', tell, { capture: true, passive: true });
}
