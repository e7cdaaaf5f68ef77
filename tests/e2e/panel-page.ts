import { expect, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { tabIdOf } from './fixtures';
import type { Step } from '../../lib/journey/types';
import { readStoreInPage, readStoreTextInPage, type StoreDump } from './store-reader';

/** Whose walk it is and what for: the persona and goal of "Journey details". */
export interface JourneyAbout {
  persona?: string;
  goal?: string;
}

/**
 * The real side panel, opened as an ordinary page bound to the walked tab (`?tab=`), in a window of its
 * own so the walked tab stays the visible tab of its window (captureVisibleTab needs it).
 */
export class PanelPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, background: Worker, tabId: number, query = ''): Promise<PanelPage> {
    const url = `chrome-extension://${new URL(background.url()).host}/sidepanel.html?tab=${tabId}${query}`;
    const opened = context.waitForEvent('page', (page) => page.url().startsWith(url.split('?')[0]));
    await background.evaluate((target) => chrome.windows.create({ url: target, focused: false, width: 380, height: 900 }), url);
    const page = await opened;
    await page.waitForLoadState('domcontentloaded');
    return new PanelPage(page);
  }

  /** Opens a page of the demo shop in a new tab, and the panel bound to that tab. */
  static async besideShop(context: BrowserContext, background: Worker, url: string): Promise<{ shopPage: Page; panel: PanelPage }> {
    const shopPage = await context.newPage();
    await shopPage.goto(url);
    const panel = await PanelPage.open(context, background, await tabIdOf(background, shopPage));
    return { shopPage, panel };
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The steps the list shows now: it is virtualised, so a long walk mounts only those in view. */
  get stepItems(): Locator {
    return this.page.locator('[data-step-kind]');
  }

  /** The number of steps in the list's heading: every step of the walk, mounted or not. */
  get stepCount(): Locator {
    return this.page.getByTestId('step-count');
  }

  /** Rates the current step with one of the five faces ("Very negative" … "Very positive"). */
  async rate(emotion: string): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Emotion' }).getByRole('radio', { name: emotion, exact: true }).check();
  }

  /** What the status badge said before `act` and at each change while it ran (its words, also when it shows only its dot). */
  async statusesDuring(act: () => Promise<void>): Promise<string[]> {
    await this.page.evaluate(() => {
      const saying = () => document.querySelector('header [role="status"]')?.getAttribute('title') ?? '';
      const said = [saying()];
      new MutationObserver(() => {
        if (said.at(-1) !== saying()) said.push(saying());
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      Object.assign(window, { statusesSaid: said });
    });
    await act();
    return this.page.evaluate(() => (window as unknown as { statusesSaid: string[] }).statusesSaid);
  }

  /** The status badge shows its words whole, or only its dot (the words then in its title): never cut. */
  async expectStatusWhole(): Promise<void> {
    const shown = () =>
      this.page.locator('header [role="status"]').evaluate((badge) => {
        const words = badge.lastElementChild;
        return badge.classList.contains('dot-only') || (words !== null && words.scrollWidth <= words.clientWidth);
      });
    await expect.poll(shown).toBe(true);
  }

  /** Unfolds the note box of the dock (folded to one row when not in use), unless it is open. */
  async openNoteBox(): Promise<void> {
    const toggle = this.button('Write a note');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  /**
   * Adds a note of a kind ("Friction", "Pain point", …) to the current step with the Add note button. The box
   * folds once the note is added (a refused one stays, with its text).
   */
  async addNote(kind: string, text: string): Promise<void> {
    await this.openNoteBox();
    await this.page.getByRole('combobox', { name: 'Note type' }).first().selectOption({ label: kind });
    await this.page.getByRole('textbox', { name: 'Note', exact: true }).fill(text);
    await this.button('Add note').click();
    await expect(this.button('Write a note')).toHaveAttribute('aria-expanded', 'false');
  }

  async chooseStage(name: string): Promise<void> {
    const stage = this.page.getByRole('combobox', { name: 'Stage', exact: true });
    const label = await stage.locator('option', { hasText: name }).first().textContent();
    await stage.selectOption({ label: label ?? name });
  }

  /** A step of the list by its number (it must be mounted: in view, or scrolled to). */
  step(seq: number): Locator {
    return this.page.locator(`[data-seq="${seq}"]`);
  }

  /**
   * Picks a step for the dock to rate with its button, named by the words it shows and then its number
   * ("Opened Tents, step 3", ", key moment" after a key moment's). The virtualised list may still settle its
   * rows' heights just after it opens (rows move by a few pixels), so a click that landed on a neighbour is
   * tried again.
   */
  async pick(step: Locator): Promise<void> {
    const button = step.getByRole('button', { name: /, step \d+(, key moment)?$/ });
    await expect(async () => {
      if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true', { timeout: 1000 });
    }).toPass();
  }

  /**
   * Presses a button in the step list until what it does is seen (`done` passes). A row just scrolled into view may
   * still settle its neighbours' heights, and virtua lets no click through to its rows while the list moves: on a
   * busy machine a press can land in that moment and do nothing. Pressing again is safe where this is used (an
   * answered suggestion is answered once).
   */
  async pressInList(button: Locator, done: () => Promise<void>): Promise<void> {
    await expect(async () => {
      if ((await button.count()) > 0) await button.click({ timeout: 2000 });
      await done();
    }).toPass();
  }

  /**
   * Scrolls the step list back to the walk's first step. The list follows the newest step until it hears of the
   * scroll: a step's screenshot or timing arriving in that moment takes it back down, so scroll again.
   */
  async scrollToFirstStep(): Promise<void> {
    await expect(async () => {
      await this.page.locator('.steps').evaluate((list) => (list.scrollTop = 0));
      await this.step(1).waitFor({ timeout: 1000 });
    }).toPass();
  }

  /** The mounted step whose text contains the given words ("Opened Tents"). */
  /** A criterion's answer in the Scorecard view: its radio group is named by the criterion's text. */
  criterionAnswer(criterion: string, answer: string): Locator {
    return this.page.getByRole('radiogroup', { name: criterion }).getByRole('radio', { name: answer, exact: true });
  }

  stepNamed(text: string): Locator {
    return this.page.locator('[data-step-kind]', { hasText: text });
  }

  /**
   * Waits until the step shows its screenshot, as a tester looks at a page before moving on. Chrome takes two
   * pictures a second, and a click that navigates spends one: a test that leaves a page within a second of its
   * load can leave it without a picture ("the page changed before Trailnote could take its picture").
   */
  async pictured(text: string): Promise<void> {
    await expect(this.stepNamed(text).getByRole('img')).toBeVisible();
  }

  async start(title?: string, { recordTypedText = false }: { recordTypedText?: boolean } = {}): Promise<void> {
    if (title) await this.page.getByRole('textbox', { name: 'Journey title' }).fill(title);
    if (recordTypedText) await this.page.getByRole('checkbox', { name: 'Record typed text' }).check();
    await this.button('Start recording').click();
    // Start has answered (the controls take presses again) once the page the walk starts on is stored: a tester who
    // leaves it sooner takes its step away (lib/recording/session.ts). Until then the badge says Starting….
    await expect(this.button('Stop recording')).toBeEnabled();
  }

  /** Fills the journey's persona and goal under "Journey details", and folds the details away again. */
  async fillDetails(details: JourneyAbout): Promise<void> {
    await this.page.getByText('Journey details').click();
    if (details.persona) await this.page.getByRole('textbox', { name: 'Persona' }).fill(details.persona);
    if (details.goal) await this.page.getByRole('textbox', { name: 'Goal' }).fill(details.goal);
    // Folding the details blurs the field, which saves it.
    await this.page.getByText('Journey details').click();
  }

  async stop(): Promise<void> {
    await this.button('Stop recording').click();
    await this.button('New journey').waitFor();
  }

  async dump(): Promise<StoreDump> {
    return this.page.evaluate(readStoreInPage);
  }

  /** Every byte of the store as text, screenshots included, for canary searches. */
  async rawStoreText(): Promise<string> {
    return this.page.evaluate(readStoreTextInPage);
  }

  /** Waits until every step that should have a screenshot has one or a stated problem. */
  async settled(): Promise<StoreDump> {
    let waiting: Step[] = [];
    for (let tries = 0; tries < 60; tries++) {
      const dump = await this.dump();
      waiting = dump.steps.filter((step) => step.kind !== 'input' && !step.screenshotId && !step.problem);
      if (waiting.length === 0) return dump;
      await this.page.waitForTimeout(250);
    }
    throw new Error(`Screenshots still pending after 15 s: ${waiting.map((step) => `${step.seq} ${step.kind} ${step.url}`).join(', ')}`);
  }
}
