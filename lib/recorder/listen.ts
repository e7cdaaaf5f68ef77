import { guarded, type OnRecorderError } from './guard';

/** Undoes one `on()`; every observer in the recorder hands these back so `stop()` leaves nothing behind. */
export type Remove = () => void;

export interface ListenOptions {
  /** Capture phase by default: a page's `stopPropagation()` in a bubbling handler cannot hide the tester's click. */
  capture?: boolean;
  /**
   * Let synthetic events through. Only for unit tests: happy-dom's dispatched events are untrusted, while
   * in a real page an untrusted event was fired by the page's own script, not by the tester.
   */
  acceptUntrusted?: boolean;
  /** Where a handler's exception is reported (lib/recorder/guard.ts); it never reaches the page. */
  onError?: OnRecorderError;
  /** Told of every capturing listener added, as it is added: the recorder hands them the event that started it (start-recorder.ts). */
  onListen?: (target: EventTarget, type: string, listener: (event: Event) => void) => void;
}

/** The event type a listener receives: the DOM's own map where it knows the name, else plain Event. */
export type EventOf<K extends string> = K extends keyof WindowEventMap ? WindowEventMap[K] : Event;

/**
 * Listens passively (the recorder never calls preventDefault, so it never delays scrolling) and returns
 * the remover. Handlers only see trusted events (docs/conventions.md, Boundaries), and run guarded.
 */
export function on<K extends string>(
  target: EventTarget,
  type: K,
  handler: (event: EventOf<K>) => void,
  { capture = true, acceptUntrusted = false, onError, onListen }: ListenOptions = {},
): Remove {
  const listener = guarded(
    `recorder: ${type}`,
    (event: Event): void => {
      if (!event.isTrusted && !acceptUntrusted) return;
      handler(event as EventOf<K>);
    },
    onError,
  );
  const options = { capture, passive: true };
  target.addEventListener(type, listener, options);
  // A bubbling listener added while the event is on its way down still hears it on the way up.
  if (capture) onListen?.(target, type, listener);
  return () => target.removeEventListener(type, listener, options);
}
