import { describe, expect, it } from 'vitest';
import { whyNotRecordable } from '../../lib/recording/recordable';

describe('pages Trailnote can record', () => {
  it.each([
    ['https://shop.example/cart', null],
    ['http://127.0.0.1:8080/', null],
    ['chrome://settings/', 'errorNotRecordableChrome'],
    ['chrome://newtab/', 'errorNotRecordableChrome'],
    ['about:blank', 'errorNotRecordableChrome'],
    ['chrome-extension://abc/sidepanel.html', 'errorNotRecordableChrome'],
    ['view-source:https://shop.example/', 'errorNotRecordableChrome'],
    ['https://chromewebstore.google.com/detail/x', 'errorNotRecordableStore'],
    ['https://chrome.google.com/webstore/detail/x', 'errorNotRecordableStore'],
    ['https://addons.mozilla.org/firefox/addon/x/', 'firefoxNotRecordableAddons'],
    ['moz-extension://5d1b7a0e/sidepanel.html', 'errorNotRecordableChrome'],
    ['https://shop.example/terms.PDF', 'errorNotRecordablePdf'],
    ['file:///home/me/page.html', 'errorNotRecordableFile'],
    ['data:text/html,hi', 'errorNotRecordableFile'],
    ['not a url', 'errorNotRecordableFile'],
    [undefined, 'errorNoTab'],
  ])('%s → %s', (url, expected) => {
    expect(whyNotRecordable(url)).toBe(expected);
  });
});
