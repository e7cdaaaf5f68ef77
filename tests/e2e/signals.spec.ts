import { SIGNAL_THRESHOLDS } from '../../lib/journey/signal-thresholds';
import type { Annotation, Step } from '../../lib/journey/types';
import { expect, test } from './fixtures';
import { PanelPage, type StoreDump } from './panel-page';

/** Each step's signal kinds, by what the step was: "click Apply coupon" → ['dead-click']. */
function signalsByStep(steps: Step[]): Array<[string, string[]]> {
  return steps.map((step) => [
    `${step.seq} ${step.kind} ${step.kind === 'navigation' ? new URL(step.url).pathname : step.target.text}`,
    (step.signals ?? []).map((signal) => signal.kind),
  ]);
}

const frictionNotes = (dump: StoreDump) => (dump.annotations as Annotation[]).filter((note) => note.kind === 'friction');

test('notices a dead click, an error click, a refused form, a slow page, a u-turn and a 404, each on its own step, and the tester accepts or dismisses them in the panel', async ({
  context,
  background,
  shop,
}) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/odd/offers.html');
  await panel.start('Use a coupon');
  await expect(panel.stepItems.first()).toContainText('Offers');

  // A button that answers, then one that does nothing at all.
  await shopPage.getByRole('button', { name: 'Show the terms' }).click();
  await expect(shopPage.getByText('Offer valid while stocks last.')).toBeVisible();
  await shopPage.getByRole('button', { name: 'Apply coupon' }).click();
  const coupon = panel.stepItems.filter({ hasText: 'Apply coupon' });
  await expect(coupon.getByText('Clicked — nothing happened for 2.0 s')).toBeVisible();
  // A button whose script throws.
  await shopPage.getByRole('button', { name: 'Check a gift card' }).click();
  await expect(panel.stepItems.filter({ hasText: 'Check a gift card' }).getByText('Clicked — the page hit an error')).toBeVisible();

  // A form that refuses what was typed.
  await shopPage.getByRole('textbox', { name: 'Promo code' }).fill('SUMMER');
  await shopPage.getByRole('button', { name: 'Redeem' }).click();
  await expect(shopPage.getByRole('alert')).toHaveText('This code has expired.');
  await expect(panel.stepItems.filter({ hasText: 'The form refused what was entered' })).toHaveCount(1);

  // The cart answers after 1.5 s (the shop's slow page); Back returns to the offers.
  await shopPage.getByRole('link', { name: 'Go to the cart' }).click();
  await expect(shopPage).toHaveURL(/\/cart/);
  await expect(panel.stepItems.filter({ hasText: 'Slow page' })).toHaveCount(1);
  await shopPage.goBack();
  await expect(shopPage).toHaveTitle('Offers — Northwind Outfitters');
  await expect(panel.stepItems.filter({ hasText: 'Went back to a page seen just before' })).toHaveCount(1);
  // A link to a page that is no more.
  await shopPage.getByRole('link', { name: 'Last summer’s sale' }).click();
  await expect(shopPage).toHaveTitle('Not found — Northwind Outfitters');
  await expect(panel.stepItems.filter({ hasText: 'The page came back with error 404' })).toHaveCount(1);

  const dump = await panel.settled();
  expect(signalsByStep(dump.steps)).toEqual([
    ['1 navigation /odd/offers.html', []],
    ['2 click Show the terms', []],
    ['3 click Apply coupon', ['dead-click']],
    ['4 click Check a gift card', ['error-click']],
    ['5 input Promo code', []],
    ['6 click Redeem', ['form-error']],
    ['7 click Go to the cart', []],
    ['8 navigation /cart', ['slow-page']],
    ['9 navigation /odd/offers.html', ['backtrack']],
    ['10 click Last summer’s sale', []],
    ['11 navigation /odd/summer-sale.html', ['http-error']],
  ]);
  // Suggestions are not notes: nothing was added to what the tester said.
  expect(dump.annotations).toEqual([]);

  await panel.page.setViewportSize({ width: 360, height: 900 });
  await coupon.scrollIntoViewIfNeeded();
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.page.emulateMedia({ colorScheme });
    await panel.page.screenshot({ path: test.info().outputPath(`panel-signals-${colorScheme}.png`) });
  }
  await panel.page.emulateMedia({ colorScheme: 'light' });

  // Accept: one Friction note, worded from the signal; pressing again is impossible (the suggestion is gone).
  await coupon.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(coupon.getByRole('button', { name: 'Accept', exact: true })).toHaveCount(0);
  await expect.poll(async () => frictionNotes(await panel.dump()).map((note) => note.text)).toEqual(['Clicked — nothing happened for 2.0 s']);
  // Dismiss: hidden, no note.
  const cart = panel.stepItems.filter({ hasText: 'Slow page' });
  await cart.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(panel.stepItems.filter({ hasText: 'Slow page' })).toHaveCount(0);
  const answered = await panel.dump();
  expect(frictionNotes(answered)).toHaveLength(1);
  expect(answered.steps.flatMap((step) => (step.signals ?? []).map((signal) => `${step.seq} ${signal.kind} ${signal.status}`))).toEqual([
    '3 dead-click accepted',
    '4 error-click suggested',
    '6 form-error suggested',
    '8 slow-page dismissed',
    '9 backtrack suggested',
    '11 http-error suggested',
  ]);

  await panel.stop();
  const opened = context.waitForEvent('page');
  await panel.page.getByRole('link', { name: 'Open journey map' }).click();
  const map = await opened;
  await map.waitForLoadState('domcontentloaded');
  await map.setViewportSize({ width: 1600, height: 1000 });
  await expect(map.getByRole('region', { name: 'Use a coupon' })).toContainText('6 moments of friction, 1 confirmed by the tester');
  const painPoints = map.getByRole('row').filter({ has: map.getByRole('rowheader', { name: 'Pain points and friction' }) });
  // The accepted one is the tester's note now; the open one is Trailnote's, shown apart.
  await expect(painPoints).toContainText('Clicked — nothing happened for 2.0 s');
  // Four open ones: the lane shows three, and Show all the rest.
  await expect(painPoints.getByText('Noticed by Trailnote')).toHaveCount(3);
  await expect(painPoints).toContainText('Went back to a page seen just before');
  await map.screenshot({ path: test.info().outputPath('map-signals.png'), fullPage: true });
});

