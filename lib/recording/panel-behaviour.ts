import { browser } from 'wxt/browser';
import { logError } from '../diagnostics';

/** The toolbar button opens the side panel (Chrome remembers the behaviour; setting it again is harmless). */
export function openPanelFromToolbar(): void {
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => logError(error, 'background: toolbar opens the panel'));
}
