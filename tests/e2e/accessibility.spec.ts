import { copyFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { exportedFile } from './map-exports';
import { PanelPage } from './panel-page';
import { annotatedWalk } from './walks';

test('no serious or critical accessibility violation on the panel recording and stopped, a step’s details, the library, the map or the report', async ({
  context,
  background,
  shop,
}) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/');
  await panel.page.setViewportSize({ width: 380, height: 800 });
  const felt = { home: 'Positive', tents: 'Negative', product: 'Very positive', cart: 'Very negative' };
  await annotatedWalk(panel, shopPage, 'Northwind: buy a tent', felt, undefined, async () => {
    // A step's button says its visible words first, then its number (voice control says what it sees); what
    // the row shows below the words describes it.
    const cart = panel.stepNamed('Opened Your cart');
    const words = await cart.locator('.sentence').innerText();
    const pick = cart.getByRole('button', { name: words });
    await expect(pick).toHaveAccessibleName(`${words}, step 7`);
    await expect(pick).toHaveAccessibleDescription(/^\d+:\d\d .*Very negative Pain point The cart took ages to open$/);

    // Recording, four pages in, each rated and noted: a step's details open, a key moment, the note box open.
    await cart.getByRole('button', { name: /^Details of step/ }).click();
    await cart.getByRole('checkbox', { name: 'Key moment' }).check();
    await expect(pick).toHaveAccessibleName(`${words}, step 7, key moment`);
    await panel.openNoteBox();
    await panel.settled();
    await panel.page.screenshot({ path: test.info().outputPath('panel-recording.png') });
    await panel.expectStatusWhole();
    await expectAccessible(panel.page, 'the panel while recording, a step’s details open');
    await cart.getByRole('button', { name: /^Details of step/ }).click();
  });
  await expectAccessible(panel.page, 'the panel once stopped');

  await panel.button('Library').click();
  const openMap = panel.page.getByRole('link', { name: 'Map of “Northwind: buy a tent”' });
  await expect(openMap).toBeVisible();
  await expectAccessible(panel.page, 'the library');

  const opened = context.waitForEvent('page');
  await openMap.click();
  const map = await opened;
  await expect(map.getByRole('table', { name: /Journey map/ })).toBeVisible();
  await expectAccessible(map, 'the journey map');

  const reportFile = test.info().outputPath('report.html');
  // Saved under its own name: Playwright keeps downloads under a bare id, which a browser opens as text.
  copyFileSync(await exportedFile(map, 'Export HTML report'), reportFile);
  const report = await context.newPage();
  await report.goto(pathToFileURL(reportFile).href);
  await expect(report.locator('#map')).toBeVisible();
  await expectAccessible(report, 'the HTML report');
});
