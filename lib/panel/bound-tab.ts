import { browser } from 'wxt/browser';

/**
 * The tab this panel speaks for: `?tab=<id>` when given (how tests and the journey map open the real
 * panel in an ordinary tab), else the active tab of the panel's window, following tab switches.
 */
export async function watchBoundTab(onTab: (tabId: number | null) => void): Promise<() => void> {
  const fixed = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fixed) && fixed > 0) {
    onTab(fixed);
    return () => undefined;
  }
  const window = await browser.windows.getCurrent();
  const [active] = await browser.tabs.query({ active: true, windowId: window.id });
  onTab(active?.id ?? null);
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === window.id) onTab(info.tabId);
  };
  browser.tabs.onActivated.addListener(onActivated);
  return () => browser.tabs.onActivated.removeListener(onActivated);
}
