import { describe, expect, it, vi } from 'vitest';
import {
  loadedAt,
  cumulativeLayoutShift,
  largestContentfulPaint,
  navigationTiming,
  observePageTiming,
  whenLoaded,
  whenSettled,
  type LayoutShiftLike,
  type NavigationTimingLike,
} from '../../lib/recorder/page-timing';

describe('navigationTiming', () => {
  it.each<[string, NavigationTimingLike, ReturnType<typeof navigationTiming>]>([
    [
      'finished load',
      { responseStart: 120.4, domContentLoadedEventEnd: 480.6, loadEventEnd: 910.2, transferSize: 15320 },
      { ttfb: 120, domContentLoaded: 481, load: 910, transferSize: 15320 },
    ],
    ['load not over yet', { responseStart: 80, domContentLoadedEventEnd: 300, loadEventEnd: 0, transferSize: 0 }, { ttfb: 80, domContentLoaded: 300, transferSize: 0 }],
    [
      'prerendered: ttfb from activation',
      { responseStart: 50, domContentLoadedEventEnd: 200, loadEventEnd: 260, activationStart: 1500 },
      { ttfb: 0, domContentLoaded: 200, load: 260 },
    ],
    [
      'activated after a slow response',
      { responseStart: 900, domContentLoadedEventEnd: 1000, loadEventEnd: 1100, activationStart: 400 },
      { ttfb: 500, domContentLoaded: 1000, load: 1100 },
    ],
    ['nothing yet', { responseStart: 0, domContentLoadedEventEnd: 0, loadEventEnd: 0 }, {}],
  ])('%s', (_, entry, expected) => {
    expect(navigationTiming(entry)).toEqual(expected);
  });
});

describe('largestContentfulPaint', () => {
  it.each([
    ['no entries', [], undefined],
    ['last candidate wins', [{ startTime: 300.2 }, { startTime: 1250.7 }], 1251],
    ['renderTime when startTime is 0', [{ startTime: 0, renderTime: 640 }], 640],
    ['loadTime for a cross-origin image', [{ startTime: 0, renderTime: 0, loadTime: 720 }], 720],
  ])('%s', (_, entries, expected) => {
    expect(largestContentfulPaint(entries)).toBe(expected);
  });
});

const shift = (startTime: number, value: number, hadRecentInput = false): LayoutShiftLike => ({ startTime, value, hadRecentInput });

describe('cumulativeLayoutShift (session windows)', () => {
  it.each<[string, LayoutShiftLike[], number]>([
    ['no shifts', [], 0],
    ['one window', [shift(100, 0.05), shift(600, 0.05), shift(1400, 0.02)], 0.12],
    ['gap of 1 s or more starts a new window; largest wins', [shift(100, 0.1), shift(1200, 0.03), shift(1500, 0.03)], 0.1],
    ['later window larger', [shift(100, 0.02), shift(3000, 0.1), shift(3500, 0.1)], 0.2],
    ['window capped at 5 s', [0, 900, 1800, 2700, 3600, 4500, 5400].map((t) => shift(t, 0.1)), 0.6],
    ['shifts after input ignored', [shift(100, 0.3, true), shift(200, 0.01)], 0.01],
    ['rounded to 4 decimals', [shift(0, 0.123456)], 0.1235],
  ])('%s', (_, entries, expected) => {
    expect(cumulativeLayoutShift(entries)).toBeCloseTo(expected, 10);
  });
});

