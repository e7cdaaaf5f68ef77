import { expect, test } from './fixtures';
import { PanelPage } from './panel-page';

test('Copy diagnostics: a page Trailnote cannot enter is in the report, and no page address is', async ({ context, background, shop }) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/category/tents.html?coupon=CANARY-diag-42');
  await panel.start('Into the browser');
  await shopPage.goto('chrome://version');
  await expect(panel.stepItems.last()).toContainText('chrome://version');

  await panel.page.bringToFront();
  // Chrome grants no clipboard-read to an extension origin (an "opaque origin" to CDP): keep a copy of
  // what the panel writes, and still write it, so a refused write fails the test ("could not copy").
  await panel.page.evaluate(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = async (text) => {
      (window as Window & { copied?: string }).copied = text;
      await write(text);
    };
  });
  await panel.page.getByLabel('More').click();
  await panel.button('Copy diagnostics').click();
  await expect(panel.page.getByText('Diagnostics copied')).toBeVisible();

  const report = (await panel.page.evaluate(() => (window as Window & { copied?: string }).copied)) ?? '';
  expect(report).toMatch(/^Trailnote diagnostics\nVersion: \d+\.\d+\.\d+\nBrowser: .*Chrom/);
  expect(report).toMatch(/ not-recordable {2}background: following the walk {2}The walk reached a page Trailnote cannot record\./);
  for (const address of [shop.origin, new URL(shop.origin).host, 'chrome://version', 'tents', 'CANARY-diag-42']) expect(report).not.toContain(address);
});
