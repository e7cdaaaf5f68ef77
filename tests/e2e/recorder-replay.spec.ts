import { readFileSync, writeFileSync } from 'node:fs';
import { createRunner, parse, PuppeteerRunnerExtension, StepType, type Step } from '@puppeteer/replay';
import puppeteer from 'puppeteer-core';
import { chromePath, expect, tabIdOf, test } from './fixtures';
import { exportedFile } from './map-exports';
import { PanelPage } from './panel-page';

/** Values typed into masked fields: none may reach the flow, which replays stand-ins instead. */
const typed = {
  name: 'Camille Replayname',
  email: 'camille.replay@example.org',
  phone: '0612345678',
  password: 'Replay-Secret-9z!',
  card: '5555555555554444',
  cvc: '987',
};

/** Counts the steps the runner ran, by type, and keeps where the page ended. */
class CountingExtension extends PuppeteerRunnerExtension {
  ran: string[] = [];
  // The base class does nothing after a step.
  override afterEachStep(step: Step): Promise<void> {
    this.ran.push(step.type);
    return Promise.resolve();
  }
}

test('a recorded walk exported as a Chrome Recorder flow replays to the confirmation page with @puppeteer/replay', async ({ context, background, shop }) => {
  test.setTimeout(240_000);
  const shopPage = await context.newPage();
  await shopPage.goto(shop.origin + '/');
  const panel = await PanelPage.open(context, background, await tabIdOf(background, shopPage));
  await panel.start('Replay the shop');
  const opened = async (title: string) => {
    await expect(panel.stepItems.last()).toContainText(`Opened ${title}`);
    await panel.settled();
  };
  const went = async (title: string) => {
    await expect(panel.stepItems.last()).toContainText(`Went to ${title}`);
    await panel.settled();
  };
  await opened('Northwind Outfitters — Home');

  // A link below the fold, a button in a shadow root, a field and a button in a frame.
  await shopPage.getByRole('contentinfo').getByRole('link', { name: 'Gifts & extras' }).click();
  await shopPage.waitForURL('**/widgets.html', { waitUntil: 'load' });
  await opened('Widgets — Northwind Outfitters');
  await shopPage.getByRole('button', { name: 'Add gift wrap' }).click();
  await expect(shopPage.getByText('Gift wrap added')).toBeVisible();
  const frame = shopPage.frameLocator('iframe[title="Newsletter"]');
  await frame.getByLabel('Newsletter email').fill(typed.email);
  await frame.getByRole('button', { name: 'Subscribe' }).click();
  await expect(frame.getByRole('status')).toHaveText('Thanks — check your inbox.');

  // The address bar (page.goto is a typed navigation), a menu, and Back.
  await shopPage.goto(shop.origin + '/category/tents.html');
  await opened('Tents');
  await shopPage.getByRole('link', { name: 'Trailhead 2 Tent' }).click();
  await shopPage.waitForURL('**/product/trailhead-2.html', { waitUntil: 'load' });
  await opened('Trailhead 2 Tent');
  await shopPage.getByLabel('Colour').focus();
  await shopPage.keyboard.press('s');
  await expect(shopPage.getByLabel('Colour')).toHaveValue('Sand');
  await shopPage.goBack({ waitUntil: 'load' });
  await opened('Tents');

  // An app's routes, and Back through its history.
  await shopPage.goto(shop.origin + '/app/');
  await opened('Overview — Trip planner');
  await shopPage.getByRole('navigation', { name: 'Trip planner' }).getByRole('link', { name: 'Routes' }).click();
  await went('Routes — Trip planner');
  await shopPage.getByRole('navigation', { name: 'Trip planner' }).getByRole('link', { name: 'Gear list' }).click();
  await went('Gear list — Trip planner');
  await shopPage.goBack();
  await went('Routes — Trip planner');

  // A GET form sent with Enter, with masked fields.
  await shopPage.goto(shop.origin + '/express.html');
  await opened('Express checkout — Northwind Outfitters');
  await shopPage.getByLabel('Full name').fill(typed.name);
  await shopPage.getByLabel('Password').fill(typed.password);
  await shopPage.getByLabel('Card number').fill(typed.card);
  await shopPage.getByLabel('Email').fill(typed.email);
  await shopPage.getByLabel('Email').press('Enter');
  await shopPage.waitForURL('**/express-pay.html?**', { waitUntil: 'load' });
  await opened(await shopPage.title());

  // A POST form with masked fields, the payment provider on another site, the confirmation.
  await shopPage.goto(shop.origin + '/checkout.html');
  await opened('Checkout — Northwind Outfitters');
  await shopPage.getByLabel('Full name').fill(typed.name);
  await shopPage.getByLabel('Email').fill(typed.email);
  await shopPage.getByLabel('Phone').fill(typed.phone);
  await shopPage.getByLabel('Create a password').fill(typed.password);
  await shopPage.getByLabel('Card number').fill(typed.card);
  await shopPage.getByLabel('CVC').fill(typed.cvc);
  // A masked menu, chosen with the keyboard as a tester does (selectOption's events are not trusted): the replay can
  // only choose one of its options.
  await shopPage.getByLabel('Card type').focus();
  await shopPage.keyboard.press('a');
  await expect(shopPage.getByLabel('Card type')).toHaveValue('amex');
  await shopPage.getByLabel('Subscribe to trail news').check();
  await shopPage.getByRole('button', { name: 'Continue to payment' }).click();
  await shopPage.waitForURL(shop.paymentOrigin + '/pay.html', { waitUntil: 'load' });
  await opened('PayBridge — Secure payment');
  await shopPage.getByRole('button', { name: 'Pay now' }).click();
  await shopPage.waitForURL('**/confirmation.html', { waitUntil: 'load' });
  await opened('Order confirmed — Northwind Outfitters');
  const dump = await panel.settled();
  await panel.stop();

  // How each page was reached is kept on its step, as the browser said it.
  const loads = dump.steps.flatMap((step) =>
    step.kind === 'navigation' ? [`${new URL(step.url).pathname} ${step.transition?.type ?? '?'} ${step.transition?.qualifiers.join('+') ?? ''}`.trim()] : [],
  );
  // (The first page was open before the walk started: the recorder was not there to hear how.)
  expect(loads).toEqual([
    '/ ?',
    '/widgets.html link',
    '/category/tents.html typed',
    '/product/trailhead-2.html link',
    '/category/tents.html typed forward_back', // Back keeps the entry's own type and says forward_back
    '/app/ typed',
    '/app/routes link',
    '/app/gear link',
    '/app/routes link forward_back',
    '/express.html typed',
    '/express-pay.html form_submit',
    '/checkout.html typed',
    '/pay.html form_submit server_redirect',
    '/confirmation.html link',
  ]);

  const mapOpened = context.waitForEvent('page');
  await panel.page.getByRole('link', { name: 'Open journey map' }).click();
  const map = await mapOpened;
  const text = readFileSync(await exportedFile(map, 'Export Chrome Recorder'), 'utf8');
  for (const value of Object.values(typed)) expect(text, value).not.toContain(value);
  const flow = parse(JSON.parse(text));
  writeFileSync(test.info().outputPath('flow.json'), text);

  // Every page reached without clicking is a navigate step; Enter is pressed as Enter; masked values have stand-ins.
  const navigated = flow.steps.flatMap((step) => (step.type === StepType.Navigate ? [new URL(step.url).pathname] : []));
  expect(navigated).toEqual(['/', '/category/tents.html', '/category/tents.html', '/app/', '/app/routes', '/express.html', '/checkout.html']);
  expect(flow.steps.filter((step) => step.type === StepType.KeyDown || step.type === StepType.KeyUp).map((step) => step.type)).toEqual(['keyDown', 'keyUp']);
  const standIns = flow.steps.flatMap((step) =>
    step.type === StepType.CustomStep && step.name === 'trailnote.standIn' ? [String((step.parameters as { standIn?: string }).standIn)] : [],
  );
  expect(standIns).toEqual(expect.arrayContaining(['email', 'phone', 'password', 'card-number', 'card-code', 'text', 'option']));
  expect(text).not.toMatch(/amex|American Express/);

  // Replayed by Chrome Recorder's own runner, on puppeteer-core driving this machine's Chromium, without Trailnote.
  const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const extension = new CountingExtension(browser, page, { timeout: 20_000 });
    const runner = await createRunner(flow, extension);
    // A step that fails says which, in the test's words.
    const ran = await runner.run().catch((error: unknown) => {
      throw new Error(`Replay stopped at flow step ${extension.ran.length}: ${JSON.stringify(flow.steps[extension.ran.length])}`, { cause: error });
    });
    expect(ran).toBe(true);
    expect(extension.ran).toEqual(flow.steps.map((step) => step.type));
    expect(page.url()).toBe(shop.origin + '/confirmation.html');
    expect(await page.$eval('h1', (heading) => heading.textContent)).toBe('Thank you — your order is confirmed');
  } finally {
    await browser.close();
  }
});
