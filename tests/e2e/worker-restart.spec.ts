import { expect, recorderLeaves, tabIdOf, test } from './fixtures';
import { PanelPage } from './panel-page';
import { stopServiceWorker } from './worker';

test('recording goes on when Chrome stops the service worker mid-walk, with no step lost or duplicated', async ({ context, background, shop }) => {
  const shopPage = await context.newPage();
  await shopPage.goto(shop.origin + '/');
  const panel = await PanelPage.open(context, background, await tabIdOf(background, shopPage));
  await panel.start('Walk through restarts');
  await expect(panel.stepItems).toHaveCount(1);

  const stops = async () => stopServiceWorker(context, panel.page);

  await stops();
  await shopPage.getByRole('link', { name: 'Shop tents' }).click();
  await shopPage.waitForURL('**/category/tents.html');
  await stops();
  await shopPage.getByRole('link', { name: 'Trailhead 2 Tent' }).click();
  await shopPage.waitForURL('**/product/trailhead-2.html');
  await stops();
  await shopPage.getByLabel('Colour').focus();
  await shopPage.keyboard.press('ArrowDown');
  await stops();
  await shopPage.getByRole('button', { name: 'Add to cart' }).click();
  await shopPage.waitForURL('**/cart**', { waitUntil: 'load' });
  await expect(panel.stepItems.last()).toContainText('Opened Your cart');
  await stops();
  await shopPage.getByRole('link', { name: 'Checkout' }).click();
  await shopPage.waitForURL('**/checkout.html');
  await expect(panel.stepItems.last()).toContainText('Opened Checkout');

  const dump = await panel.settled();
  expect(dump.steps.map((step) => `${step.seq} ${step.kind} ${step.kind === 'navigation' ? new URL(step.url).pathname : ''}`.trim())).toEqual([
    '1 navigation /',
    '2 click',
    '3 navigation /category/tents.html',
    '4 click',
    '5 navigation /product/trailhead-2.html',
    '6 input',
    '7 click',
    '8 navigation /cart',
    '9 click',
    '10 navigation /checkout.html',
  ]);
  expect(new Set(dump.steps.map((step) => step.id)).size).toBe(dump.steps.length);
  expect(dump.journeys[0]).toMatchObject({ status: 'recording', stepCount: 10 });
  // The panel still drives the walk after the restarts.
  await panel.stop();
  expect((await panel.dump()).journeys[0].status).toBe('stopped');
});

test("a page whose events Chrome lost as it stopped the worker is picked up by the walk's watch: the lost click is saved and the page gets its recorder back", async ({
  context,
  background,
  extensionId,
  shop,
}) => {
  // The watch's alarm comes every 30 s (Chrome's shortest for a packed extension, kept here too).
  test.setTimeout(120_000);
  const shopPage = await context.newPage();
  await shopPage.goto(shop.origin + '/product/trailhead-2.html');
  const tabId = await tabIdOf(background, shopPage);
  const panel = await PanelPage.open(context, background, tabId);
  await panel.start('Watched walk');
  await expect(panel.stepItems).toHaveCount(1);
  const watches = () => panel.page.evaluate(async () => (await chrome.alarms.getAll()).map(({ name, scheduledTime }) => ({ name, scheduledTime })));
  const [watch] = await watches();
  expect(watch.name).toBe('walk-watch');

  // What the race leaves (tests/soak): the click that opened the page waits in the outbox, its message lost; the page
  // has no recorder, its events lost; the worker is stopped, and nothing the walk does wakes it.
  expect(await recorderLeaves(shopPage, extensionId)).toBe(true);
  const lostClick = {
    id: crypto.randomUUID(),
    kind: 'click',
    at: Date.now(),
    url: shopPage.url(),
    title: await shopPage.title(),
    target: { text: 'Add to cart', role: 'button', tag: 'button', selectors: ['aria/Add to cart[role="button"]'] },
  };
  await panel.page.evaluate((entry) => chrome.storage.local.set({ [`outbox:${entry.step.id}`]: entry }), { tabId, step: lostClick });
  await stopServiceWorker(context, panel.page);

  await expect(panel.stepItems.last(), 'the watch woke the worker, which saved the lost click').toContainText('Add to cart', { timeout: 45_000 });
  expect(Date.now(), 'not before the alarm came: nothing else woke the worker').toBeGreaterThanOrEqual(watch.scheduledTime);
  await shopPage.getByLabel('Colour').focus();
  await shopPage.keyboard.press('ArrowDown');
  await expect(panel.stepItems, 'and put the recorder back into the page').toHaveCount(3);
  expect((await panel.dump()).steps.map((step) => step.kind)).toEqual(['navigation', 'click', 'input']);

  await panel.stop();
  expect(await watches(), 'the watch ends with the walk').toEqual([]);
});
