import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { geckoId } from '../../wxt.config';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const firefoxExtensionPath = resolve('.output/firefox-mv2');

/** The `moz-extension://` host the tests pin (Firefox otherwise draws a new uuid at every install). */
export const extensionUuid = '3f0c2b8e-5a41-4d6e-9b7a-1c2d3e4f5a6b';
export const extensionOrigin = `moz-extension://${extensionUuid}`;

export interface FirefoxWithTrailnote {
  browser: Browser;
  /** Where Firefox saves downloads without asking: the map's exports land here. */
  downloadDir: string;
}

/**
 * Firefox ESR over WebDriver BiDi (puppeteer-core), headless, with the Firefox build installed as a temporary
 * add-on. The pref fixes the add-on's uuid, so its pages have a known address.
 */
export async function launchFirefox(): Promise<FirefoxWithTrailnote> {
  const downloadDir = await mkdtemp(join(tmpdir(), 'trailnote-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: process.env.FIREFOX_HEADFUL ? false : true,
    defaultViewport: { width: 1280, height: 800 },
    // Since Firefox 153 ESR, WebDriver BiDi refuses to navigate to moz-extension:// pages ("not allowed in this
    // context") unless the browser is started with system access; Trailnote's panel and map are such pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
      // An `<a download>` click saves into downloadDir at once, with no dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  await browser.installExtension(firefoxExtensionPath);
  return { browser, downloadDir };
}

/**
 * Polls `check` until it returns a value other than undefined/false. Conditions on pages are read with
 * page.evaluate: puppeteer's waitForFunction and locators do not answer on moz-extension pages over BiDi.
 */
export async function until<T>(what: string, check: () => Promise<T | undefined | false | null>, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last = '';
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false && value !== null) return value;
      // The last error said is the latest one: an answer since then replaces it.
      last = '';
    } catch (error) {
      // A page that is navigating cannot be evaluated in: try again.
      last = error instanceof Error ? error.message : typeof error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${last ? ` (last error: ${last})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Opens one of Trailnote's pages in a new tab. `page.goto` to a moz-extension page loads it but never reports
 * the navigation done (docs/architecture.md, Platform facts), so it is not awaited: the page's content is.
 */
export async function openExtensionPage(browser: Browser, path: string, ready: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(`${extensionOrigin}/${path}`).catch(() => undefined);
  await until(`${path} to show ${ready}`, () => page.evaluate((selector) => document.querySelector(selector) !== null, ready));
  return page;
}

/** What a control is, as the panel's automation surface names it (docs/architecture.md, Contracts). */
export type Role = 'button' | 'link' | 'radio' | 'textbox' | 'combobox' | 'checkbox';

/** Where to look for a control: in the first element matching `selector` whose text has `hasText` (a library entry). */
export interface Within {
  selector: string;
  hasText: string;
}

/**
 * The element of a role with this accessible name (aria-label, aria-labelledby, its label, else its text), or
 * null; `within` narrows the search to one part of the page. A simple reading of the accessible name, enough for Trailnote's own pages: puppeteer's ARIA queries
 * do not reach moz-extension pages over BiDi.
 */
export async function controlNamed(page: Page, role: Role, name: string, within?: Within) {
  const handle = await page.evaluateHandle(
    (role, name, within) => {
      const selectors: Record<string, string> = {
        button: 'button, [role="button"]',
        link: 'a[href], [role="link"]',
        radio: 'input[type="radio"], [role="radio"]',
        textbox: 'input:not([type]), input[type="text"], input[type="search"], input[type="email"], textarea, [role="textbox"]',
        combobox: 'select, [role="combobox"]',
        checkbox: 'input[type="checkbox"], [role="checkbox"]',
      };
      const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const nameOf = (element: Element): string => {
        const labelledBy = element.getAttribute('aria-labelledby');
        if (labelledBy)
          return labelledBy
            .split(/\s+/)
            .map((id) => text(document.getElementById(id)))
            .join(' ');
        const label = element.getAttribute('aria-label');
        if (label) return label.trim();
        const labels = (element as HTMLInputElement).labels;
        // A label's words without the fields inside it (a wrapped select would add its options' words).
        const words = (label: HTMLLabelElement): string => {
          const copy = label.cloneNode(true) as HTMLLabelElement;
          copy.querySelectorAll('input, select, textarea').forEach((field) => field.remove());
          return text(copy);
        };
        if (labels && labels.length > 0) return Array.from(labels).map(words).join(' ');
        return text(element);
      };
      const root = within ? Array.from(document.querySelectorAll(within.selector)).find((element) => text(element).includes(within.hasText)) : document;
      return Array.from(root?.querySelectorAll(selectors[role]) ?? []).find((element) => nameOf(element) === name) ?? null;
    },
    role,
    name,
    within,
  );
  return handle.asElement() as import('puppeteer-core').ElementHandle<Element> | null;
}

/**
 * The bytes of a download Firefox saved under this name, once whole: Firefox writes into name.part beside an
 * empty name, and renames the part once the file is complete.
 */
export async function savedDownload(downloadDir: string, name: string): Promise<Uint8Array> {
  await until(`${name} on disk`, async () => {
    const names = await readdir(downloadDir);
    return names.includes(name) && !names.some((saved) => saved.endsWith('.part'));
  });
  return new Uint8Array(await readFile(join(downloadDir, name)));
}
