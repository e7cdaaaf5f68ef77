import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { followRecordedTabs } from '../../lib/recording/tab-follower';
import { recordingState, walkInThisSession } from '../../lib/recording/state';
import { transitionOf } from '../../lib/recording/transitions';
import { recorderConfigKey } from '../../lib/contract/protocol';

/**
 * The worker puts the recorder into each document the recorded tab commits, trying again at DOMContentLoaded and
 * load only when the earlier try was lost (issue 19: two injections per document cost the page twice).
 */

type Listener = (details: Record<string, unknown>) => void;

/** The webNavigation events the follower listens to, which the fake browser leaves out, fired by hand. */
const navigation = { commit: [] as Listener[], ready: [] as Listener[], complete: [] as Listener[] };

const tabId = 7;

/** Each injection as (file, target) once it lands; the recorder's lands when `land` says so. */
let injections: { file: string; target: Browser.scripting.InjectionTarget }[];
/** What was left in a document's world with a function (the recorder's config), run as Chrome would run it. */
let left: { target: Browser.scripting.InjectionTarget; args: unknown[] }[];
let land: (file: string, target: Browser.scripting.InjectionTarget) => Promise<void>;

beforeEach(async () => {
  fakeBrowser.reset();
  navigation.commit = [];
  navigation.ready = [];
  navigation.complete = [];
  const event = (listeners: Listener[]) => ({ addListener: (listener: Listener) => listeners.push(listener) });
  Object.assign(browser.webNavigation, {
    onCommitted: event(navigation.commit),
    onDOMContentLoaded: event(navigation.ready),
    onCompleted: event(navigation.complete),
    onErrorOccurred: event([]),
    onCreatedNavigationTarget: event([]),
  });
  injections = [];
  left = [];
  land = () => Promise.resolve();
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- vitest types the mock from executeScript's callback overload; the code under test awaits the promise one
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation(async (injection) => {
    if (injection.func) {
      const args = 'args' in injection ? (injection.args as unknown[]) : [];
      (injection.func as (...args: unknown[]) => void)(...args);
      left.push({ target: injection.target, args });
      return [];
    }
    const file = injection.files?.[0] ?? '';
    await land(file, injection.target);
    injections.push({ file, target: injection.target });
    return [];
  });
  await recordingState.setValue({ journeyId: 'j1', tabIds: [tabId], paused: false, recordTypedText: false });
  await walkInThisSession.setValue(true);
  followRecordedTabs();
});

const page = (documentId: string) => ({ tabId, frameId: 0, url: 'https://shop.example/', documentId });
const fire = (listeners: Listener[], details: Record<string, unknown>) => listeners.forEach((listener) => listener(details));
const recorderInjections = () => injections.filter(({ file }) => file.endsWith('recorder.js'));

/** Lets every pending promise and storage call of the follower run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('following a recorded tab', () => {
  it('injects a document once, at commit, even when its DOMContentLoaded comes before that injection has landed', async () => {
    let landCommit!: () => void;
    land = (file) => (file.endsWith('recorder.js') && recorderInjections().length === 0 ? new Promise((resolve) => (landCommit = resolve)) : Promise.resolve());
    fire(navigation.commit, { ...page('doc-1'), transitionType: 'typed', transitionQualifiers: ['from_address_bar'] });
    fire(navigation.ready, page('doc-1'));
    await settle();
    landCommit();
    await settle();
    fire(navigation.complete, page('doc-1'));
    await settle();
    expect(recorderInjections()).toEqual([{ file: '/content-scripts/recorder.js', target: { tabId, documentIds: ['doc-1'] } }]);
    expect(await transitionOf('doc-1')).toEqual({ type: 'typed', qualifiers: ['from_address_bar'] });
  });

  it('asks nothing of the storage while a page whose commit try worked loads; how it was reached is written once it has loaded', async () => {
    fire(navigation.commit, { ...page('doc-3'), transitionType: 'link', transitionQualifiers: [] });
    await settle();
    const reads = vi.spyOn(browser.storage.local, 'get');
    const writes = vi.spyOn(browser.storage.session, 'set');
    fire(navigation.ready, page('doc-3'));
    await settle();
    expect(reads).not.toHaveBeenCalled();
    expect(writes).not.toHaveBeenCalled();
    fire(navigation.complete, page('doc-3'));
    await settle();
    expect(reads).not.toHaveBeenCalled();
    expect(await browser.storage.session.get('transitions')).toEqual({ transitions: { 'doc-3': { type: 'link', qualifiers: [] } } });
    expect(recorderInjections()).toHaveLength(1);
  });

  it('leaves the recorder its config at commit, in its world, so that it starts without asking (a page left at once keeps its steps)', async () => {
    fire(navigation.commit, { ...page('doc-5'), transitionType: 'link', transitionQualifiers: [] });
    await settle();
    const config = { recordTypedText: false, tabId, transition: { type: 'link', qualifiers: [] } };
    expect(left).toEqual([{ target: { tabId, documentIds: ['doc-5'] }, args: [recorderConfigKey, expect.objectContaining(config)] }]);
    expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for(recorderConfigKey)]).toMatchObject(config);
    // Its later moments leave nothing more.
    fire(navigation.ready, page('doc-5'));
    fire(navigation.complete, page('doc-5'));
    await settle();
    expect(left).toHaveLength(1);
  });

  it('tries again at DOMContentLoaded when the commit try was lost', async () => {
    land = (file, target) => (file.endsWith('recorder.js') && 'documentIds' in target ? Promise.reject(new Error('No document with id doc-2')) : Promise.resolve());
    fire(navigation.commit, { ...page('doc-2'), transitionType: 'link', transitionQualifiers: [] });
    fire(navigation.ready, page('doc-2'));
    fire(navigation.complete, page('doc-2'));
    await settle();
    expect(recorderInjections()).toEqual([{ file: '/content-scripts/recorder.js', target: { tabId, frameIds: [0] } }]);
  });

  it('does not hold a new document behind an older one whose injection never lands', async () => {
    land = (file, target) => (file.endsWith('recorder.js') && target.documentIds?.includes('hung') ? new Promise(() => undefined) : Promise.resolve());
    fire(navigation.commit, { ...page('hung'), transitionType: 'link', transitionQualifiers: [] });
    await settle();
    fire(navigation.commit, { ...page('next'), transitionType: 'link', transitionQualifiers: [] });
    await settle();
    expect(recorderInjections()).toEqual([{ file: '/content-scripts/recorder.js', target: { tabId, documentIds: ['next'] } }]);
  });

  it('leaves tabs that are not recorded alone', async () => {
    fire(navigation.commit, { ...page('elsewhere'), tabId: 99, transitionType: 'link', transitionQualifiers: [] });
    fire(navigation.complete, { ...page('elsewhere'), tabId: 99 });
    await settle();
    expect(injections).toEqual([]);
  });
});
