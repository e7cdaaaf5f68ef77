import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { openPanelFromToolbar } from '../../lib/recording/panel-behaviour';

/** The fake browser's sidebar and side panel, as this test sets them: it has Firefox's sidebarAction, not Chrome's sidePanel. */
interface PanelApis {
  sidebarAction?: { toggle: () => Promise<void> };
  sidePanel?: { setPanelBehavior: (behaviour: object) => Promise<void> };
}
const fake = fakeBrowser as unknown as PanelApis;
const { sidebarAction } = fake;
const tab = { id: 7, windowId: 1 } as Browser.tabs.Tab;
const click = { modifiers: [], button: 0 };

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  fake.sidebarAction = sidebarAction;
  delete fake.sidePanel;
});

describe('the toolbar button', () => {
  it('toggles Firefox’s sidebar in the click itself, each click', async () => {
    const toggle = vi.fn(() => Promise.resolve());
    fake.sidebarAction = { toggle };
    openPanelFromToolbar();
    // Firefox refuses sidebarAction.toggle once the user action is over: it must be called before the listener returns.
    const clicked = fakeBrowser.action.onClicked.trigger(tab, click);
    expect(toggle).toHaveBeenCalledTimes(1);
    await clicked;
    await fakeBrowser.action.onClicked.trigger(tab, click);
    expect(toggle).toHaveBeenCalledTimes(2);
  });

  it('leaves Chrome’s side panel to open by itself, and sets no click listener', () => {
    const setPanelBehavior = vi.fn(() => Promise.resolve());
    fake.sidePanel = { setPanelBehavior };
    delete fake.sidebarAction;
    const addListener = vi.spyOn(fakeBrowser.action.onClicked, 'addListener');
    openPanelFromToolbar();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(addListener).not.toHaveBeenCalled();
  });
});
