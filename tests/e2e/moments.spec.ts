import type { Page } from '@playwright/test';
import type { Annotation, Step } from '../../lib/journey/types';
import { expect, test } from './fixtures';
import { PanelPage } from './panel-page';

/** A step as "kind:what" for comparing walks in order. */
function describe(step: Step): string {
  switch (step.kind) {
    case 'navigation':
      return `page:${new URL(step.url).pathname}`;
    case 'input':
      return `input:${step.field.label}`;
    default:
      return `${step.kind}:${step.target.text}`;
  }
}

/** From the product page to the checkout, where the tester ticks the newsletter box. */
async function walkToCheckout(panel: PanelPage, shopPage: Page): Promise<void> {
  await panel.start('Mystery shop: checkout');
  await expect(panel.stepNamed('Opened Trailhead 2 Tent')).toBeVisible();
  await panel.settled();
  await shopPage.getByRole('button', { name: 'Add to cart' }).click();
  await shopPage.waitForURL('**/cart**', { waitUntil: 'load' });
  await expect(panel.stepNamed('Opened Your cart')).toBeVisible();
  await panel.settled();
  await shopPage.getByRole('link', { name: 'Checkout' }).click();
  await shopPage.waitForURL('**/checkout.html', { waitUntil: 'load' });
  await expect(panel.stepNamed('Opened Checkout')).toBeVisible();
  await shopPage.getByLabel('Subscribe to trail news').check();
  await expect(panel.stepNamed('Ticked “Subscribe to trail news”')).toBeVisible();
}

test('notes go to the page the tester is on; a click that submits is one step; the list shows pages with their steps', async ({ context, background, shop }) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/product/trailhead-2.html');
  await walkToCheckout(panel, shopPage);

  // The newest step is the ticked box, but the dock is on the page, and says so.
  const dock = panel.page.locator('.dock');
  await expect(dock).toContainText('This page');
  await expect(dock).toContainText('Opened Checkout');
  await panel.rate('Negative');
  await panel.addNote('Friction', 'Forced to create a password before paying');

  // The box is one choice away: picked in the list, the dock says it is on that step.
  await panel.pick(panel.stepNamed('Ticked “Subscribe to trail news”'));
  await expect(dock).toContainText('This step');
  await panel.addNote('Note', 'Pre-ticked? No, I ticked it');
  await panel.button('Back to this page').click();
  await expect(dock).toContainText('Opened Checkout');

  const dump = await panel.settled();
  expect(dump.steps.map(describe)).toEqual([
    'page:/product/trailhead-2.html',
    'click:Add to cart',
    'page:/cart',
    'click:Checkout',
    'page:/checkout.html',
    'input:Subscribe to trail news',
  ]);
  const byKind = (kind: string, what: string) => dump.steps.find((step) => describe(step) === `${kind}:${what}`)!;
  const checkout = byKind('page', '/checkout.html');
  const ticked = byKind('input', 'Subscribe to trail news');
  const notes = (dump.annotations as Annotation[]).map(({ kind, text, emotion, stepId }) => ({ kind, text, emotion, stepId }));
  expect(notes).toEqual(
    expect.arrayContaining([
      { kind: 'emotion', emotion: -1, text: undefined, stepId: checkout.id },
      { kind: 'friction', text: 'Forced to create a password before paying', emotion: undefined, stepId: checkout.id },
      { kind: 'note', text: 'Pre-ticked? No, I ticked it', emotion: undefined, stepId: ticked.id },
    ]),
  );

  // Pressing "Add to cart" is one step with one screenshot, of the product page it was pressed on.
  const addToCart = byKind('click', 'Add to cart');
  const shotsOf = (step: Step) => dump.screenshots.filter((shot) => shot.stepId === step.id);
  expect(shotsOf(addToCart)).toHaveLength(1);
  expect(shotsOf(addToCart)[0].pageUrl).toBe(addToCart.url);
  expect(new URL(addToCart.url).pathname).toBe('/product/trailhead-2.html');
  expect(dump.journeys[0].stepCount).toBe(dump.steps.length);

  // The list: each page heads what was done on it (virtualised: the rows in view are mounted, in order).
  const list = panel.page.locator('.steps');
  const rows = list.locator('.page-row, .in-page');
  await list.evaluate((element) => (element.scrollTop = 0));
  await expect(rows.nth(0)).toHaveClass(/\bpage-row\b/);
  await expect(rows.nth(0)).toContainText('Opened Trailhead 2 Tent');
  await expect(rows.nth(1)).toHaveClass(/\bin-page\b/);
  await expect(rows.nth(1)).toContainText('Clicked “Add to cart”');
  await expect(rows.nth(2)).toHaveClass(/\bpage-row\b/);
  await expect(rows.nth(2)).toContainText('Opened Your cart');
  await list.evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect(list.locator('.page-row', { hasText: 'Opened Checkout' })).toBeVisible();
  await expect(list.locator('.in-page.last', { hasText: 'Ticked “Subscribe to trail news”' })).toBeVisible();

  // The panel at its usual width, light and dark (after the colours' transition).
  await panel.page.setViewportSize({ width: 380, height: 1000 });
  await panel.page.waitForTimeout(300);
  await panel.page.screenshot({ path: test.info().outputPath('panel-pages-light.png') });
  await panel.page.emulateMedia({ colorScheme: 'dark' });
  await panel.page.waitForTimeout(300);
  await panel.page.screenshot({ path: test.info().outputPath('panel-pages-dark.png') });
  await panel.page.emulateMedia({ colorScheme: 'light' });
});

