import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/contract/protocol';
import { pictureShowsCover } from '../../lib/capture/cover-check';
import { takeScreenshot } from '../../lib/recording/take-screenshot';
import { speakFrench } from './support/french-browser';

vi.mock('../../lib/contract/protocol', () => ({ sendMessage: vi.fn() }));
vi.mock('../../lib/recording/inject', () => ({ injectPageRenderer: vi.fn(async () => undefined) }));
vi.mock('../../lib/capture/cover-check', () => ({ pictureShowsCover: vi.fn() }));

const turn = vi.fn(async () => undefined);
const covering = { coverTypedText: true, turn };

/** A tab whose visible-tab capture fails, so the page is asked to draw itself, and answers with `drawing`. */
async function tabWhoseDrawing(drawing: () => Promise<unknown>, active = true): Promise<number> {
  const tab = { id: 7, windowId: 1, url: 'https://shop.example/cart', active } as Browser.tabs.Tab;
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- vitest types the mock from the callback overload of tabs.get, which returns void; the code under test awaits the promise overload
  vi.spyOn(browser.tabs, 'get').mockImplementation(async () => tab);
  const frames = [{ frameId: 0, url: 'https://shop.example/cart' }] as Browser.webNavigation.GetAllFrameResultDetails[];
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- vitest types the mock from the callback overload of webNavigation.getAllFrames, which returns void; the code under test awaits the promise overload
  vi.spyOn(browser.webNavigation, 'getAllFrames').mockImplementation(async () => frames);
  vi.spyOn(browser.tabs, 'captureVisibleTab').mockRejectedValue(new Error('Cannot access contents of the page'));
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- as above, for webNavigation.getFrame
  vi.spyOn(browser.webNavigation, 'getFrame').mockImplementation(async () => ({ errorOccurred: false }) as Browser.webNavigation.GetFrameResultDetails);
  vi.mocked(sendMessage).mockImplementation(((type: string) => (type === 'captureWithHtml2Canvas' ? drawing() : Promise.resolve({ ok: true, value: true }))) as typeof sendMessage);
  return tab.id!;
}

describe('takeScreenshot when the page has to draw itself', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.mocked(sendMessage).mockReset();
  });

  it('says the page changed when it unloaded before answering, not a messaging error', async () => {
    const tabId = await tabWhoseDrawing(() => Promise.reject(new Error('No response')));
    await expect(takeScreenshot(tabId, covering)).rejects.toMatchObject({
      problem: { code: 'capture-failed', message: 'No screenshot: the page changed before Trailnote could take its picture.' },
    });
  });

  it('says in plain words that the tab showed the browser’s error page, never Chrome’s own English reason', async () => {
    const tabId = await tabWhoseDrawing(() => Promise.reject(new Error('Frame with ID 0 is showing error page')));
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- as above, for webNavigation.getFrame
    vi.spyOn(browser.webNavigation, 'getFrame').mockImplementation(async () => ({ errorOccurred: true }) as Browser.webNavigation.GetFrameResultDetails);
    const refusal = takeScreenshot(tabId, covering);
    await expect(refusal).rejects.toMatchObject({
      problem: { code: 'capture-failed', message: 'No screenshot: the tab was showing the browser’s error page (the page did not load).' },
    });
    // The browser's words stay underneath, for the diagnostics log (which keeps only the error's name).
    await expect(refusal).rejects.toHaveProperty('cause.message', 'Frame with ID 0 is showing error page');
  });

  it('says so in the tester’s language when the page is in French', async () => {
    speakFrench();
    const tabId = await tabWhoseDrawing(() => Promise.reject(new Error('Frame with ID 0 is showing error page')));
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- as above, for webNavigation.getFrame
    vi.spyOn(browser.webNavigation, 'getFrame').mockImplementation(async () => ({ errorOccurred: true }) as Browser.webNavigation.GetFrameResultDetails);
    await expect(takeScreenshot(tabId, covering)).rejects.toMatchObject({
      problem: { message: 'Pas de capture : l’onglet affichait la page d’erreur du navigateur (la page ne s’est pas chargée).' },
    });
  });

  it('words any other failure plainly too: the page’s or the browser’s reason is not the tester’s', async () => {
    const tabId = await tabWhoseDrawing(() => Promise.resolve({ ok: false, error: 'oklch colours are not supported' }));
    await expect(takeScreenshot(tabId, covering)).rejects.toMatchObject({ problem: { message: 'No screenshot: the browser could not take a picture of this page.' } });
  });

  it('tells the page whether to blank typed text, as the walk records it or not', async () => {
    const tabId = await tabWhoseDrawing(() => Promise.resolve({ ok: true, value: 'data:image/jpeg;base64,' }));
    await takeScreenshot(tabId, covering);
    await takeScreenshot(tabId, { coverTypedText: false, turn });
    const requests = vi
      .mocked(sendMessage)
      .mock.calls.filter(([type]) => type === 'captureWithHtml2Canvas')
      .map(([, data]) => data);
    expect(requests).toMatchObject([{ coverTypedText: true }, { coverTypedText: false }]);
  });

  it('says the tab was hidden when it was not the visible tab', async () => {
    const tabId = await tabWhoseDrawing(() => Promise.reject(new Error('No response')), false);
    await expect(takeScreenshot(tabId, covering)).rejects.toMatchObject({ problem: { code: 'capture-hidden-tab' } });
  });
});

