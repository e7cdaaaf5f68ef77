import type { StepTiming } from '../journey/types';
import { guarded, type OnRecorderError } from './guard';
import { listenWhile, type Remove } from './listen';

/**
 * Page load figures, as web-vitals computes them (https://github.com/GoogleChrome/web-vitals): pure
 * functions over performance entries, so they are tested with tables instead of a browser.
 */

/** The fields of PerformanceNavigationTiming that the figures use; activationStart is Chrome's (prerender). */
export interface NavigationTimingLike {
  responseStart: number;
  domContentLoadedEventEnd: number;
  loadEventEnd: number;
  transferSize?: number;
  activationStart?: number;
}

export interface LargestContentfulPaintLike {
  startTime: number;
  renderTime?: number;
  loadTime?: number;
}

export interface LayoutShiftLike {
  startTime: number;
  value: number;
  hadRecentInput: boolean;
}

const ms = (value: number): number => Math.round(value);
/** Zero means "has not happened yet" in Navigation Timing. */
const msOrUndefined = (value: number): number | undefined => (value > 0 ? ms(value) : undefined);

export function navigationTiming(entry: NavigationTimingLike): StepTiming {
  const activationStart = entry.activationStart && entry.activationStart > 0 ? entry.activationStart : 0;
  const timing: StepTiming = {};
  // A prerendered page's response came before the tester asked for it: count from activation.
  if (entry.responseStart > 0) timing.ttfb = ms(Math.max(entry.responseStart - activationStart, 0));
  const domContentLoaded = msOrUndefined(entry.domContentLoadedEventEnd);
  if (domContentLoaded !== undefined) timing.domContentLoaded = domContentLoaded;
  const load = msOrUndefined(entry.loadEventEnd);
  if (load !== undefined) timing.load = load;
  if (typeof entry.transferSize === 'number') timing.transferSize = entry.transferSize;
  return timing;
}

/** The last LCP candidate is the largest so far; startTime is renderTime, or loadTime for cross-origin images. */
export function largestContentfulPaint(entries: readonly LargestContentfulPaintLike[], activationStart = 0): number | undefined {
  const last = entries[entries.length - 1];
  if (!last) return undefined;
  const time = last.startTime || last.renderTime || last.loadTime || 0;
  return ms(Math.max(time - activationStart, 0));
}

/**
 * CLS session windows: shifts less than 1 s apart and within 5 s of the window's first one add up;
 * CLS is the largest window. Shifts right after input are expected and ignored.
 * https://web.dev/articles/cls#what-is-cls
 */
export class LayoutShiftSessions {
  private sessionValue = 0;
  private firstTime = 0;
  private lastTime = 0;
  private largest = 0;

  add(entry: LayoutShiftLike): void {
    if (entry.hadRecentInput) return;
    const continues = this.sessionValue > 0 && entry.startTime - this.lastTime < 1000 && entry.startTime - this.firstTime < 5000;
    if (continues) {
      this.sessionValue += entry.value;
    } else {
      this.sessionValue = entry.value;
      this.firstTime = entry.startTime;
    }
    this.lastTime = entry.startTime;
    this.largest = Math.max(this.largest, this.sessionValue);
  }

  get value(): number {
    return Math.round(this.largest * 10000) / 10000;
  }
}

export function cumulativeLayoutShift(entries: readonly LayoutShiftLike[]): number {
  const sessions = new LayoutShiftSessions();
  for (const entry of entries) sessions.add(entry);
  return sessions.value;
}

function navigationEntry(win: Window): NavigationTimingLike | undefined {
  const [entry] = win.performance?.getEntriesByType?.('navigation') ?? [];
  return entry as (PerformanceEntry & NavigationTimingLike) | undefined;
}

/**
 * When the page's load event ended, on the epoch clock steps use; undefined before it has. A recorder that
 * started late (its first message waited for a restarting worker) still dates the page's step by the load,
 * so it sorts before what the tester did next. A page that never loads is dated by its DOMContentLoaded.
 */
export function loadedAt(win: Window): number | undefined {
  const entry = navigationEntry(win);
  const end = entry?.loadEventEnd || entry?.domContentLoadedEventEnd || 0;
  const origin = win.performance?.timeOrigin;
  return end > 0 && origin ? Math.round(origin + end) : undefined;
}

/** The load figures available now (all of them once the load event is over). */
export function loadTimingNow(win: Window): StepTiming {
  const entry = navigationEntry(win);
  return entry ? navigationTiming(entry) : {};
}

/** Tasks to wait, at most, for a load event that is being dispatched to end. */
const loadEndChecks = 20;

/**
 * Resolves once the load event has finished (loadEventEnd is only set after its handlers ran). The document
 * says `complete` while its load event is dispatched: a recorder injected then (in Firefox 140, the injection
 * at webNavigation's onCompleted lands there) waits for the event's end to be stamped.
 */
export function whenLoaded(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const check = (tries: number): void => {
      if (win.document.readyState !== 'complete') {
        win.addEventListener('load', () => win.setTimeout(() => check(tries), 0), { once: true });
        return;
      }
      if (navigationEntry(win)?.loadEventEnd === 0 && tries < loadEndChecks) {
        win.setTimeout(() => check(tries + 1), 50);
        return;
      }
      resolve();
    };
    check(0);
  });
}

/**
 * How long after DOMContentLoaded a page that has not fired load is recorded anyway: a resource that never ends (a
 * stalled image, a long poll in an iframe) holds the load event back for as long as the tester stays.
 */
export const loadWaitMs = 5000;

