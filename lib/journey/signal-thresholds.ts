/**
 * Every limit of the friction signals, in one place (README, "Friction signals", says why each is what it is).
 * Detectors in the page (lib/recorder/) and the ones over stored figures (lib/journey/signals.ts) read them here,
 * and each signal keeps the limits it was measured against, so a walk recorded before a change still explains itself.
 */
export const SIGNAL_THRESHOLDS = {
  /** PostHog's defaults: 3 clicks or more, each within 1 s of the first and 30 px of it. */
  rageClick: { clicks: 3, withinMs: 1000, radiusPx: 30 },
  /**
   * Nothing happened for 2 s after a click: no navigation, no DOM change, no focus change, no request. Past 1 s
   * a tester's flow of thought breaks (Nielsen's response-time limits), so 2 s is already "nothing" to them; a
   * longer window (Sentry's 7 s) lets unrelated timers and carousels mask the dead click and keeps an observer
   * alive for longer. A slow answer is not missed: it starts a request, which counts as something.
   */
  deadClick: { windowMs: 2000 },
  /** An uncaught error or unhandled rejection within 1 s of a click. */
  errorClick: { windowMs: 1000 },
  /**
   * Core Web Vitals' "good" limits: more than 0.8 s to first byte or 2.5 s to the largest paint; an app route over 1 s;
   * a click the page took over 200 ms to answer (Interaction to Next Paint's "good" limit, from the Event Timing API).
   */
  slowPage: { ttfbMs: 800, lcpMs: 2500, routeSettledMs: 1000, interactionMs: 200 },
  /** Core Web Vitals' "good" limit of cumulative layout shift. */
  layoutShift: { cls: 0.1 },
  /** A field turns invalid or an error message appears within 2 s of a submit or a field change. */
  formError: { windowMs: 2000 },
  /** The page came back with an HTTP status of 400 or more, or did not come back at all (a network error). */
  httpError: { status: 400 },
  /** A return to a page seen among the last 3 pages before this one. */
  backtrack: { withinPages: 3 },
} as const;