test('"Start this stage at this page" moves the current page into the chosen stage; the list and the map move runs in one choice', async ({ context, background, shop }) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/product/trailhead-2.html');
  await walkToCheckout(panel, shopPage);
  const page = panel.page;

  // Choosing Purchase on the checkout page offers to start it here; nothing moves until asked.
  await panel.chooseStage('Purchase');
  await expect(page.getByText('This page is in Awareness.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('panel-stage-offer.png') });
  const stagesOf = async () => Object.fromEntries((await panel.dump()).steps.map((step) => [describe(step), step.stageId]));
  expect((await stagesOf())['page:/checkout.html']).toBe('awareness');
  await panel.button('Start Purchase at this page').click();
  await expect(page.getByText('2 steps moved to Purchase.')).toBeVisible();
  await expect(page.getByText('This page is in Awareness.')).toHaveCount(0);
  expect(await stagesOf()).toEqual({
    'page:/product/trailhead-2.html': 'awareness',
    'click:Add to cart': 'awareness',
    'page:/cart': 'awareness',
    'click:Checkout': 'awareness',
    'page:/checkout.html': 'purchase',
    'input:Subscribe to trail news': 'purchase',
  });

  // Undo puts them back, like any edit; done again, it stays.
  await panel.button('Undo').click();
  await expect.poll(async () => (await stagesOf())['page:/checkout.html']).toBe('awareness');
  await panel.button('Start Purchase at this page').click();
  await expect.poll(async () => (await stagesOf())['input:Subscribe to trail news']).toBe('purchase');

  // From the list: the cart page (its page step and its click) to Decision, in one choice.
  const cart = panel.stepNamed('Opened Your cart');
  await cart.getByRole('button', { name: /^Details of step/ }).click();
  await cart.getByRole('combobox', { name: 'Step stage' }).selectOption('page:decision');
  await expect.poll(async () => [(await stagesOf())['page:/cart'], (await stagesOf())['click:Checkout']]).toEqual(['decision', 'decision']);
  await panel.stop();

  // The map shows the pages in their stages, and moves the product page and the rest of its stage in one choice.
  const opened = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Open journey map' }).click();
  const map = await opened;
  await map.setViewportSize({ width: 1600, height: 1000 });
  const table = map.getByRole('table', { name: /Journey map/ });
  const actions = table.getByRole('row').filter({ has: map.getByRole('rowheader', { name: 'Actions', exact: true }) });
  const column = (index: number) => actions.getByRole('cell').nth(index);
  await expect(table.getByRole('columnheader', { name: /Purchase/ })).toContainText('2 steps');
  await expect(column(3).locator('.sentence')).toHaveText(['Opened Checkout', 'Ticked “Subscribe to trail news”'].map((text) => new RegExp(text)));
  await expect(column(2).locator('.sentence')).toHaveText([/Opened Your cart/, /Clicked “Checkout”/]);

  await actions.locator('.action').first().hover();
  await map.screenshot({ path: test.info().outputPath('map-move.png'), clip: { x: 0, y: 0, width: 1600, height: 700 } });
  await map.getByRole('combobox', { name: 'Move step 1 to another stage' }).selectOption('page:consideration');
  await expect(column(1).locator('.sentence')).toHaveText([/Opened Trailhead 2 Tent/, /Clicked “Add to cart”/]);
  await expect(column(0)).toContainText('No steps in this stage');
  await expect(map.getByText('2 steps moved to Consideration.')).toBeVisible();
  await map.getByRole('button', { name: 'Undo' }).click();
  await expect(column(0).locator('.sentence')).toHaveText([/Opened Trailhead 2 Tent/, /Clicked “Add to cart”/]);
});

test('a note being edited stays as the tester left it while the walk goes on and the list scrolls', async ({ context, background, shop }) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/widgets.html');
  await panel.start('Edit while walking');
  const opened = panel.stepNamed('Opened Widgets');
  await expect(opened).toBeVisible();
  await panel.addNote('Note', 'Gift wrap is hard to find');

  // The tester starts editing the page's note, and leaves the edit unsaved while the walk goes on.
  await opened.getByRole('button', { name: /^Details of step/ }).click();
  await opened.locator('.note', { hasText: 'Gift wrap is hard to find' }).getByRole('button', { name: 'Edit' }).click();
  const draft = opened.getByRole('textbox', { name: 'Note text' });
  // The box opens where the tester can type in it: focused, and wholly in view with its Save, though the step's
  // details reach below the list's lower edge.
  await expect(draft).toBeFocused();
  await expect(draft).toBeInViewport({ ratio: 1 });
  await expect(opened.getByRole('button', { name: 'Save' })).toBeInViewport({ ratio: 1 });
  const words = 'Gift wrap is hidden below the fold';
  await draft.fill(words);

  // Steps arrive while the tester types: the list, which follows the newest step, holds still under the text box.
  const before = Number(await panel.stepCount.textContent());
  const giftWrap = shopPage.getByTestId('gift-wrap');
  for (let click = 1; click <= 20; click++) {
    await giftWrap.click();
    await expect(panel.stepCount).toHaveText(String(before + click));
  }
  await expect(draft).toHaveValue(words);
  await expect(draft).toBeInViewport();

  // Scrolled away and back, the step whose details are open kept its unsaved edit.
  const list = panel.page.locator('.steps');
  await list.evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect(panel.stepNamed('Clicked “Add gift wrap”').last()).toBeVisible();
  await list.evaluate((element) => (element.scrollTop = 0));
  await expect(draft).toHaveValue(words);
  await opened.getByRole('button', { name: 'Save' }).click();
  await expect(opened.locator('.note .text')).toHaveText(words);
  await expect.poll(async () => ((await panel.dump()).annotations as Annotation[]).filter((note) => note.kind === 'note').map((note) => note.text)).toEqual([words]);
});

test('details opened on the newest step stay where the tester reads them while the panel changes around them; a new step is followed again', async ({
  context,
  background,
  shop,
}) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/widgets.html');
  await panel.start('Read while walking');
  const opened = panel.stepNamed('Opened Widgets');
  await expect(opened).toBeVisible();
  // A long note makes the details reach far below the panel's end.
  await panel.addNote('Pain point', 'The gift wrap option is hard to find. '.repeat(80).trim());
  await opened.getByRole('button', { name: /^Details of step/ }).click();
  const list = panel.page.locator('.steps');
  const details = opened.getByRole('button', { name: /^Details of step/ });
  await expect(details).toBeInViewport();
  const scrolled = () => list.evaluate((element) => element.scrollTop);
  const before = await scrolled();

  // The note box unfolds above the list, which grows shorter: the details do not move.
  await panel.openNoteBox();
  await panel.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await scrolled()).toBe(before);
  await expect(details).toBeInViewport();

  // Back on the page, the tester's next action is a new step, and the list follows it.
  await shopPage.getByTestId('gift-wrap').click();
  await expect(panel.stepNamed('Clicked “Add gift wrap”')).toBeInViewport();
});
