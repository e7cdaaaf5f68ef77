/**
 * Chrome allows two captureVisibleTab calls per second (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND). Steps
 * can come faster than that (a double click, a field then a submit), so captures wait their turn in one
 * queue instead of failing: no step is dropped because its capture was throttled.
 */
export interface CaptureQueue {
  /** Runs `capture` when the rate limit allows; resolves with its result. */
  schedule<T>(capture: () => Promise<T>): Promise<T>;
  /** Jobs waiting or running. */
  readonly pending: number;
}

export interface CaptureQueueOptions {
  /** Minimum time between two capture starts. */
  intervalMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createCaptureQueue({ intervalMs, now = Date.now, sleep = realSleep }: CaptureQueueOptions): CaptureQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let lastStart = Number.NEGATIVE_INFINITY;
  let pending = 0;

  return {
    get pending() {
      return pending;
    },
    schedule<T>(capture: () => Promise<T>): Promise<T> {
      pending += 1;
      const run = tail.then(async () => {
        const wait = lastStart + intervalMs - now();
        if (wait > 0) await sleep(wait);
        lastStart = now();
        try {
          return await capture();
        } finally {
          pending -= 1;
        }
      });
      tail = run.catch(() => undefined);
      return run;
    },
  };
}