describe('observePageTiming', () => {
  /** A PerformanceObserver double that lets a test deliver entries. */
  function fakeWindow() {
    const observers: Array<{ type: string; callback: (list: { getEntries: () => unknown[] }) => void }> = [];
    /** Entries the browser has queued and not yet delivered to the callbacks: takeRecords() takes them. */
    const queued = new Map<string, unknown[]>();
    class FakeObserver {
      static supportedEntryTypes = ['largest-contentful-paint', 'layout-shift'];
      private type = '';
      constructor(private callback: (list: { getEntries: () => unknown[] }) => void) {}
      observe({ type }: { type: string }) {
        this.type = type;
        observers.push({ type, callback: this.callback });
      }
      takeRecords() {
        const entries = queued.get(this.type) ?? [];
        queued.delete(this.type);
        return entries;
      }
      disconnect() {
        observers.splice(
          observers.findIndex((o) => o.callback === this.callback),
          1,
        );
      }
    }
    const target = new EventTarget();
    const win = Object.assign(target, {
      PerformanceObserver: FakeObserver,
      performance: { getEntriesByType: () => [] },
      document: Object.assign(new EventTarget(), { visibilityState: 'visible' }),
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      clearTimeout: (id: number) => clearTimeout(id),
    }) as unknown as Window;
    const deliver = (type: string, entries: unknown[]) => observers.filter((o) => o.type === type).forEach((o) => o.callback({ getEntries: () => entries }));
    const queue = (type: string, entries: unknown[]) => queued.set(type, [...(queued.get(type) ?? []), ...entries]);
    return { win, deliver, queue, observers };
  }

  it('reports LCP and CLS changes at most once per interval, and at once on pagehide', () => {
    vi.useFakeTimers();
    const { win, deliver, observers } = fakeWindow();
    const reports: unknown[] = [];
    const { stop } = observePageTiming(win, (timing) => reports.push(timing));
    deliver('largest-contentful-paint', [{ startTime: 500 }]);
    deliver('layout-shift', [shift(100, 0.05)]);
    deliver('largest-contentful-paint', [{ startTime: 900 }]);
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(reports).toEqual([{ lcp: 900, cls: 0.05 }]);
    deliver('layout-shift', [shift(300, 0.02)]);
    win.dispatchEvent(new Event('pagehide'));
    expect(reports).toEqual([
      { lcp: 900, cls: 0.05 },
      { lcp: 900, cls: 0.07 },
    ]);
    stop();
    expect(observers).toHaveLength(0);
    vi.useRealTimers();
  });

  it('gives the figures measured so far to the page step, queued entries included, and then reports only what changes', () => {
    vi.useFakeTimers();
    const { win, deliver, queue } = fakeWindow();
    const adds = vi.spyOn(win, 'addEventListener');
    const removes = vi.spyOn(win, 'removeEventListener');
    const leaveListeners = () => adds.mock.calls.filter(([type]) => type === 'pagehide').length - removes.mock.calls.filter(([type]) => type === 'pagehide').length;
    const reports: unknown[] = [];
    const { now, stop } = observePageTiming(win, (timing) => reports.push(timing));
    deliver('largest-contentful-paint', [{ startTime: 500 }]);
    queue('largest-contentful-paint', [{ startTime: 700 }]);
    queue('layout-shift', [shift(100, 0.05)]);
    expect(now()).toEqual({ lcp: 700, cls: 0.05 });
    // Left soon after: nothing changed, nothing to send as the page unloads (nor when the interval is over).
    win.dispatchEvent(new Event('pagehide'));
    vi.advanceTimersByTime(1000);
    expect(reports).toEqual([]);
    // Nothing waits: the page being left is not even listened to (issue 19: each listener is a call on the next page's critical path).
    expect(leaveListeners()).toBe(0);
    // A shift after the step is still reported, at the latest when the page is left, with what is queued behind it.
    deliver('layout-shift', [shift(400, 0.01)]);
    expect(leaveListeners()).toBe(1);
    queue('layout-shift', [shift(450, 0.01)]);
    win.dispatchEvent(new Event('pagehide'));
    expect(reports).toEqual([{ lcp: 700, cls: 0.07 }]);
    expect(leaveListeners()).toBe(0);
    stop();
    vi.useRealTimers();
  });

  it('measures nothing where the browser has no PerformanceObserver', () => {
    const watch = observePageTiming(Object.assign(new EventTarget(), { document: new EventTarget() }) as unknown as Window, () => undefined);
    expect(watch.now()).toEqual({});
    watch.stop();
  });
});

