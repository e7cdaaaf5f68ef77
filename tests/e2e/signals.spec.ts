import { readFileSync } from 'node:fs';
import { SIGNAL_THRESHOLDS } from '../../lib/journey/signal-thresholds';
import type { Annotation, Step, StepSignal } from '../../lib/journey/types';
import { expect, launchInFrench, serviceWorkerOf, test } from './fixtures';
import { exportedFile } from './map-exports';
import { PanelPage } from './panel-page';
import type { StoreDump } from './store-reader';
import { stopServiceWorker } from './worker';

/** What a step was, for naming it in a test: a page by its path, an action by its target's words. */
const whatOf = (step: Step): string => (step.kind === 'navigation' ? new URL(step.url).pathname : step.target.text);

/**
 * A slow page is a measurement, not a guess: on a loaded test machine an ordinary page can take over 2.5 s to paint
 * and a click over 200 ms to reach the screen, and then saying so is right. Such a signal must show a figure over its
 * limit; the tests that count signals leave it out but on the steps they made slow on purpose (`slow`, by whatOf).
 */
function isMeasuredSlowness(step: Step, signal: StepSignal, slow: readonly string[]): boolean {
  if (signal.kind !== 'slow-page' || slow.includes(whatOf(step))) return false;
  const { ttfb = 0, lcp = 0, routeSettled = 0, interactionMs = 0 } = signal.evidence;
  const limits = SIGNAL_THRESHOLDS.slowPage;
  expect(ttfb > limits.ttfbMs || lcp > limits.lcpMs || routeSettled > limits.routeSettledMs || interactionMs > limits.interactionMs, JSON.stringify(signal)).toBe(true);
  return true;
}

/** Each step's signal kinds, by what the step was: "click Apply coupon" → ['dead-click'], measured slowness left out (isMeasuredSlowness). */
function signalsByStep(steps: Step[], slow: readonly string[] = []): Array<[string, string[]]> {
  return steps.map((step) => [
    `${step.seq} ${step.kind} ${whatOf(step)}`,
    (step.signals ?? []).filter((signal) => !isMeasuredSlowness(step, signal, slow)).map((signal) => signal.kind),
  ]);
}

