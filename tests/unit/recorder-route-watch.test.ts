/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchRoutes, type RouteChange } from '../../lib/recorder/route-watch';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let stop = () => {};
afterEach(() => stop());

describe('watchRoutes', () => {
  it('uses the Navigation API events when the window has them (no polling)', async () => {
    history.replaceState(null, '', '/a');
    const navigation = new EventTarget();
    const win = new Proxy(window, { get: (target, key) => (key === 'navigation' ? navigation : Reflect.get(target, key, target)) });
    const changes: RouteChange[] = [];
    stop = watchRoutes(win, (change) => changes.push(change), { pollMs: 10, quietMs: 20 });
    history.pushState(null, '', '/b');
    await wait(80);
    expect(changes).toEqual([]); // no event yet: the fallback poll is not running
    navigation.dispatchEvent(new Event('currententrychange'));
    await wait(80);
    expect(changes.map((change) => change.url)).toEqual(['http://localhost:3000/b']);
  });

  it('says how the route changed: Back or Forward through the app’s history as forward_back, a push as a link', async () => {
    history.replaceState(null, '', '/one');
    const navigation = new EventTarget();
    const win = new Proxy(window, { get: (target, key) => (key === 'navigation' ? navigation : Reflect.get(target, key, target)) });
    const changes: RouteChange[] = [];
    stop = watchRoutes(win, (change) => changes.push(change), { quietMs: 20 });
    const entryChange = (navigationType: string) => Object.assign(new Event('currententrychange'), { navigationType });
    history.pushState(null, '', '/two');
    navigation.dispatchEvent(entryChange('push'));
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    history.replaceState(null, '', '/one');
    navigation.dispatchEvent(entryChange('traverse'));
    await vi.waitFor(() => expect(changes).toHaveLength(2));
    expect(changes.map((change) => [new URL(change.url).pathname, change.transition])).toEqual([
      ['/two', { type: 'link', qualifiers: [] }],
      ['/one', { type: 'link', qualifiers: ['forward_back'] }],
    ]);
  });

  it('without the Navigation API, a popstate is a move through the history', async () => {
    history.replaceState(null, '', '/p1');
    const changes: RouteChange[] = [];
    stop = watchRoutes(window, (change) => changes.push(change), { pollMs: 1000, quietMs: 20, useNavigationApi: false });
    history.replaceState(null, '', '/p2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    expect(changes[0].transition).toEqual({ type: 'link', qualifiers: ['forward_back'] });
  });

  it('falls back to polling, reports hash changes, and ignores an unchanged url', async () => {
    history.replaceState(null, '', '/list');
    const changes: RouteChange[] = [];
    stop = watchRoutes(window, (change) => changes.push(change), { pollMs: 10, quietMs: 20, useNavigationApi: false });
    history.replaceState(null, '', '/list');
    await wait(50);
    history.pushState(null, '', '/list#reviews');
    await wait(80);
    expect(changes.map((change) => change.url)).toEqual(['http://localhost:3000/list#reviews']);
    expect(changes[0].routeSettled).toBeLessThan(40);
  });

  it('caps settling for a page that never stops changing', async () => {
    history.replaceState(null, '', '/x');
    const changes: RouteChange[] = [];
    stop = watchRoutes(window, (change) => changes.push(change), { pollMs: 10, quietMs: 30, maxSettleMs: 120, useNavigationApi: false });
    const ticker = setInterval(() => document.body.append('.'), 10);
    history.pushState(null, '', '/y');
    await wait(250);
    clearInterval(ticker);
    expect(changes).toHaveLength(1);
    expect(changes[0].routeSettled).toBeGreaterThanOrEqual(100);
    expect(changes[0].routeSettled).toBeLessThan(200);
  });

  it('reports a settling route as soon as the tester acts on the new view, before that action', async () => {
    history.replaceState(null, '', '/home');
    const log: string[] = [];
    stop = watchRoutes(window, (change) => log.push(`route ${change.title}`), {
      pollMs: 10,
      quietMs: 5_000,
      useNavigationApi: false,
      listen: { acceptUntrusted: true },
    });
    history.pushState(null, '', '/gear');
    await wait(40);
    document.title = 'Gear';
    document.body.append('drawn');
    await wait(20);
    window.addEventListener('pointerdown', () => log.push('pointerdown'), { once: true });
    window.dispatchEvent(new Event('pointerdown'));
    expect(log).toEqual(['route Gear', 'pointerdown']);
  });
});
