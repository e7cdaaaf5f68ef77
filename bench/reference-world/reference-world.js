// An empty script in this extension's world, in pages whose address asks for it: what the browser charges a page for
// any content script, whatever it does. `?world&at=commit&` injects it at each commit, at once into the committed
// document, the way Trailnote injects its recorder; `?world&at=load&` once the page has loaded, so that nothing of this
// extension runs while the page loads. The filters keep this worker asleep for every other page.
const injectEmptyScript = ({ tabId, documentId }, injectImmediately) => {
  chrome.scripting.executeScript({ target: { tabId, documentIds: [documentId] }, func: () => undefined, injectImmediately }).catch(() => undefined);
};
chrome.webNavigation.onCommitted.addListener((details) => injectEmptyScript(details, true), { url: [{ queryPrefix: 'world&at=commit&' }] });
chrome.webNavigation.onCompleted.addListener((details) => injectEmptyScript(details, false), { url: [{ queryPrefix: 'world&at=load&' }] });