/** What waits in the outbox (lib/contract/outbox.ts): steps, signals and figures whose message was not handled yet. */
const outboxKeys = async (panel: PanelPage): Promise<string[]> =>
  Object.keys(await panel.page.evaluate(() => chrome.storage.local.get(null))).filter((key) => key.startsWith('outbox'));

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
  // The cart's page step itself: on a loaded machine a step beside it may be measured slow too.
  const cart = panel.page.locator('[data-step-kind="navigation"]').filter({ hasText: 'Your cart' }).filter({ hasText: 'Slow page' });
  await expect(cart).toHaveCount(1);
  await shopPage.goBack();
  await expect(shopPage).toHaveTitle('Offers — Northwind Outfitters');
  await expect(panel.stepItems.filter({ hasText: 'Went back to a page seen just before' })).toHaveCount(1);
  // A link to a page that is no more.
  await shopPage.getByRole('link', { name: 'Last summer’s sale' }).click();
  await expect(shopPage).toHaveTitle('Not found — Northwind Outfitters');
  await expect(panel.stepItems.filter({ hasText: 'The page came back with error 404' })).toHaveCount(1);

  const dump = await panel.settled();
  expect(signalsByStep(dump.steps, ['/cart'])).toEqual([
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
  await panel.scrollToFirstStep();
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.page.emulateMedia({ colorScheme });
    await panel.page.screenshot({ path: test.info().outputPath(`panel-signals-${colorScheme}.png`) });
  }
  await panel.page.emulateMedia({ colorScheme: 'light' });

  // Accept: one Friction note, worded from the signal; pressing again is impossible (the suggestion is gone).
  // Its own Accept, by the suggestion it answers: a loaded machine may have measured the click slow as well.
  const acceptDeadClick = coupon.getByRole('button', { name: 'Accept', exact: true, description: 'Clicked — nothing happened for 2.0 s' });
  await panel.pressInList(acceptDeadClick, () => expect(acceptDeadClick).toHaveCount(0, { timeout: 2000 }));
  await expect.poll(async () => frictionNotes(await panel.dump()).map((note) => note.text)).toEqual(['Clicked — nothing happened for 2.0 s']);
  // Dismiss: hidden, no note.
  await panel.pressInList(cart.getByRole('button', { name: 'Dismiss', exact: true }), () => expect(cart).toHaveCount(0, { timeout: 2000 }));
  const answered = await panel.dump();
  expect(frictionNotes(answered)).toHaveLength(1);
  expect(
    answered.steps.flatMap((step) =>
      (step.signals ?? []).filter((signal) => !isMeasuredSlowness(step, signal, ['/cart'])).map((signal) => `${step.seq} ${signal.kind} ${signal.status}`),
    ),
  ).toEqual(['3 dead-click accepted', '4 error-click suggested', '6 form-error suggested', '8 slow-page dismissed', '9 backtrack suggested', '11 http-error suggested']);

  // A scorecard chosen now is told what the recording knows (issue 18): the refused code, and the slowest page.
  await panel.button('Scorecard').click();
  await panel.page.getByRole('combobox', { name: 'Scorecard template' }).selectOption({ label: 'E-commerce purchase' });
  const awareness = panel.page.getByRole('region', { name: /^Awareness/ });
  await expect(awareness.getByText('Hint: a form of this stage refused what was entered once.')).toBeVisible();
  await expect(awareness.getByText(/^Hint: the slowest page of this stage loaded in \d/)).toBeVisible();
  await panel.page.screenshot({ path: test.info().outputPath('scorecard-hints.png') });
  await panel.button('Journey').click();

  await panel.stop();
  const opened = context.waitForEvent('page');
  await panel.page.getByRole('link', { name: 'Open journey map' }).click();
  const map = await opened;
  await map.waitForLoadState('domcontentloaded');
  await map.setViewportSize({ width: 1600, height: 1000 });
  // Six, and any slowness a loaded machine measured (isMeasuredSlowness), counted once the walk has stopped: Stop
  // saves the figures still on their way, which may bring their signals.
  const noticed = (await panel.dump()).steps.reduce((count, step) => count + (step.signals?.length ?? 0), 0);
  expect(noticed).toBeGreaterThanOrEqual(6);
  await expect(map.getByRole('region', { name: 'Use a coupon' })).toContainText(`${noticed} moments of friction, 1 confirmed by the tester`);
  const painPoints = map.getByRole('row').filter({ has: map.getByRole('rowheader', { name: 'Pain points and friction' }) });
  // The accepted one is the tester's note now; the open one is Trailnote's, shown apart.
  await expect(painPoints).toContainText('Clicked — nothing happened for 2.0 s');
  // Four open ones: the lane shows three, and Show all the rest.
  await expect(painPoints.getByText('Noticed by Trailnote')).toHaveCount(3);
  await expect(painPoints).toContainText('Went back to a page seen just before');
  await map.screenshot({ path: test.info().outputPath('map-signals.png'), fullPage: true });
});

test('notices a field the page only styles as refused (:user-invalid), once', async ({ context, background, shop }) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/odd/offers.html');
  await panel.start('Check delivery');
  await expect(panel.stepItems.first()).toContainText('Offers');
  await shopPage.getByRole('textbox', { name: 'Delivery postcode' }).fill('ABC');
  await shopPage.getByRole('button', { name: 'Check delivery' }).click();
  await expect(shopPage.getByRole('status')).toHaveText('Checking…');
  await expect(shopPage.locator('#postcode:user-invalid')).toHaveCount(1);
  await expect(panel.stepItems.filter({ hasText: 'The form refused what was entered' })).toHaveCount(1);
  const dump = await panel.settled();
  // Told on the step where the browser marked it (the field's change, or the press that sent it), and only there.
  expect(signalsByStep(dump.steps).flatMap(([, kinds]) => kinds)).toEqual(['form-error']);
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
  // Slowness a loaded machine measured is left out (isMeasuredSlowness); nothing else may appear.
  expect(signalsByStep(dump.steps).flatMap(([step, kinds]) => kinds.map((kind) => `${step}: ${kind}`))).toEqual([]);
  // The detectors watch only around the tester's actions: a calm page leaves nothing of theirs behind in the outbox (the
  // page's figures pass through it, and leave it once kept).
  await expect.poll(() => outboxKeys(panel)).toEqual([]);
});

