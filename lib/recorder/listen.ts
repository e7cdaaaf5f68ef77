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

/** Listeners that are on only while they have something to do (`listenWhile`). */
export interface Switchable {
  /** Adds the listeners if `wanted` and not yet on, removes them if not wanted and on. */
  set(wanted: boolean): void;
  remove: Remove;
}

/**
 * Listeners added by `listen` only while wanted. Every listener of Trailnote's costs the page a call into Trailnote's
 * world each time its event fires, even one with nothing to do; a page being left fires `visibilitychange` and
 * `pagehide` on the next page's critical path, where two such calls took about 0.3 ms (issue 19, docs/benchmarks.md).
 */
export function listenWhile(listen: () => Remove[]): Switchable {
  let removers: Remove[] | undefined;
  const set = (wanted: boolean): void => {
    if (wanted && !removers) removers = listen();
    else if (!wanted && removers) {
      for (const remove of removers) remove();
      removers = undefined;
    }
  };
  return { set, remove: () => set(false) };
}
