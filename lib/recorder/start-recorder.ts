import { recordClicks } from './click-recorder';
import { detectDeadClicks } from './dead-click-detector';
import { detectErrorClicks } from './error-click-detector';
import { detectFormErrors } from './form-error-detector';
import { detectHttpError } from './http-error-detector';
import { detectRageClicks } from './rage-click-detector';
import { detectSlowClicks } from './slow-click-detector';
import type { RecorderOptions, StopRecorder } from '../contract/recorder-events';
import { recordFields } from './field-recorder';
import { recordSubmits } from './form-recorder';
import { guarded, reportToConsole } from './guard';
import type { Remove } from './listen';
import { recordPageLoad, recordRoutes } from './navigation-recorder';
import type { RecorderContext } from './recorder-context';

/**
 * Starts recording one frame: clicks, fields, form submits, and in the top frame the page load and SPA
 * routes. Everything goes to `emit` (the content script sends it to the background); nothing is stored
 * here. The returned stop removes every listener and observer.
 */
export function startRecorder({ emit, recordTypedText, window: win = window, acceptUntrusted = false, onError, startedBy }: RecorderOptions): StopRecorder {
  const report = onError ?? reportToConsole;
  /** The window's listeners for the event that started the recorder, in the order the page would call them. */
  const hearStart: Array<(event: Event) => void> = [];
  const onListen = (target: EventTarget, type: string, listener: (event: Event) => void): void => {
    if (target === win && type === startedBy?.type) hearStart.push(listener);
  };
  const ctx: RecorderContext = { win, emit, recordTypedText, listen: { acceptUntrusted, onError: report, ...(startedBy && { onListen }) } };
  // The last step emitted, for the signals about what the tester just did (lib/recorder/form-error-detector.ts).
  ctx.emit = (event) => {
    if (event.type === 'step') {
      ctx.beforeStep?.();
      ctx.lastStepId = event.step.kind === 'submit' && event.step.clickId ? event.step.clickId : event.step.id;
    }
    emit(event);
  };
  // An observer that cannot even start (a page that broke a DOM API it needs) leaves the others recording,
  // and one whose teardown throws does not keep the others' from running.
  const observe = (where: string, start: (ctx: RecorderContext) => Remove): Remove => {
    try {
      return guarded(where, start(ctx), report);
    } catch (error) {
      report(error, where);
      return () => undefined;
    }
  };
  const removers: Remove[] = [observe('recorder: clicks', recordClicks), observe('recorder: fields', recordFields), observe('recorder: submits', recordSubmits)];
  // Friction signals (issue 14), after the click recorder: they read the step its listener just made.
  removers.push(
    observe('recorder: rage clicks', detectRageClicks),
    observe('recorder: dead clicks', detectDeadClicks),
    observe('recorder: error clicks', detectErrorClicks),
    observe('recorder: form errors', detectFormErrors),
    observe('recorder: slow clicks', detectSlowClicks),
  );
  if (win === win.top) removers.push(observe('recorder: page load', recordPageLoad), observe('recorder: routes', recordRoutes), observe('recorder: http errors', detectHttpError));
  // Listeners added later (a shadow root found, a click's watch) are not the start's business.
  delete ctx.listen.onListen;
  if (startedBy) for (const hear of hearStart) hear(startedBy);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    for (const remove of removers) remove();
  };
}
