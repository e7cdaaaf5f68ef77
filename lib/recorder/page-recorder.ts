import { renderPage } from '../capture/render-page';
import { onMessage, sendMessage } from '../messaging/protocol';
import { attempt, ok, unwrap } from '../messaging/result';
import { coverSensitiveFields } from './cover';
import { deliver } from './deliver';
import { startRecorder } from './start-recorder';

/** The content script's isolated world outlives a re-injection into the same document: start once. */
const started = Symbol.for('trailnote.recorder');

interface Lifetime {
  onInvalidated(callback: () => void): void;
}

/**
 * Runs the recorder in one frame of the recorded tab, for as long as the walk goes on. Asks the
 * background first: a late injection into a tab no longer recorded starts nothing.
 */
export async function runPageRecorder(lifetime: Lifetime): Promise<void> {
  const scope = globalThis as typeof globalThis & { [started]?: boolean };
  if (scope[started]) return;
  scope[started] = true;

  const config = unwrap(await sendMessage('recorderReady'));
  if (!config) {
    scope[started] = false;
    return;
  }

  let uncover: (() => void) | undefined;
  const stopObserving = startRecorder({
    recordTypedText: config.recordTypedText,
    emit: (event) => void deliver(event).catch((error) => console.debug('Trailnote could not send a step', error)),
  });
  const removers = [
    onMessage('coverSensitiveFields', () => {
      uncover?.();
      uncover = coverSensitiveFields(document);
      return ok(true as const);
    }),
    onMessage('uncoverSensitiveFields', () => {
      uncover?.();
      uncover = undefined;
      return ok(true as const);
    }),
    onMessage('captureWithHtml2Canvas', ({ data }) => attempt(() => renderPage(data.fullPage, data.maxWidth))),
    onMessage('stopRecorder', () => {
      stop();
      return ok(true as const);
    }),
  ];

  function stop(): void {
    stopObserving();
    uncover?.();
    for (const remove of removers) remove();
    scope[started] = false;
  }
  lifetime.onInvalidated(stop);
}