test('notices a banner that shoves the page down, a click the page takes 300 ms to answer, a refused code the page repeats (masked), and a page whose server hangs up', async ({
  context,
  background,
  shop,
}) => {
  const canary = 'CANARY7731';
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/odd/offers.html');
  await panel.start('Look at the deals');
  await expect(panel.stepItems.first()).toContainText('Offers');

  // A banner comes in 300 ms after the load and pushes the page down.
  await shopPage.goto(shop.origin + '/odd/deals.html');
  await expect(shopPage.getByText('Flash sale')).toBeVisible();
  await expect(panel.stepItems.filter({ hasText: /The page jumped as it loaded \(layout shift 0\.\d+\)/ })).toHaveCount(1);

  // The comparison keeps the page busy for 300 ms: the click's time to the next paint is at least that.
  await shopPage.getByRole('button', { name: 'Compare prices' }).click();
  await expect(shopPage.getByText('Prices compared')).toBeVisible();
  const compare = panel.stepItems.filter({ hasText: 'Compare prices' });
  await expect(compare.getByText(/^Clicked — the page took \d\.\d s to answer$/)).toBeVisible();

  // The form repeats the refused code: the signal keeps the page's words with the code masked, as its step keeps it.
  await shopPage.getByRole('textbox', { name: 'Member code' }).fill(canary);
  await shopPage.getByRole('button', { name: 'Check my code' }).click();
  await expect(shopPage.getByRole('alert')).toHaveText(`No member has the code “${canary}”.`);
  // Quoted within our quotation, the page's marks become single ones (lib/journey/inner-quotes.ts); the stored words keep the page's.
  const said = 'The form refused what was entered: “No member has the code ‘[masked:A9×10]’.”';
  await expect(panel.stepItems.filter({ hasText: 'Check my code' }).getByText(said)).toBeVisible();

  // The members' area never comes back: the server hangs up.
  await shopPage.getByRole('link', { name: 'Members’ area' }).click();
  await expect(panel.stepItems.filter({ hasText: 'The page failed to load (net::ERR_EMPTY_RESPONSE)' })).toHaveCount(1);

  const dump = await panel.settled();
  expect(signalsByStep(dump.steps, ['Compare prices'])).toEqual([
    ['1 navigation /odd/offers.html', []],
    ['2 navigation /odd/deals.html', ['layout-shift']],
    ['3 click Compare prices', ['slow-page']],
    ['4 input Member code', []],
    ['5 click Check my code', ['form-error']],
    ['6 click Members’ area', []],
    ['7 navigation /odd/members', ['http-error']],
  ]);
  const signalOf = (seq: number, kind: StepSignal['kind']) => dump.steps.find((step) => step.seq === seq)?.signals?.find((signal) => signal.kind === kind);
  expect(signalOf(2, 'layout-shift')?.evidence.cls).toBeGreaterThan(SIGNAL_THRESHOLDS.layoutShift.cls);
  expect(signalOf(3, 'slow-page')?.evidence.interactionMs).toBeGreaterThanOrEqual(300);
  expect(signalOf(5, 'form-error')?.message).toBe('No member has the code “[masked:A9×10]”.');
  expect(signalOf(7, 'http-error')).toMatchObject({ evidence: {}, message: 'net::ERR_EMPTY_RESPONSE' });
  // Why the page has no picture, in words; the browser's code only as its reason.
  expect(dump.steps.find((step) => step.seq === 7)?.problem?.message).toBe(
    "This page did not load, so there is nothing of it to record. The browser's reason: net::ERR_EMPTY_RESPONSE",
  );
  // What was typed is nowhere: not in the store, not in extension storage.
  expect(await panel.rawStoreText()).not.toContain(canary);
  expect(JSON.stringify(await panel.page.evaluate(() => chrome.storage.local.get(null)))).not.toContain(canary);

  await panel.page.setViewportSize({ width: 360, height: 900 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.page.emulateMedia({ colorScheme });
    await panel.page.screenshot({ path: test.info().outputPath(`panel-page-signals-${colorScheme}.png`) });
  }
  await panel.page.emulateMedia({ colorScheme: 'light' });

  // The exports carry the message's words, and never the code.
  await panel.stop();
  const opened = context.waitForEvent('page');
  await panel.page.getByRole('link', { name: 'Open journey map' }).click();
  const map = await opened;
  await map.waitForLoadState('domcontentloaded');
  for (const button of ['Export JSON', 'Export CSV', 'Export Markdown', 'Export HTML report']) {
    const text = readFileSync(await exportedFile(map, button), 'utf8');
    expect(text, button).not.toContain(canary);
    expect(text, button).toContain('No member has the code');
    // The mask as each format writes it (Markdown escapes its brackets).
    expect(text, button).toContain('masked:A9×10');
  }
});

test('a signal and a layout shift noticed as the tester leaves, while Chrome has stopped the service worker, wait in the outbox and are kept', async ({
  context,
  background,
  shop,
}) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/odd/deals.html');
  await panel.start('Redeem points');
  await expect(panel.stepItems.first()).toContainText('Deals');
  // The banner has shoved the page down: its layout shift is measured, and sent within a second or as the page is left.
  await expect(shopPage.getByText('Flash sale')).toBeVisible();
  await stopServiceWorker(context, panel.page);
  // The page throws as it leaves for the tents: the signal's message dies with the page unless the outbox keeps it.
  await shopPage.getByRole('button', { name: 'Redeem points' }).click();
  await expect(shopPage).toHaveTitle('Tents — Northwind Outfitters');
  await expect(panel.stepItems.filter({ hasText: 'Redeem points' }).getByText('Clicked — the page hit an error')).toBeVisible();
  // The deals page's figures came after its step, while the worker was stopped: the outbox kept them too.
  await expect(panel.stepItems.filter({ hasText: /The page jumped as it loaded/ })).toHaveCount(1);
  await expect(panel.stepItems.filter({ hasText: 'Tents' })).toHaveCount(1);
  const dump = await panel.settled();
  // The tents' paint may be slow on a loaded machine (isMeasuredSlowness): the click has its error, the deals their shift.
  expect(signalsByStep(dump.steps).map(([step, kinds]) => (step.includes('tents') ? [step] : [step, kinds]))).toEqual([
    ['1 navigation /odd/deals.html', ['layout-shift']],
    ['2 click Redeem points', ['error-click']],
    ['3 navigation /category/tents.html'],
  ]);
  await expect.poll(() => outboxKeys(panel)).toEqual([]);
});

test('a refused code the page repeats reads well in French: the page’s quotation inside the guillemets', async ({ shop }) => {
  const { context, close } = await launchInFrench();
  try {
    const { shopPage, panel } = await PanelPage.besideShop(context, await serviceWorkerOf(context), shop.origin + '/odd/deals.html');
    await panel.page.getByRole('button', { name: 'Démarrer l’enregistrement' }).click();
    await expect(panel.stepItems.first()).toContainText('Deals');
    await shopPage.getByRole('textbox', { name: 'Member code' }).fill('CANARY7731');
    await shopPage.getByRole('button', { name: 'Check my code' }).click();
    const said = 'Le formulaire a refusé la saisie : « No member has the code “[masked:A9×10]”. »';
    await expect(panel.stepItems.getByText(said)).toBeVisible();
    await panel.page.setViewportSize({ width: 360, height: 900 });
    await panel.page.screenshot({ path: test.info().outputPath('panel-form-error-fr.png') });
  } finally {
    await close();
  }
});
