/**
 * Chrome allows two captureVisibleTab calls per second (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND). Steps
 * can come faster than that (a double click, a field then a submit), so captures wait their turn in one
 * queue instead of failing: no step is dropped because its capture was throttled.
 */
export interface CaptureQueue {
  /**
   * Runs jobs one at a time, in order. A job calls `turn()` right before it uses the camera: that waits
   * for the rate limit. A job that finds nothing to capture (its page is gone) does not spend a turn, so
   * the queue catches up after a burst.
   */
  schedule<T>(job: (turn: () => Promise<void>) => Promise<T>): Promise<T>;
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
    schedule<T>(job: (turn: () => Promise<void>) => Promise<T>): Promise<T> {
      pending += 1;
      const turn = async (): Promise<void> => {
        const wait = lastStart + intervalMs - now();
        if (wait > 0) await sleep(wait);
        lastStart = now();
      };
      const run = tail.then(async () => {
        try {
          return await job(turn);
        } finally {
          pending -= 1;
        }
      });
      // The tail only orders the jobs: each job's failure goes to its own caller through `run`.
      tail = run.catch(() => undefined);
      return run;
    },
  };
}
