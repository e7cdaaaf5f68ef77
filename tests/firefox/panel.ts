import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { readStoreInPage, readStoreTextInPage, type StoreDump } from '../e2e/store-reader';
import { controlNamed, extensionOrigin, openExtensionPage, until, type Role, type Within } from './firefox';

/** The tab id Firefox gave a page, asked in one of Trailnote's pages (web pages cannot know their own). */
async function tabIdOf(firefox: Browser, page: Page): Promise<number> {
  const helper = await openExtensionPage(firefox, 'journey.html', 'body *');
  try {
    const id = await helper.evaluate(async (url) => (await browser.tabs.query({})).find((tab) => tab.url === url)?.id ?? null, page.url());
    if (id === null) throw new Error(`No tab shows ${page.url()}`);
    return id;
  } finally {
    await helper.close();
  }
}

/** The first page of the browser whose address starts with `prefix`, read in the page: puppeteer's page.url() stays about:blank for moz-extension pages. */
async function pageAt(firefox: Browser, prefix: string): Promise<Page> {
  return until(`a page at ${prefix}`, async () => {
    for (const page of await firefox.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(prefix)) return page;
    }
    return undefined;
  });
}

/**
 * The real panel in Firefox, bound to the walked tab (`sidepanel.html?tab=`) in a window of its own, so the
 * walked tab stays the visible tab of its window (captureVisibleTab needs it). The counterpart of
 * tests/e2e/panel-page.ts, with puppeteer over WebDriver BiDi: controls are found by their accessible names
 * in the page, and conditions polled.
 */
export class FirefoxPanel {
  private constructor(
    readonly firefox: Browser,
    readonly page: Page,
  ) {}

  static async besideTab(firefox: Browser, walked: Page): Promise<FirefoxPanel> {
    const tabId = await tabIdOf(firefox, walked);
    const url = `${extensionOrigin}/sidepanel.html?tab=${tabId}`;
    const helper = await openExtensionPage(firefox, 'journey.html', 'body *');
    await helper.evaluate((target) => browser.windows.create({ url: target, width: 380, height: 900 }), url);
    await helper.close();
    const panel = new FirefoxPanel(firefox, await pageAt(firefox, url));
    await panel.control('button', 'Start recording');
    return panel;
  }

  /** Waits for the control and hands it back. */
  async control(role: Role, name: string, within?: Within) {
    return until(`${role} "${name}"${within ? ` in ${within.selector} "${within.hasText}"` : ''}`, () => controlNamed(this.page, role, name, within));
  }