test('cries no wolf: a calm walk of ordinary pages, links, a button that answers and a double click on text has no signal', async ({ context, background, shop }) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/odd/offers.html');
  await panel.start('A calm walk');
  await expect(panel.stepItems.first()).toContainText('Offers');
  const terms = shopPage.getByRole('button', { name: 'Show the terms' });
  await terms.click();
  await expect(shopPage.getByText('Offer valid while stocks last.')).toBeVisible();
  await terms.click();
  await expect(terms).toHaveAttribute('aria-expanded', 'false');
  await shopPage.getByRole('heading', { name: 'Offers' }).dblclick();
  await shopPage.getByRole('link', { name: 'See the tents' }).click();
  await expect(shopPage).toHaveTitle('Tents — Northwind Outfitters');
  await expect(panel.stepItems.filter({ hasText: 'Tents' }).first()).toBeVisible();
  // Each click's window is over once a later step is stored after it: the last click was followed by a page.
  const dump = await panel.settled();
  expect(dump.steps.length).toBeGreaterThanOrEqual(5);
  // A slow page is a measurement, not a guess: on a loaded test machine the tents page itself can take over 2.5 s to
  // paint, and then saying so is right. Any slow-page signal must show a figure over its limit; nothing else may appear.
  for (const step of dump.steps) {
    for (const signal of (step.signals ?? []).filter((candidate) => candidate.kind === 'slow-page')) {
      const { ttfb = 0, lcp = 0, routeSettled = 0 } = signal.evidence;
      expect(
        ttfb > SIGNAL_THRESHOLDS.slowPage.ttfbMs || lcp > SIGNAL_THRESHOLDS.slowPage.lcpMs || routeSettled > SIGNAL_THRESHOLDS.slowPage.routeSettledMs,
        JSON.stringify(signal),
      ).toBe(true);
    }
  }
  expect(signalsByStep(dump.steps).flatMap(([step, kinds]) => kinds.filter((kind) => kind !== 'slow-page').map((kind) => `${step}: ${kind}`))).toEqual([]);
});
