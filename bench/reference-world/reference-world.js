// At each commit of a page whose address asks for it, an empty script in this extension's world, injected the way
// Trailnote injects its recorder (at once, into the committed document): what the browser charges a page for any
// content script, whatever it does. The filter keeps this worker asleep for every other page.
chrome.webNavigation.onCommitted.addListener(
  ({ tabId, documentId }) => {
    chrome.scripting.executeScript({ target: { tabId, documentIds: [documentId] }, func: () => undefined, injectImmediately: true }).catch(() => undefined);
  },
  { url: [{ queryPrefix: 'world&' }] },
);