describe('loadedAt', () => {
  const windowWith = (loadEventEnd: number | undefined, timeOrigin = 1_700_000_000_000.4) =>
    ({ performance: { timeOrigin, getEntriesByType: () => (loadEventEnd === undefined ? [] : [{ loadEventEnd }]) } }) as unknown as Window;

  it('dates the load on the epoch clock', () => {
    expect(loadedAt(windowWith(812.3))).toBe(1_700_000_000_813);
  });

  it('dates a page that has not loaded by its DOMContentLoaded (a resource that never ends holds the load back)', () => {
    const win = { performance: { timeOrigin: 1_700_000_000_000, getEntriesByType: () => [{ loadEventEnd: 0, domContentLoadedEventEnd: 95.6 }] } } as unknown as Window;
    expect(loadedAt(win)).toBe(1_700_000_000_096);
  });

  it.each([
    ['before the load event ended', 0],
    ['without a navigation entry', undefined],
  ])('is undefined %s', (_case, end) => {
    expect(loadedAt(windowWith(end))).toBeUndefined();
  });
});

describe('whenLoaded', () => {
  /** A document that says complete while its load event is dispatched: loadEventEnd is stamped a little later. */
  function loadingWindow(readyState: DocumentReadyState) {
    const timing = { loadEventEnd: 0 };
    const addEventListener = vi.fn();
    const win = {
      document: { readyState },
      performance: { getEntriesByType: () => [timing] },
      setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
      addEventListener,
    } as unknown as Window;
    return { win, timing, addEventListener };
  }

  it('waits, in a complete document, for the load event being dispatched to end (Firefox injects the recorder then)', async () => {
    vi.useFakeTimers();
    try {
      const { win, timing } = loadingWindow('complete');
      let loaded = false;
      void whenLoaded(win).then(() => (loaded = true));
      await vi.advanceTimersByTimeAsync(200);
      expect(loaded).toBe(false);
      timing.loadEventEnd = 1234;
      await vi.advanceTimersByTimeAsync(50);
      expect(loaded).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up waiting after a second: a page whose load never ends still gets its step', async () => {
    vi.useFakeTimers();
    try {
      let loaded = false;
      void whenLoaded(loadingWindow('complete').win).then(() => (loaded = true));
      await vi.advanceTimersByTimeAsync(1050);
      expect(loaded).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits for the load event of a document still loading', async () => {
    const { win, timing, addEventListener } = loadingWindow('loading');
    let loaded = false;
    void whenLoaded(win).then(() => (loaded = true));
    const [[type, listener]] = addEventListener.mock.calls as Array<[string, () => void]>;
    expect(type).toBe('load');
    (win.document as { readyState: DocumentReadyState }).readyState = 'complete';
    timing.loadEventEnd = 900;
    listener();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(loaded).toBe(true);
  });
});

describe('whenSettled', () => {
  /** A page past DOMContentLoaded (ended at 300 ms) whose load event has not come; its clock starts at 0. */
  function stalledWindow() {
    const timing = { loadEventEnd: 0, domContentLoadedEventEnd: 300 };
    const listeners: Array<() => void> = [];
    const startedAt = Date.now();
    const win = {
      document: { readyState: 'interactive' as DocumentReadyState },
      performance: { getEntriesByType: () => [timing], now: () => Date.now() - startedAt + 400 },
      setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
      clearTimeout: (id: number) => clearTimeout(id),
      addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
    } as unknown as Window;
    return { win, timing, listeners };
  }

  it('gives up on a load that does not come, the bound after DOMContentLoaded', async () => {
    vi.useFakeTimers();
    try {
      let settled: boolean | undefined;
      void whenSettled(stalledWindow().win, 1000).then((loaded) => (settled = loaded));
      // The clock says 400 ms: DOMContentLoaded ended 100 ms ago, so 900 ms are left.
      await vi.advanceTimersByTimeAsync(850);
      expect(settled).toBeUndefined();
      await vi.advanceTimersByTimeAsync(100);
      expect(settled).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says loaded when the load event comes first', async () => {
    vi.useFakeTimers();
    try {
      const { win, timing, listeners } = stalledWindow();
      let settled: boolean | undefined;
      void whenSettled(win, 1000).then((loaded) => (settled = loaded));
      (win.document as { readyState: DocumentReadyState }).readyState = 'complete';
      timing.loadEventEnd = 450;
      listeners.forEach((listener) => listener());
      await vi.advanceTimersByTimeAsync(10);
      expect(settled).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
