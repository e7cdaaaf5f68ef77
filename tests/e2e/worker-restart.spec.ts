import { expect, tabIdOf, test } from './fixtures';
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
