import { test as base, chromium, type BrowserContext, type TestInfo, type LaunchOptions, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { recorderConfigKey, runningRecorderKey } from '../../lib/contract/protocol';
import { startShop, type Shop } from '../shop/server';
import { readStoreInPage } from './store-reader';

export const extensionPath = resolve('.output/chrome-mv3');
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that load the built extension headless, and keep Chromium off the network. */
export function chromiumArgs(extension = extensionPath): string[] {
  return [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

/**
 * What a caller may change: whether a window shows, and whether Playwright's own Ctrl-C handler runs (it closes
 * the browser and exits the process at once, so a caller with its own cleanup turns it off).
 */
export type ExtensionLaunchOptions = Pick<LaunchOptions, 'headless' | 'handleSIGINT' | 'handleSIGTERM'>;

export async function launchWithExtension(profileDir: string, options: ExtensionLaunchOptions = {}, extension = extensionPath): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromePath,
    headless: true,
    args: chromiumArgs(extension),
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    ...options,
  });
}

/**
 * Scripts run by tsx (the bench, `npm run demo`) need this before handing functions to `page.evaluate`. tsx
 * compiles with esbuild's keepNames, which wraps named functions in `__name(…)`: a function handed to
 * page.evaluate would throw in the page, where `__name` does not exist (Playwright's test runner does not do
 * this, so the tests never see it). Pages of the context get a do-nothing `__name`.
 */
/**
 * Trailnote in a French Chromium, in a profile of its own: Chromium on Linux takes its language from LANGUAGE, not
 * --lang (docs/architecture.md, Platform facts). `close` ends the browser and removes the profile.
 */
export async function launchInFrench(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'trailnote-fr-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath,
    headless: true,
    args: chromiumArgs(),
    locale: 'fr-FR',
    env: { ...process.env, LANGUAGE: 'fr' },
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function allowTsxNames(context: BrowserContext): Promise<void> {
  await context.addInitScript('globalThis.__name = (target) => target;');
}

/** Trailnote's service worker: the bench loads a reference extension beside it for one section (bench/reference-world). */
export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  const isTrailnote = (worker: Worker): boolean => worker.url().endsWith('/background.js');
  return context.serviceWorkers().find(isTrailnote) ?? (await context.waitForEvent('serviceworker', { predicate: isTrailnote }));
}

interface Fixtures {
  /** The built extension a test loads: .output/chrome-mv3, or the end-to-end build (e2e-build.ts) for a spec that asks. */
  extensionDir: string;
  profileDir: string;
  context: BrowserContext;
  background: Worker;
  extensionId: string;
}

interface WorkerFixtures {
  shop: Shop;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  shop: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring: none
    async ({}, use) => {
      const shop = await startShop();
      await use(shop);
      await shop.close();
    },
    { scope: 'worker' },
  ],
  extensionDir: [extensionPath, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- as above
  profileDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'trailnote-profile-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  context: async ({ profileDir, extensionDir }, use) => {
    const context = await launchWithExtension(profileDir, {}, extensionDir);
    await use(context);
    await context.close();
  },
  background: async ({ context }, use, testInfo) => {
    const background = await serviceWorkerOf(context);
    await use(background);
    // A failure comes with what the worker saw: a flake on a busy CI machine has no other trace.
    if (testInfo.status !== testInfo.expectedStatus) await attachWorkerView(testInfo, context).catch(() => undefined);
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
});

export const expect = test.expect;

/** The tab id Chrome gave a Playwright page, asked of the background (pages cannot know their own). */
export async function tabIdOf(background: Worker, page: Page): Promise<number> {
  const url = page.url();
  const id = await background.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** A world of Trailnote's in the page's top document, as CDP describes execution contexts. */
function isTrailnoteWorld(context: { origin: string; auxData?: unknown }, extensionId: string, topFrameId: string): boolean {
  const auxData = context.auxData as { frameId?: string } | undefined;
  return context.origin === `chrome-extension://${extensionId}` && auxData?.frameId === topFrameId;
}

/**
 * Resolves once Trailnote's recorder is in the page's current top document (its content script's world exists).
 * The worker injects it when it hears the page commit, which on a fast page can be after DOMContentLoaded, even after
 * load: a click before that lands is heard by no script of Trailnote's, which runs no code on pages it was not asked
 * to record. Tests of what the recorder hears before it has started wait for this, not for time.
 */
export async function recorderIsIn(page: Page, extensionId: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const recorderWorld = new Promise<void>((resolve) =>
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        if (isTrailnoteWorld(context, extensionId, frameTree.frame.id)) resolve();
      }),
    );
    // Enabling reports the document's existing worlds first, then each new one.
    await cdp.send('Runtime.enable');
    await recorderWorld;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Evaluates `expression` in each of Trailnote's worlds of the page's top document (the recorder's), and whether it was
 * true in any.
 */
async function trueInTrailnoteWorld(page: Page, extensionId: string, expression: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const worlds: number[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (isTrailnoteWorld(context, extensionId, frameTree.frame.id)) worlds.push(context.id);
    });
    await cdp.send('Runtime.enable');
    let answer = false;
    for (const contextId of worlds) {
      const { result } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
      answer ||= result.value === true;
    }
    return answer;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Whether the worker has left the recorder's config in the page's top document (lib/recording/inject.ts). */
export function recorderHasConfig(page: Page, extensionId: string): Promise<boolean> {
  return trueInTrailnoteWorld(page, extensionId, `globalThis[Symbol.for(${JSON.stringify(recorderConfigKey)})] !== undefined`);
}

/**
 * Takes the recorder, and the config the worker left for it, out of the page's top document, as if the worker had never
 * heard the page commit: what a page whose navigation events Chrome lost looks like. True if a recorder was there.
 */
export function recorderLeaves(page: Page, extensionId: string): Promise<boolean> {
  const [running, config] = [runningRecorderKey, recorderConfigKey].map((key) => `globalThis[Symbol.for(${JSON.stringify(key)})]`);
  return trueInTrailnoteWorld(
    page,
    extensionId,
    `(() => { const recorder = ${running}; recorder?.stop(); delete ${running}; delete ${config}; return recorder !== undefined; })()`,
  );
}

/**
 * Attaches the diagnostics log and the walk's steps as the store holds them (kind, page, time, problem), read by the
 * worker then running: the reporter prints both under the failure.
 */
async function attachWorkerView(testInfo: TestInfo, context: BrowserContext): Promise<void> {
  const worker = await serviceWorkerOf(context);
  const [diagnostics, { steps }] = await Promise.all([worker.evaluate(() => chrome.storage.session.get('diagnostics')), worker.evaluate(readStoreInPage)]);
  const stored = steps.map((step) => [step.seq, step.kind, step.url, step.at, step.problem?.code ?? ''].join(' '));
  await testInfo.attach('diagnostics log', { body: JSON.stringify(diagnostics.diagnostics ?? [], null, 1), contentType: 'text/plain' });
  await testInfo.attach('stored steps', { body: stored.join('\n'), contentType: 'text/plain' });
}
