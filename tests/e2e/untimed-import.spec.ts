import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { exportedFile } from './map-exports';
import { PanelPage } from './panel-page';

const untimed = 'Not timed: imported from a Chrome Recorder flow, which keeps no times';

/** A flow as Chrome DevTools' Recorder saves it: what was done, and no times at all. */
function devToolsFlow(origin: string): string {
  return JSON.stringify({
    title: 'Find a tent (Recorder)',
    steps: [
      { type: 'setViewport', width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false, hasTouch: false, isLandscape: false },
      { type: 'navigate', url: `${origin}/`, assertedEvents: [{ type: 'navigation', url: `${origin}/`, title: 'Northwind Outfitters — Home' }] },
      {
        type: 'click',
        target: 'main',
        selectors: [['aria/Shop tents[role="link"]'], ['#tents']],
        offsetX: 4,
        offsetY: 5,
        assertedEvents: [{ type: 'navigation', url: `${origin}/category/tents.html`, title: 'Tents — Northwind Outfitters' }],
      },
    ],
  });
}

test('a Chrome Recorder flow imports as a walk without times: "—", never "0 s", in the library, the panel and the map, and it stays so when shared again', async ({
  context,
  background,
  shop,
}) => {
  const { panel } = await PanelPage.besideShop(context, background, shop.origin + '/');
  const page = panel.page;
  await page.setViewportSize({ width: 400, height: 800 });
  await panel.button('Library').click();
  const library = page.getByRole('region', { name: /Library/ });
  await page.getByLabel('Import journey').setInputFiles({ name: 'flow.json', mimeType: 'application/json', buffer: Buffer.from(devToolsFlow(shop.origin)) });
  await expect(page.getByRole('status', { name: 'Imports' })).toContainText('from a Chrome Recorder flow: 3 steps');

  const row = library.getByRole('listitem').filter({ hasText: 'Find a tent (Recorder)' });
  const duration = row.locator('.duration');
  await expect(duration).toContainText('—');
  await expect(duration.locator('[title]')).toHaveAttribute('title', untimed);
  await expect(row).not.toContainText(/\b0 s\b/);
  await page.screenshot({ path: test.info().outputPath('library-untimed.png') });

  // The panel lists its steps without the "0:00" every one of them would read.
  await row.getByRole('button', { name: 'Open “Find a tent (Recorder)”' }).click();
  await expect(panel.stepItems).toHaveCount(3);
  await expect(panel.stepItems.locator('.meta')).toContainText(['—', '—', '—']);
  await expect(panel.stepItems.locator('.meta time')).toHaveCount(0);

  // The map: the walk's duration and each stage's time spent.
  const opened = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Open journey map' }).click();
  const map = await opened;
  await map.setViewportSize({ width: 1280, height: 900 });
  const figures = map.locator('.summary .figures').first();
  await expect(figures.locator('div', { hasText: 'Duration' }).getByRole('definition')).toHaveText(`—${untimed}`);
  const timeSpent = map.locator('.metrics dt', { hasText: 'Time spent' }).locator('xpath=following-sibling::dd[1]');
  await expect(timeSpent.first()).toHaveText(`—${untimed}`);
  await expect(map.getByRole('table', { name: /Journey map/ })).not.toContainText(/\b0 s\b/);
  await map.screenshot({ path: test.info().outputPath('map-untimed.png') });
  await map.emulateMedia({ colorScheme: 'dark' });
  await map.screenshot({ path: test.info().outputPath('map-untimed-dark.png') });

  // Shared as JSON and imported back, it is still a walk without times.
  const json = await exportedFile(map, 'Export JSON');
  expect(JSON.parse(readFileSync(json, 'utf8')).journey.untimed).toBe(true);
  await panel.button('Library').click();
  await page.getByLabel('Import journey').setInputFiles({ name: 'again.trailnote.json', mimeType: 'application/json', buffer: readFileSync(json) });
  await expect(library.getByRole('listitem')).toHaveCount(2);
  await expect(library.locator('.duration')).toHaveText(Array(2).fill(`—${untimed}`));
});