describe('takeScreenshot of the visible tab', () => {
  const passwordBox = { left: 10, top: 50, width: 200, height: 30, fill: 'sensitive' as const };

  /** A visible tab whose top frame paints a cover over its password field. */
  function visibleTab(): number {
    const tab = { id: 7, windowId: 1, url: 'https://shop.example/checkout', active: true } as Browser.tabs.Tab;
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- vitest types the mock from the callback overload of tabs.get, which returns void; the code under test awaits the promise overload
    vi.spyOn(browser.tabs, 'get').mockImplementation(async () => tab);
    const frames = [{ frameId: 0, url: 'https://shop.example/checkout' }] as Browser.webNavigation.GetAllFrameResultDetails[];
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- as above, for webNavigation.getAllFrames
    vi.spyOn(browser.webNavigation, 'getAllFrames').mockImplementation(async () => frames);
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- as above, for tabs.captureVisibleTab
    vi.spyOn(browser.tabs, 'captureVisibleTab').mockImplementation(async () => 'data:image/jpeg;base64,');
    vi.mocked(sendMessage).mockImplementation(((type: string) => {
      if (type === 'coverSensitiveFields') return Promise.resolve({ ok: true, value: { boxes: [passwordBox], viewportWidth: 1280 } });
      if (type === 'captureWithHtml2Canvas') return Promise.resolve({ ok: true, value: 'data:image/jpeg;base64,' });
      return Promise.resolve({ ok: true, value: true });
    }) as typeof sendMessage);
    return tab.id!;
  }

  beforeEach(() => {
    fakeBrowser.reset();
    vi.mocked(sendMessage).mockReset();
    vi.mocked(pictureShowsCover).mockReset();
    turn.mockClear();
  });

  it('keeps the picture once it shows the cover the top frame painted, waiting a turn before each capture', async () => {
    const tabId = visibleTab();
    vi.mocked(pictureShowsCover).mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    await expect(takeScreenshot(tabId, covering)).resolves.toMatchObject({ method: 'visible-tab' });
    expect(browser.tabs.captureVisibleTab).toHaveBeenCalledTimes(2);
    expect(turn).toHaveBeenCalledTimes(2);
    expect(vi.mocked(pictureShowsCover).mock.calls[0][1]).toEqual({ boxes: [passwordBox], viewportWidth: 1280 });
    // The cover came down once, after the picture.
    expect(vi.mocked(sendMessage).mock.calls.map(([type]) => type)).toEqual(['coverSensitiveFields', 'uncoverSensitiveFields']);
  });

  it('never keeps a picture without the cover: after three it has the page draw itself', async () => {
    const tabId = visibleTab();
    vi.mocked(pictureShowsCover).mockResolvedValue(false);
    await expect(takeScreenshot(tabId, covering)).resolves.toMatchObject({ method: 'html2canvas' });
    expect(browser.tabs.captureVisibleTab).toHaveBeenCalledTimes(3);
    expect(vi.mocked(sendMessage).mock.calls.map(([type]) => type)).toContain('captureWithHtml2Canvas');
  });
});
