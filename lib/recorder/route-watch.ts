import type { NavigationTransition } from '../journey/types';
import { guarded } from './guard';
import { on, type ListenOptions, type Remove } from './listen';

/**
 * SPA route changes, seen from the content script's isolated world. The page's `history.pushState`
 * calls are invisible from here (separate JS worlds), but the Navigation API's events are DOM events
 * both worlds share (https://developer.chrome.com/docs/web-platform/navigation-api). Without it:
 * popstate, hashchange, and a look at location.href every few hundred ms.
 */

export interface RouteChange {
  url: string;
  title: string;
  /** Milliseconds from the click that caused the change (or the change itself) to the page settling. */
  routeSettled: number;
  /** How the route changed, in webNavigation's words: Back or Forward through the app's history is "forward_back". */
  transition: NavigationTransition;
}

/** The Navigation API's navigationType (or what the fallback saw): push, replace, reload or traverse. */
type RouteCause = 'push' | 'replace' | 'reload' | 'traverse';

/** A route change as Chrome's webNavigation words a same-document navigation. */
export function routeTransition(cause: RouteCause): NavigationTransition {
  if (cause === 'reload') return { type: 'reload', qualifiers: [] };
  return { type: 'link', qualifiers: cause === 'traverse' ? ['forward_back'] : [] };
}

export interface RouteWatchOptions {
  /** Time (same clock as `now`) of the tester's last trusted click, if any. */
  lastClickAt?: () => number | undefined;
  /** Defaults to the window's performance.now(). */
  now?: () => number;
  pollMs?: number;
  /**
   * The page counts as settled after this long without a DOM or title change. Apps fetch a view's data
   * before drawing it, often for a few hundred ms with nothing changing: a short spell would call the
   * route settled before it is drawn, with the previous view's title. The figure is measured to the last
   * change, so waiting longer delays the step, not the number.
   */
  quietMs?: number;
  /** Slow or animated pages settle at the latest after this long. */
  maxSettleMs?: number;
  /** A click this long before the change still counts as its cause. */
  clickWindowMs?: number;
  /** Tests turn it off to exercise the fallback in a DOM that has the Navigation API. */
  useNavigationApi?: boolean;
  /** How the tester's own input is listened to (the recorder's shared options). */
  listen?: ListenOptions;
}

interface Settling {
  url: string;
  cause: RouteCause;
  startedAt: number;
  lastChangeAt: number;
  observer: MutationObserver;
  quietTimer: number;
  capTimer: number;
}

export function watchRoutes(win: Window, onRoute: (change: RouteChange) => void, options: RouteWatchOptions = {}): Remove {
  const {
    lastClickAt = () => undefined,
    now = () => win.performance.now(),
    pollMs = 250,
    quietMs = 600,
    maxSettleMs = 3000,
    clickWindowMs = 2000,
    useNavigationApi = true,
    listen: listenOptions,
  } = options;
  let lastUrl = win.location.href;
  let settling: Settling | undefined;
  /** How the next change comes about, when an event said so before the address changed. */
  let nextCause: RouteCause | undefined;
  // The page's history calls, DOM changes and timers call back into here: each call runs guarded.
  const safely = <A extends unknown[]>(callback: (...args: A) => void) => guarded('recorder: routes', callback, listenOptions?.onError);

  /** Reports the route being settled, measuring to its last DOM change (not to when we noticed the quiet). */
  const finish = safely((settledAt: number): void => {
    if (!settling) return;
    const { url, cause: how, startedAt, observer, quietTimer, capTimer } = settling;
    settling = undefined;
    observer.disconnect();
    win.clearTimeout(quietTimer);
    win.clearTimeout(capTimer);
    const click = lastClickAt();
    const cause = click !== undefined && click <= startedAt && startedAt - click <= clickWindowMs ? click : startedAt;
    onRoute({ url, title: win.document.title, routeSettled: Math.max(0, Math.round(settledAt - cause)), transition: routeTransition(how) });
  });

  const check = safely((): void => {
    const url = win.location.href;
    const cause = nextCause ?? 'push';
    nextCause = undefined;
    if (url === lastUrl) return;
    lastUrl = url;
    // A new route while the last one settles: that one is as settled as it will get.
    if (settling) finish(settling.lastChangeAt);
    const startedAt = now();
    const observer = new (win as Window & typeof globalThis).MutationObserver(
      safely(() => {
        if (!settling) return;
        settling.lastChangeAt = now();
        win.clearTimeout(settling.quietTimer);
        settling.quietTimer = win.setTimeout(() => finish(settling?.lastChangeAt ?? now()), quietMs);
      }),
    );
    observer.observe(win.document.documentElement, { childList: true, subtree: true, characterData: true });
    settling = {
      url,
      cause,
      startedAt,
      lastChangeAt: startedAt,
      observer,
      quietTimer: win.setTimeout(() => finish(settling?.lastChangeAt ?? startedAt), quietMs),
      capTimer: win.setTimeout(() => finish(now()), maxSettleMs),
    };
  });

  // The tester acting on the new view (pressing, typing) means it is drawn as far as they are concerned:
  // the route is reported first, so its step comes before the step of that action.
  const settleOnInput = (): void => {
    if (settling) finish(settling.lastChangeAt);
  };
  const removers: Remove[] = [on(win, 'pointerdown', settleOnInput, listenOptions), on(win, 'keydown', settleOnInput, listenOptions)];
  const listen = (target: EventTarget, type: string, causeOf?: (event: Event) => RouteCause | undefined): void => {
    // Not through on(): these fire for the page's own history calls, which are the point here.
    const handler = (event: Event): void => {
      nextCause = causeOf?.(event);
      check();
    };
    target.addEventListener(type, handler);
    removers.push(() => target.removeEventListener(type, handler));
  };
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation && useNavigationApi) {
    listen(navigation, 'navigatesuccess');
    // NavigationCurrentEntryChangeEvent.navigationType: https://html.spec.whatwg.org/#the-navigationcurrententrychangeevent-interface
    listen(navigation, 'currententrychange', (event) => (event as Event & { navigationType?: RouteCause | null }).navigationType ?? undefined);
  } else {
    listen(win, 'popstate', () => 'traverse');
    listen(win, 'hashchange');
    const poll = win.setInterval(check, pollMs);
    removers.push(() => win.clearInterval(poll));
  }

  return () => {
    for (const remove of removers) remove();
    if (settling) {
      settling.observer.disconnect();
      win.clearTimeout(settling.quietTimer);
      win.clearTimeout(settling.capTimer);
      settling = undefined;
    }
  };
}
