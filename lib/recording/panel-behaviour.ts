import { browser } from 'wxt/browser';

/** The toolbar button opens the side panel (Chrome remembers the behaviour; setting it again is harmless). */
export function openPanelFromToolbar(): void {
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
}
