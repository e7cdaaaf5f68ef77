/** Where a recorder callback's exception goes, with where in the recorder it happened ("recorder: click"). */
export type OnRecorderError = (error: unknown, where: string) => void;

/** Without a handler (a recorder started outside the extension), the console: the recorder never throws into the page. */
export const reportToConsole: OnRecorderError = (error, where) => console.error(`Trailnote ${where}:`, error);

/**
 * rrweb's callbackWrapper (packages/rrweb/src/record/error-handler.ts): every callback the recorder hands
 * the page (listeners, observers, timers) runs through here, so an exception in one, say the selector
 * builder tripped by a hostile DOM, is reported and returns, and the other observers and the page's own
 * handlers go on.
 */
export function guarded<A extends unknown[]>(where: string, callback: (...args: A) => void, onError: OnRecorderError = reportToConsole): (...args: A) => void {
  return (...args) => {
    try {
      callback(...args);
    } catch (error) {
      onError(error, where);
    }
  };
}
