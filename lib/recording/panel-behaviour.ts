import { browser } from 'wxt/browser';
import { logError } from '../diagnostics';

/** Firefox's sidebar API (MDN, sidebarAction): in neither Chrome nor WXT's Chrome-based types. */
interface SidebarAction {
  toggle(): Promise<void>;
}

const sidebarAction = (): SidebarAction | undefined => (browser as typeof browser & { sidebarAction?: SidebarAction }).sidebarAction;

/**
 * The toolbar button opens the panel. Chrome opens its side panel by itself once told to (it remembers the
 * behaviour; setting it again is harmless). Firefox has no such setting: the button's click shows the sidebar, or
 * hides it, as Firefox's own sidebar buttons do. sidebarAction.toggle is refused outside a user action, so it is
 * called in the click's listener itself, before anything is awaited.
 */
export function openPanelFromToolbar(): void {
  const sidebar = sidebarAction();
  if (sidebar) {
    // Firefox's Manifest V2 calls the toolbar button browserAction.
    (browser.action ?? browser.browserAction).onClicked.addListener(() => {
      sidebar.toggle().catch((error: unknown) => logError(error, 'background: toolbar toggles the sidebar'));
    });
    return;
  }
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => logError(error, 'background: toolbar opens the panel'));
}
