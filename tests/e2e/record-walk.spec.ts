import { copyFileSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse, StepType } from '@puppeteer/replay';
import { strFromU8, unzipSync } from 'fflate';
import { pathToFileURL } from 'node:url';
import type { Step } from '../../lib/journey/types';
import { expect, tabIdOf, test } from './fixtures';
import { exportFromMap } from './map-exports';
import { PanelPage } from './panel-page';

/**
 * Canary secrets typed into sensitive fields: none may appear anywhere Trailnote stores. Each is long and odd
 * enough never to occur by chance in ids, timestamps or JPEG bytes (a plain "987" CVC does, now and then).
 */
const canaries = {
  password: 'CANARY-pw-Zq81!x',
  // Not 4242…: that is the documented test card the Chrome Recorder flow replays as a stand-in.
  card: '5555555555554444',
  cvc: 'CVC-Qx7#',
  name: 'Camille CanaryName',
};

/** A step as "kind:what" for comparing walks in order. */
function describe(step: Step): string {
  switch (step.kind) {
    case 'navigation':
      return `${step.navigation}:${new URL(step.url).pathname}`;
    case 'click':
    case 'submit':
      return `${step.kind}:${step.target.text}`;
    case 'input':
      return `input:${step.field.label}`;
  }
}

/**
 * Walks at a reader's pace: on each new page, waits until Trailnote has its screenshot (as a tester
 * reading the page would). Chrome allows 2 captures a second, so a robot-fast walk outruns it; that case
 * is odd-pages.spec.ts's.
 */
async function walkToCheckout(shopPage: Page, look: () => Promise<unknown>): Promise<void> {
  await shopPage.getByRole('link', { name: 'Shop tents' }).click();
  await shopPage.waitForURL('**/category/tents.html', { waitUntil: 'load' });
  await look();
  await shopPage.getByRole('link', { name: 'Trailhead 2 Tent' }).click();
  await shopPage.waitForURL('**/product/trailhead-2.html', { waitUntil: 'load' });
  await look();
  // A tester's choice is a trusted event; Playwright's selectOption fires synthetic ones, which the
  // recorder rightly ignores. Typing on the focused menu is what a keyboard user does.
  await shopPage.getByLabel('Colour').focus();
  await shopPage.keyboard.press('s');
  await expect(shopPage.getByLabel('Colour')).toHaveValue(/sand/i);
  await shopPage.getByRole('button', { name: 'Add to cart' }).click();
  await shopPage.waitForURL('**/cart**', { waitUntil: 'load' });
  await look();
  await shopPage.getByRole('link', { name: 'Checkout' }).click();
  await shopPage.waitForURL('**/checkout.html', { waitUntil: 'load' });
  await look();
}