/**
 * Resolves once the page is loaded (true), or once it has been `waitMs` past its DOMContentLoaded without loading
 * (false). The bound is checked on timers, not events: a `document.open()` erases every listener the page had.
 */
export function whenSettled(win: Window, waitMs = loadWaitMs): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    let timer: number | undefined;
    const settle = (loaded: boolean): void => {
      if (settled) return;
      settled = true;
      // No timer outlives the wait: a recorder stopped right after the load leaves nothing behind.
      if (timer !== undefined) win.clearTimeout(timer);
      resolve(loaded);
    };
    void whenLoaded(win).then(() => settle(true));
    let interactiveSince: number | undefined;
    const check = (): void => {
      if (settled) return;
      if (win.document.readyState !== 'loading') {
        interactiveSince ??= navigationEntry(win)?.domContentLoadedEventEnd || win.performance.now();
        const left = interactiveSince + waitMs - win.performance.now();
        if (left <= 0) return settle(win.document.readyState === 'complete');
        timer = win.setTimeout(check, left);
        return;
      }
      timer = win.setTimeout(check, Math.min(waitMs, 250));
    };
    check();
  });
}

export interface ObserveOptions {
  /** Least time between two reports: LCP and CLS change in bursts while a page builds. */
  intervalMs?: number;
  /** Where an exception in a callback goes (lib/recorder/guard.ts). */
  onError?: OnRecorderError;
}

/** LCP and CLS as they change (`observePageTiming`). */
export interface PageTimingWatch {
  /**
   * LCP and CLS as measured now, entries not yet delivered included; later reports say only what changes after it. The
   * page's step carries them, so a tester who leaves the page soon after has nothing left to send as it unloads: a send
   * then costs the old page a third of a millisecond on the next one's critical path (issue 19).
   */
  now: () => StepTiming;
  stop: Remove;
}

/**
 * Reports LCP and CLS as they change, at most every `intervalMs`, and at once when the page is hidden or
 * left (the last chance to send them). Buffered observers also see what happened before the recorder
 * started.
 */
export function observePageTiming(win: Window, onTiming: (timing: StepTiming) => void, { intervalMs = 1000, onError }: ObserveOptions = {}): PageTimingWatch {
  const safely = <A extends unknown[]>(callback: (...args: A) => void) => guarded('recorder: page timing', callback, onError);
  const Observer = (win as Window & { PerformanceObserver?: typeof PerformanceObserver }).PerformanceObserver;
  const supported = Observer?.supportedEntryTypes ?? [];
  if (!Observer) return { now: () => ({}), stop: () => undefined };

  const activationStart = navigationEntry(win)?.activationStart ?? 0;
  const sessions = new LayoutShiftSessions();
  let lcp: number | undefined;
  let sawShifts = false;
  let reported = '';
  let timer: number | undefined;

  const measured = (): StepTiming => {
    const timing: StepTiming = {};
    if (lcp !== undefined) timing.lcp = lcp;
    if (sawShifts || supported.includes('layout-shift')) timing.cls = sessions.value;
    return timing;
  };
  const report = safely((): void => {
    timer = undefined;
    hearLeaving.set(false);
    const timing = measured();
    const key = JSON.stringify(timing);
    if (key === reported || Object.keys(timing).length === 0) return;
    reported = key;
    onTiming(timing);
  });
  const schedule = (): void => {
    if (timer !== undefined) return;
    timer = win.setTimeout(report, intervalMs);
    hearLeaving.set(true);
  };

  const observers: Array<{ observer: PerformanceObserver; take: (entries: PerformanceEntryList) => void }> = [];
  const observe = (type: string, take: (entries: PerformanceEntryList) => void): void => {
    if (!supported.includes(type)) return;
    const observer = new Observer(
      safely((list: PerformanceObserverEntryList) => {
        take(list.getEntries());
        schedule();
      }),
    );
    observer.observe({ type, buffered: true });
    observers.push({ observer, take });
  };
  observe('largest-contentful-paint', (entries) => {
    lcp = largestContentfulPaint(entries, activationStart) ?? lcp;
  });
  observe('layout-shift', (entries) => {
    sawShifts = true;
    for (const entry of entries) sessions.add(entry as unknown as LayoutShiftLike);
  });

  // Entries queued but not yet delivered to the callback: the page is going away, or its step is made, take them now.
  const takePending = safely((): void => {
    for (const { observer, take } of observers) take(observer.takeRecords?.() ?? []);
  });
  const flush = safely((): void => {
    takePending();
    if (timer !== undefined) win.clearTimeout(timer);
    report();
  });
  const onHidden = (): void => {
    if (win.document.visibilityState === 'hidden') flush();
  };
  /**
   * The page hidden or left sends what is waiting, heard only while a report waits: a page left with its figures sent
   * (the step carries them) is not slowed for nothing. A shift the browser has not yet handed to the observer when the
   * page goes is then not counted; it would have to come in the page's very last frame, and shifts within half a second
   * of the tester's input do not count anyway.
   */
  const hearLeaving = listenWhile(() => {
    win.addEventListener('pagehide', flush, true);
    win.document.addEventListener('visibilitychange', onHidden, true);
    return [() => win.removeEventListener('pagehide', flush, true), () => win.document.removeEventListener('visibilitychange', onHidden, true)];
  });

  return {
    now: () => {
      takePending();
      const timing = measured();
      reported = JSON.stringify(timing);
      return timing;
    },
    stop: () => {
      if (timer !== undefined) win.clearTimeout(timer);
      for (const { observer } of observers) observer.disconnect();
      hearLeaving.remove();
    },
  };
}
