import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { openPanelFromToolbar } from '../../lib/recording/panel-behaviour';

/** The fake browser with the APIs each browser has and WXT's types do not name. */
type Extended = typeof fakeBrowser & { sidebarAction?: { toggle: () => Promise<void> }; sidePanel?: { setPanelBehavior: (behaviour: object) => Promise<void> } };
const fake = fakeBrowser as Extended;
const tab = { id: 7, windowId: 1 } as Browser.tabs.Tab;

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  delete fake.sidebarAction;
  delete fake.sidePanel;
});

describe('the toolbar button', () => {
  it('toggles Firefox’s sidebar in the click itself, each click', async () => {
    const toggle = vi.fn(() => Promise.resolve());
    fake.sidebarAction = { toggle };
    openPanelFromToolbar();
    // Firefox refuses sidebarAction.toggle once the user action is over: it must be called before the listener returns.
    const clicked = fakeBrowser.action.onClicked.trigger(tab);
    expect(toggle).toHaveBeenCalledTimes(1);
    await clicked;
    await fakeBrowser.action.onClicked.trigger(tab);
    expect(toggle).toHaveBeenCalledTimes(2);
  });

  it('leaves Chrome’s side panel to open by itself, and sets no click listener', () => {
    const setPanelBehavior = vi.fn(() => Promise.resolve());
    fake.sidePanel = { setPanelBehavior };
    const addListener = vi.spyOn(fakeBrowser.action.onClicked, 'addListener');
    openPanelFromToolbar();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(addListener).not.toHaveBeenCalled();
  });
});