test('records the demo shop walk: pages, clicks, fields, timings and screenshots, with no secret stored', async ({ context, background, shop }) => {
  const shopPage = await context.newPage();
  await shopPage.goto(shop.origin + '/');
  const panel = await PanelPage.open(context, background, await tabIdOf(background, shopPage));
  // The walk's state says recording a moment before the page it starts on is stored: the badge says so.
  expect(await panel.statusesDuring(() => panel.start('Buy a tent'))).toEqual(['Ready to record this tab', 'Starting…', 'Recording']);

  await expect(panel.stepItems.first()).toContainText('Opened Northwind Outfitters — Home');
  const look = async () => {
    await expect(panel.stepItems.last()).toContainText(`Opened ${await shopPage.title()}`);
    return panel.settled();
  };
  await look();
  await walkToCheckout(shopPage, look);

  await shopPage.getByLabel('Full name').fill(canaries.name);
  await shopPage.getByLabel('Email').fill('camille@example.com');
  await shopPage.getByLabel('Phone').fill('+33 6 12 34 56 78');
  await shopPage.getByLabel('Create a password').fill(canaries.password);
  await shopPage.getByLabel('Card number').fill(canaries.card);
  await shopPage.getByLabel('CVC').fill(canaries.cvc);
  await shopPage.getByLabel('Subscribe to trail news').check();
  await shopPage.getByRole('button', { name: 'Continue to payment' }).click();
  await shopPage.waitForURL(shop.paymentOrigin + '/pay.html', { waitUntil: 'load' });
  await look();
  await shopPage.getByRole('button', { name: 'Pay now' }).click();
  await shopPage.waitForURL('**/confirmation.html');
  await expect(panel.stepItems.last()).toContainText('Order confirmed', { timeout: 10_000 });

  const dump = await panel.settled();
  await panel.stop();

  expect(dump.steps.map(describe)).toEqual([
    'load:/',
    'click:Shop tents',
    'load:/category/tents.html',
    'click:Trailhead 2 Tent',
    'load:/product/trailhead-2.html',
    'input:Colour',
    'click:Add to cart',
    'load:/cart',
    'click:Checkout',
    'load:/checkout.html',
    'input:Full name',
    'input:Email',
    'input:Phone',
    'input:Create a password',
    'input:Card number',
    'input:CVC',
    'input:Subscribe to trail news',
    'click:Continue to payment',
    'load:/pay.html',
    'click:Pay now',
    'load:/confirmation.html',
  ]);
  expect(dump.steps.map((step) => step.seq)).toEqual(dump.steps.map((_, index) => index + 1));
  expect(new Set(dump.steps.map((step) => step.id)).size).toBe(dump.steps.length);

  // Across origins: the payment provider's page is part of the walk.
  const pay = dump.steps.find((step) => step.url.startsWith(shop.paymentOrigin));
  expect(pay?.title).toBe('PayBridge — Secure payment');

  // Load timings: every page has them; the slow cart shows its ~1.5 s server delay.
  const loads = dump.steps.filter((step) => step.kind === 'navigation');
  for (const load of loads) {
    expect(load.kind === 'navigation' && load.timing?.load, load.url).toBeGreaterThan(0);
  }
  const cart = loads.find((step) => step.url.includes('/cart'));
  expect(cart?.kind === 'navigation' && cart.timing?.ttfb).toBeGreaterThanOrEqual(1400);

  // Fields: choices kept, typed text masked, secrets never stored.
  const fields = Object.fromEntries(dump.steps.flatMap((step) => (step.kind === 'input' ? [[step.field.label, step.field]] : [])));
  expect(fields['Colour']).toMatchObject({ masked: false, value: 'Sand' });
  expect(fields['Full name']).toMatchObject({ masked: true, maskReason: 'typed' });
  expect(fields['Full name'].value).toBeUndefined();
  for (const label of ['Create a password', 'Card number', 'CVC']) {
    expect(fields[label], label).toMatchObject({ masked: true, maskReason: 'sensitive' });
    expect(fields[label].value, label).toBeUndefined();
    expect(fields[label].mask, label).toBeUndefined();
  }

  // Screenshots: one per page load and click (a form a click sent is that click's step), JPEG, ≤ 1280 px wide with a ≤ 320 px thumbnail.
  const needing = dump.steps.filter((step) => step.kind !== 'input');
  const withShot = needing.filter((step) => step.screenshotId);
  expect(withShot.length, JSON.stringify(needing.filter((s) => !s.screenshotId).map((s) => [describe(s), s.problem]))).toBe(needing.length);
  for (const shot of dump.screenshots) {
    // Each picture shows its own step's page, never the next one (a click that navigates).
    expect(shot.pageUrl).toBe(dump.steps.find((step) => step.id === shot.stepId)?.url);
    expect(shot.imageType).toBe('image/jpeg');
    expect(shot.width).toBeLessThanOrEqual(1280);
    expect(shot.imageBytes).toBeGreaterThan(5_000);
    expect(shot.thumbnailBytes).toBeLessThan(shot.imageBytes);
  }

  const stored = await panel.rawStoreText();
  for (const secret of Object.values(canaries)) expect(stored).not.toContain(secret);

  // The panel lists every step and shows the walk as stopped.
  await expect(panel.stepCount).toHaveText(String(dump.steps.length));
  await expect(panel.page.getByRole('status')).toHaveText('Recording stopped');
  await panel.page.screenshot({ path: test.info().outputPath('panel-after-walk.png') });

  // Every export of the walk, saved through the map's buttons: well formed, and with no secret in it.
  const opened = context.waitForEvent('page');
  await panel.page.getByRole('link', { name: 'Open journey map' }).click();
  const map = await opened;
  const exported: Record<string, string> = {};
  const paths: Record<string, string> = {};
  for (const name of ['Export ZIP', 'Export HTML report', 'Export JSON', 'Export CSV', 'Export Markdown', 'Export Chrome Recorder']) {
    const file = await exportFromMap(map, name);
    paths[name] = (await file.path())!;
    expect(file.suggestedFilename()).toMatch(/^Buy-a-tent\./);
    // The ZIP's text is deflated: each of its files is searched once unzipped.
    const texts = name === 'Export ZIP' ? Object.values(unzipSync(readFileSync(paths[name]))).map((bytes) => strFromU8(bytes, true)) : [readFileSync(paths[name], 'utf8')];
    exported[name] = texts.join('\n');
    for (const secret of Object.values(canaries)) expect(exported[name], `${secret} in ${name}`).not.toContain(secret);
  }
  const zipped = unzipSync(readFileSync(paths['Export ZIP']));
  expect(
    Object.keys(zipped)
      .filter((entry) => !/^(screenshots|thumbnails)\//.test(entry))
      .sort(),
  ).toEqual(['journey.json', 'lanes.csv', 'recorder.json', 'report.html']);
  expect(Object.keys(zipped).filter((entry) => entry.startsWith('screenshots/'))).toHaveLength(dump.screenshots.length);
  expect(Object.keys(zipped).filter((entry) => entry.startsWith('thumbnails/'))).toHaveLength(dump.screenshots.length);

  // The HTML report opened from disk: pictures show, and nothing leaves the file.
  const report = await context.newPage();
  const requests: string[] = [];
  report.on('request', (request) => requests.push(request.url()));
  // Saved under its own name: Playwright keeps downloads under a bare id, which a browser opens as text.
  const reportFile = test.info().outputPath('report.html');
  copyFileSync(paths['Export HTML report'], reportFile);
  await report.goto(pathToFileURL(reportFile).href);
  await expect(report.getByRole('heading', { name: 'Buy a tent' })).toBeVisible();
  // The curve is drawn a piece per stage column, each a picture named after its stage.
  await expect(
    report
      .getByRole('img', { name: /^Emotion curve/ })
      .or(report.getByText('No step was rated yet'))
      .first(),
  ).toBeVisible();
  const pictures = report.locator('#map').getByRole('img', { name: /^Screenshot of step/ });
  expect(await pictures.count()).toBe(dump.screenshots.length);
  expect(await pictures.evaluateAll((images) => images.every((image) => (image as HTMLImageElement).naturalWidth > 0))).toBe(true);
  expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
  await report.screenshot({ path: test.info().outputPath('html-report.png'), fullPage: true });
  const shared = JSON.parse(exported['Export JSON']);
  expect(shared).toMatchObject({ format: 'trailnote.journey', version: 1, journey: { title: 'Buy a tent' } });
  expect(shared.steps).toHaveLength(dump.steps.length);
  expect(exported['Export CSV'].split('\r\n')).toHaveLength(dump.steps.length + 2);
  expect(exported['Export Markdown']).toContain('# Buy a tent');
  const flow = parse(JSON.parse(exported['Export Chrome Recorder']));
  expect(flow.steps.filter((step) => step.type === StepType.Navigate)).toHaveLength(1);
});