  /**
   * Clicks the middle of the control with the mouse, found again if the panel redrew it in between (the library
   * redraws after a change). Not ElementHandle.click: on the Undo toast (a fixed control) it failed with "Node is
   * detached from document" for as long as the toast showed, while the page itself found the button connected.
   */
  async click(role: Role, name: string, within?: Within): Promise<void> {
    const point = await until(`${role} "${name}" in view`, async () => {
      const control = await controlNamed(this.page, role, name, within);
      return control?.evaluate((element) => {
        element.scrollIntoView({ block: 'nearest' });
        const box = element.getBoundingClientRect();
        const inView = box.width > 0 && box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
        return inView && { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      });
    });
    await this.page.mouse.click(point.x, point.y);
  }

  /** Chooses the scorecard template the next walk is scored against, by its title. */
  async chooseTemplate(title: string): Promise<void> {
    const select = await this.control('combobox', 'Scorecard template');
    const value = await select.evaluate((select, title) => Array.from((select as HTMLSelectElement).options).find((option) => option.label === title)?.value ?? '', title);
    await select.select(value);
  }

  /** Answers a criterion in the Scorecard view: its radio group is named by the criterion's text, each radio by its answer. */
  async answerCriterion(criterion: string, answer: 'pass' | 'partial' | 'fail' | 'not-applicable'): Promise<void> {
    const radio = await until(
      `the answers to "${criterion}"`,
      async () =>
        (
          await this.page.evaluateHandle(
            (criterion, answer) =>
              Array.from(document.querySelectorAll('[role="radiogroup"]'))
                .find((group) => group.getAttribute('aria-label') === criterion)
                ?.querySelector(`[data-answer="${answer}"] input`) ?? null,
            criterion,
            answer,
          )
        ).asElement() as ElementHandle<HTMLInputElement> | null,
    );
    await radio.click();
    await until(`"${answer}" to "${criterion}" checked`, () => radio.evaluate((input) => input.checked));
  }

  /** Picks files in the library's "Import journey" (a file input drawn as a button). */
  async importFiles(...paths: string[]): Promise<void> {
    const input = await until(
      'the Import journey input',
      async () => (await this.page.evaluateHandle(() => document.querySelector('.library input[type="file"]'))).asElement() as ElementHandle<HTMLInputElement> | null,
    );
    await input.uploadFile(...paths);
  }

  /** The words of each step the list shows, in order. */
  async stepTexts(): Promise<string[]> {
    return this.page.evaluate(() => Array.from(document.querySelectorAll('[data-step-kind]'), (step) => (step.textContent ?? '').replace(/\s+/g, ' ').trim()));
  }

  /** Waits until a step of the list shows these words. */
  async waitForStep(words: string): Promise<void> {
    await until(`a step showing "${words}"`, async () => (await this.stepTexts()).some((text) => text.includes(words)));
  }

  async start(title: string): Promise<void> {
    await (await this.control('textbox', 'Journey title')).type(title);
    await this.click('button', 'Start recording');
    await this.control('button', 'Stop recording');
  }

  async rate(emotion: string): Promise<void> {
    await this.click('radio', emotion);
    await until(`"${emotion}" checked`, async () => (await this.control('radio', emotion)).evaluate((radio) => (radio as HTMLInputElement).checked));
  }

  /** Adds a note of a kind ("Friction", …) to the current step; the box folds once it is added. */
  async addNote(kind: string, text: string): Promise<void> {
    const toggle = await this.control('button', 'Write a note');
    if ((await toggle.evaluate((button) => button.getAttribute('aria-expanded'))) !== 'true') await toggle.click();
    const type = await this.control('combobox', 'Note type');
    const value = await type.evaluate((select, label) => Array.from((select as HTMLSelectElement).options).find((option) => option.label === label)?.value ?? '', kind);
    await type.select(value);
    await (await this.control('textbox', 'Note')).type(text);
    await this.click('button', 'Add note');
    await until('the note box to fold', async () => (await this.control('button', 'Write a note')).evaluate((button) => button.getAttribute('aria-expanded') === 'false'));
  }

  async stop(): Promise<void> {
    await this.click('button', 'Stop recording');
    await this.control('button', 'New journey');
  }

  async dump(): Promise<StoreDump> {
    return this.page.evaluate(readStoreInPage);
  }

  async rawStoreText(): Promise<string> {
    return this.page.evaluate(readStoreTextInPage);
  }

  /** Waits until every page load and click has its screenshot or a stated problem. */
  async settled(): Promise<StoreDump> {
    return until('every screenshot', async () => {
      const dump = await this.dump();
      return dump.steps.every((step) => step.kind === 'input' || step.screenshotId || step.problem) && dump;
    });
  }

  /**
   * Opens the journey map the panel's "Open journey map" link points to, in a tab, and waits for its export
   * buttons. (The link's own click opens nothing over BiDi while the panel's window is not the active one.)
   */
  async openMap(): Promise<Page> {
    const href = await (await this.control('link', 'Open journey map')).evaluate((link) => (link as HTMLAnchorElement).href);
    if (!href.startsWith(`${extensionOrigin}/journey.html?id=`)) throw new Error(`The map link points to ${href}`);
    const map = await openExtensionPage(this.firefox, href.slice(extensionOrigin.length + 1), 'body *');
    await until('the map', () => controlNamed(map, 'button', 'Export ZIP'));
    return map;
  }
}
