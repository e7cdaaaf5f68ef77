import { copyFileSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures';
import { exportedFile } from './map-exports';
import { PanelPage } from './panel-page';

const titleMarkup = "<img src=x onerror=alert('title')>";
const labelMarkup = `"><svg onload=alert('label')>`;
const noteMarkup = "<script>alert('note')</script><b onmouseover=alert('b')>bold</b>";

test('markup in page titles, labels and notes stays text in the panel, the map, the HTML report and an imported copy', async ({ context, background, shop }) => {
  // Every payload calls alert(): a dialog in any page means a page-derived script ran.
  const dialogs: string[] = [];
  context.on('page', (page) => page.on('dialog', (dialog) => void (dialogs.push(`${page.url()}: ${dialog.message()}`), dialog.dismiss())));
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/odd/markup.html');
  await panel.start('Gift cards <i>audit</i>');
  await expect(panel.stepNamed(`Opened ${titleMarkup} Gift cards`)).toBeVisible();
  await shopPage.getByRole('button', { name: /Buy a gift card/ }).click();
  await expect(panel.stepNamed(`${labelMarkup} Buy a gift card`)).toBeVisible();
  await panel.addNote('Friction', noteMarkup);
  await panel.settled();
  await panel.stop();
  await expect(panel.page.locator('img[src="x"], svg[onload], script:not([src])')).toHaveCount(0);

  const opened = context.waitForEvent('page');
  await panel.page.getByRole('link', { name: 'Open journey map' }).click();
  const map = await opened;
  const table = map.getByRole('table', { name: /Journey map/ });
  await expect(table).toContainText(noteMarkup);
  await expect(table).toContainText(`${labelMarkup} Buy a gift card`);
  await expect(map.locator('img[src="x"], svg[onload], b[onmouseover]')).toHaveCount(0);

  // The HTML report, opened from disk: the same text, and no element or script from the pages.
  const reportFile = test.info().outputPath('report.html');
  copyFileSync(await exportedFile(map, 'Export HTML report'), reportFile);
  const report = await context.newPage();
  await report.goto(pathToFileURL(reportFile).href);
  await expect(report.getByRole('heading', { name: 'Gift cards <i>audit</i>' })).toBeVisible();
  await expect(report.locator('body')).toContainText(noteMarkup);
  await expect(report.locator('body')).toContainText(titleMarkup);
  await expect(report.locator('img[src="x"], svg[onload], b[onmouseover], script')).toHaveCount(0);
  await report.locator('body').hover();

  // The ZIP imported back: the markup is still text.
  const zip = readFileSync(await exportedFile(map, 'Export ZIP'));
  await panel.page.getByRole('button', { name: 'Library', exact: true }).click();
  await panel.page.getByLabel('Import journey').setInputFiles({ name: 'gift-cards.zip', mimeType: 'application/zip', buffer: zip });
  const status = panel.page.getByRole('status', { name: 'Imports' });
  await expect(status).toContainText('Imported “Gift cards <i>audit</i>”');
  const importedOpened = context.waitForEvent('page');
  await status.getByRole('link').click();
  const imported = await importedOpened;
  await expect(imported.getByRole('table', { name: /Journey map/ })).toContainText(noteMarkup);
  await expect(imported.locator('img[src="x"], svg[onload], b[onmouseover]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
