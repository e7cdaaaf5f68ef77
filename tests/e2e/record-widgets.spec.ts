import type { Step } from '../../lib/journey/types';
import { expect, tabIdOf, test } from './fixtures';
import { PanelPage } from './panel-page';

/** Typed into a field inside a `data-trailnote-mask` region: it may appear nowhere Trailnote stores. */
const loyaltyCanary = 'LOYALTY-Kq93-canary';

function routeSteps(steps: Step[]): Step[] {
  return steps.filter((step) => step.kind === 'navigation' && step.navigation === 'route');
}

test('records SPA routes timed from the click, with their titles', async ({ context, background, shop }) => {
  const app = await context.newPage();
  await app.goto(shop.origin + '/app/');
  const panel = await PanelPage.open(context, background, await tabIdOf(background, app));
  await panel.start('Plan a trip');

  // At a reader's pace: each view is looked at until Trailnote has its step and screenshot.
  const nav = app.getByRole('navigation', { name: 'Trip planner' });
  const look = async (title: string) => {
    await expect(app).toHaveTitle(title);
    await expect(panel.stepItems.last()).toContainText(`Went to ${title}`);
    await panel.settled();
  };
  await nav.getByRole('link', { name: 'Routes' }).click();
  await look('Routes — Trip planner');
  await nav.getByRole('link', { name: 'Gear list' }).click();
  await look('Gear list — Trip planner');
  await nav.getByRole('button', { name: 'Back' }).click();
  await look('Routes — Trip planner');

  const dump = await panel.settled();
  const routes = routeSteps(dump.steps);
  expect(routes.map((step) => [new URL(step.url).pathname, step.title])).toEqual([
    ['/app/routes', 'Routes — Trip planner'],
    ['/app/gear', 'Gear list — Trip planner'],
    ['/app/routes', 'Routes — Trip planner'],
  ]);
  for (const route of routes) {
    // The app fetches each view for ~150 ms: the route settles after that, measured from the click.
    const settled = route.kind === 'navigation' ? route.timing?.routeSettled : undefined;
    expect(settled, route.url).toBeGreaterThanOrEqual(140);
    expect(settled, route.url).toBeLessThan(5_000);
    expect(route.screenshotId, route.url).toBeTruthy();
  }
  // Each route follows the click that caused it.
  const kinds = dump.steps.map((step) => step.kind);
  expect(kinds).toEqual(['navigation', 'click', 'navigation', 'click', 'navigation', 'click', 'navigation']);
});

test('records a shadow-DOM button, a same-origin iframe form and tabs the walk opens; masked regions stay secret', async ({ context, background, shop }) => {
  const page = await context.newPage();
  await page.goto(shop.origin + '/widgets.html');
  const panel = await PanelPage.open(context, background, await tabIdOf(background, page));
  await panel.start('Gifts');

  await page.getByRole('button', { name: 'Add gift wrap' }).click();
  await expect(page.getByText('Gift wrap added')).toBeVisible();
  await page.getByLabel('Loyalty number').fill(loyaltyCanary);
  const frame = page.frameLocator('iframe[title="Newsletter"]');
  await frame.getByLabel('Newsletter email').fill('camille@example.com');
  await frame.getByRole('button', { name: 'Subscribe' }).click();
  await expect(frame.getByRole('status')).toHaveText('Thanks — check your inbox.');

  const opened = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Gift ideas (opens in a new tab)' }).click();
  const tents = await opened;
  await tents.waitForLoadState('load');
  await tents.getByRole('link', { name: 'Trailhead 2 Tent' }).click();
  await tents.waitForURL('**/product/trailhead-2.html');
  // The page's own step, not the click's ("Clicked “Trailhead 2 Tent”"): it comes once the load event is over.
  await expect(panel.stepItems.last()).toContainText('Opened Trailhead 2 Tent');

  // Closing a tab of the walk keeps everything; the walk goes on in the tab it came from.
  await tents.close();
  await page.getByRole('button', { name: 'Add gift wrap' }).click();
  await expect(page.getByText('Gift wrap removed')).toBeVisible();
  await expect(panel.stepItems.last()).toContainText('Add gift wrap');

  const dump = await panel.settled();
  const [wrap] = dump.steps.filter((step) => step.kind === 'click' && step.target.text === 'Add gift wrap');
  // Through the shadow root: the Chrome Recorder's selector list, host first.
  expect(wrap?.kind === 'click' && wrap.target.selectors).toContainEqual(['gift-wrap', '[data-testid="gift-wrap"]']);

  const loyalty = dump.steps.find((step) => step.kind === 'input' && step.field.label === 'Loyalty number');
  expect(loyalty?.kind === 'input' && loyalty.field).toMatchObject({ masked: true, maskReason: 'sensitive' });

  const email = dump.steps.find((step) => step.kind === 'input' && step.field.label === 'Newsletter email');
  expect(email).toMatchObject({ frameUrl: shop.origin + '/frame/newsletter.html', target: { frame: [0] } });
  // Pressing Subscribe sent the frame's form: one step, the click, recorded in the frame.
  expect(dump.steps.filter((step) => step.frameUrl?.endsWith('/frame/newsletter.html')).map((step) => step.kind)).toEqual(['input', 'click']);

  // The opened tab's pages are part of the walk, recorded from their own tab.
  const widgetsTab = dump.steps[0].tabId;
  const inNewTab = dump.steps.filter((step) => step.tabId !== widgetsTab);
  expect(inNewTab.map((step) => `${step.kind} ${new URL(step.url).pathname}`)).toEqual([
    'navigation /category/tents.html',
    'click /category/tents.html',
    'navigation /product/trailhead-2.html',
  ]);
  expect(dump.steps.at(-1)).toMatchObject({ kind: 'click', tabId: widgetsTab });
  expect(dump.journeys[0].status).toBe('recording');

  expect(await panel.rawStoreText()).not.toContain(loyaltyCanary);
  await panel.stop();
});
