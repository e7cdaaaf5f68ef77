import { recordClicks } from './click-recorder';
import type { RecorderOptions, StopRecorder } from '../contract/recorder-events';
import { recordFields } from './field-recorder';
import { recordSubmits } from './form-recorder';
import type { Remove } from './listen';
import { recordPageLoad, recordRoutes } from './navigation-recorder';
import type { RecorderContext } from './recorder-context';

/**
 * Starts recording one frame: clicks, fields, form submits, and in the top frame the page load and SPA
 * routes. Everything goes to `emit` (the content script sends it to the background); nothing is stored
 * here. The returned stop removes every listener and observer.
 */
export function startRecorder({ emit, recordTypedText, window: win = window, acceptUntrusted = false }: RecorderOptions): StopRecorder {
  const ctx: RecorderContext = { win, emit, recordTypedText, listen: { acceptUntrusted } };
  const removers: Remove[] = [recordClicks(ctx), recordFields(ctx), recordSubmits(ctx)];
  if (win === win.top) removers.push(recordPageLoad(ctx), recordRoutes(ctx));
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    for (const remove of removers) remove();
  };
}
