import type { MessageKey } from '../i18n';

const browserSchemes = [
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'about:',
  'view-source:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'resource:',
];
const webStoreHosts = ['chromewebstore.google.com', 'microsoftedge.microsoft.com'];

/**
 * Why the browser will not let an extension record a page, as the message to show, or null when it can.
 * Checked before injecting so the tester reads a reason instead of a scripting error.
 */
export function whyNotRecordable(rawUrl: string | undefined): MessageKey | null {
  if (!rawUrl) return 'errorNoTab';
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return 'errorNotRecordableFile';
  }
  if (browserSchemes.includes(url.protocol)) return 'errorNotRecordableChrome';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'errorNotRecordableFile';
  if (webStoreHosts.includes(url.hostname) || (url.hostname === 'chrome.google.com' && url.pathname.startsWith('/webstore'))) {
    return 'errorNotRecordableStore';
  }
  // Firefox keeps its add-on site from extensions as Chrome keeps its Web Store.
  if (url.hostname === 'addons.mozilla.org') return 'firefoxNotRecordableAddons';
  if (/\.pdf$/i.test(url.pathname)) return 'errorNotRecordablePdf';
  return null;
}
