import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { PanelPage } from './panel-page';
import { annotatedWalk } from './walks';

test('the journey map draws the walk by stage and lane, opens screenshots, compares two walks and prints', async ({ context, background, shop }) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/');
  await annotatedWalk(panel, shopPage, 'Northwind: buy a tent', { home: 'Positive', tents: 'Negative', product: 'Very positive', cart: 'Very negative' });

  const opened = context.waitForEvent('page');
  await panel.page.getByRole('link', { name: 'Open journey map' }).click();
  const map = await opened;
  await map.waitForLoadState('domcontentloaded');
  await map.setViewportSize({ width: 1600, height: 1000 });
  expect(new URL(map.url()).pathname).toBe('/journey.html');

  // Summary.
  const summary = map.getByRole('region', { name: 'Northwind: buy a tent' });
  await expect(summary).toContainText('Own site');
  await expect(summary).toContainText('Worst moment');
  await expect(summary).toContainText('The cart took ages to open');
  await expect(summary).toContainText('Slowest page');
  await expect(summary).toContainText('Your cart');

  // Columns are stages, in order; each lane is a row.
  const table = map.getByRole('table', { name: /Journey map/ });
  await expect(table.getByRole('columnheader')).toHaveText([/Lanes/, /1Awareness/, /2Consideration/, /3Decision/, /4Purchase/, /5Service/, /6Loyalty/]);
  await expect(table.getByRole('rowheader')).toHaveText([
    'Actions',
    'Touchpoints',
    'Screenshots',
    'Emotion',
    'Pain points and friction',
    'Opportunities',
    'Delights',
    'Notes',
    'Metrics',
  ]);
  const row = (name: string) => table.getByRole('row').filter({ has: map.getByRole('rowheader', { name, exact: true }) });
  await expect(row('Actions').getByRole('cell').nth(0)).toContainText('Opened Northwind Outfitters — Home');
  await expect(row('Actions').getByRole('cell').nth(4)).toContainText('No steps in this stage');
  await expect(row('Touchpoints').getByRole('cell').nth(3)).toContainText('Your cart');
  await expect(row('Pain points and friction').getByRole('cell').nth(1)).toContainText('No filter for tent size');
  await expect(row('Pain points and friction').getByRole('cell').nth(3)).toContainText('The cart took ages to open');
  await expect(row('Opportunities').getByRole('cell').nth(2)).toContainText('Show the packed size next to the photo');
  await expect(row('Delights').getByRole('cell').nth(0)).toContainText('The hero says what the shop sells');
  // A term and its value are a <dt> and a <dd>: the text between them is layout, not content.
  await expect(row('Metrics').getByRole('cell').nth(1)).toContainText(/Frictions\s*1/);
  // Load figures by plain name, explained under the map.
  await expect(row('Metrics').getByRole('cell').nth(0)).toContainText(/Server response \(TTFB\)\s*\d\.\d s/);
  await expect(row('Metrics').getByRole('cell').nth(0)).toContainText(/Main content shown \(LCP\)\s*\d\.\d s/);
  const timingLegend = map.locator('.timing-legend');
  await expect(timingLegend).toContainText('What the load times mean');
  await expect(timingLegend.getByRole('definition')).toHaveText([/start sending the page/, /biggest picture or block of text/]);

  // The curve: a point per rated step, in order, the dips labelled with their notes.
  const curve = map.getByRole('img', { name: 'Emotion curve' });
  await expect(curve.locator('circle.point')).toHaveCount(4);
  expect(await curve.locator('circle.point').evaluateAll((points) => points.map((point) => Number(point.getAttribute('data-emotion'))))).toEqual([1, -1, 2, -2]);
  await expect(curve.locator('text.dip')).toHaveText(['No filter for tent size', 'The cart took ages to open']);

  // Screenshots: a click opens the full picture; arrows move; Escape closes.
  const shots = row('Screenshots').getByRole('button', { name: /^Screenshot of step/ });
  expect(await shots.count()).toBeGreaterThanOrEqual(4);
  await shots.first().click();
  const box = map.getByRole('dialog');
  await expect(box).toContainText('Opened Northwind Outfitters — Home');
  await expect(box.getByRole('img')).toBeVisible();
  await map.keyboard.press('ArrowRight');
  await expect(box).not.toContainText('Opened Northwind Outfitters — Home');
  await map.keyboard.press('Escape');
  await expect(box).toBeHidden();

  expect(await seriousViolations(map)).toEqual([]);
  await map.screenshot({ path: test.info().outputPath('journey-map.png'), fullPage: true });
  // Print: the page's controls stay off paper; Save as PDF gives landscape pages (the @page rule).
  await map.emulateMedia({ media: 'print' });
  await expect(map.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(table).toBeVisible();
  const pdf = await map.pdf({ path: test.info().outputPath('journey-map.pdf'), preferCSSPageSize: true, printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await map.emulateMedia({ media: 'screen' });

  // A second walk (a competitor's site, say), then both side by side.
  await panel.button('New journey').click();
  await shopPage.goto(shop.origin + '/');
  await annotatedWalk(panel, shopPage, 'Rival: buy a tent', { home: 'Neutral', tents: 'Positive', product: 'Positive', cart: 'Negative' });
  await map.reload();
  const rival = map.getByRole('combobox', { name: 'Compare with' }).locator('option', { hasText: 'Rival: buy a tent' });
  await map.getByRole('combobox', { name: 'Compare with' }).selectOption({ label: (await rival.textContent()) ?? '' });
  await map.waitForURL(/compare=/);
  const legend = map.getByRole('list', { name: 'Journeys' });
  await expect(legend).toContainText('Northwind: buy a tent');
  await expect(legend).toContainText('Rival: buy a tent');
  const compared = map.getByRole('img', { name: 'Emotion curve' });
  await expect(compared.locator('polyline')).toHaveCount(2);
  await expect(compared.locator('circle.point')).toHaveCount(8);
  const metrics = map.getByRole('table', { name: /Metrics per stage/ });
  await expect(metrics.getByRole('columnheader')).toHaveText(['Stage', 'Awareness', 'Consideration', 'Decision', 'Purchase', 'Service', 'Loyalty']);
  // Consideration: −1 on the first walk, +1 on the second, a better emotion by 2.
  const emotions = metrics.getByRole('row').filter({ has: map.getByRole('rowheader', { name: 'Average emotion' }) });
  await expect(emotions.getByRole('cell').nth(1)).toContainText('−1.0');
  await expect(emotions.getByRole('cell').nth(1)).toContainText('+1.0');
  await expect(emotions.getByRole('cell').nth(1).locator('.diff.good')).toHaveText('+2.0');
  await expect(metrics.getByRole('rowheader', { name: 'Main content shown (LCP), median' })).toHaveAttribute('title', /Largest Contentful Paint/);
  expect(await seriousViolations(map)).toEqual([]);
  await map.screenshot({ path: test.info().outputPath('journey-compare.png'), fullPage: true });
});
