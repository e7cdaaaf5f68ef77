import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildForEndToEnd, e2eExtensionPath } from './e2e-build';
import { expect, test } from './fixtures';
import { exportedFile } from './map-exports';
import { PanelPage } from './panel-page';

/**
 * Every walk Trailnote can record can be shared and imported back (issue 17). The end-to-end build lets a walk
 * hold 20 steps instead of 10,000 (lib/recording/recording-limits.ts): the panel warns from 18, the walk stops at
 * 20, and its ZIP imports back.
 */
test.use({ extensionDir: e2eExtensionPath });
test.beforeAll(() => {
  test.setTimeout(300_000);
  buildForEndToEnd();
});

/** Home → Tents → Home …: each hop is a click and the page it opens, two steps. */
async function hop(shopPage: Page): Promise<void> {
  if (new URL(shopPage.url()).pathname === '/') {
    await shopPage.getByRole('link', { name: 'Shop tents' }).click();
    await shopPage.waitForURL('**/category/tents.html', { waitUntil: 'load' });
  } else {
    await shopPage
      .getByRole('navigation', { name: /breadcrumb/i })
      .getByRole('link', { name: 'Home' })
      .click();
    await shopPage.waitForURL((url) => url.pathname === '/', { waitUntil: 'load' });
  }
}

/** The panel at 380 px, light and dark, for a look at its notice. */
async function pictures(panel: PanelPage, name: string): Promise<void> {
  await panel.page.setViewportSize({ width: 380, height: 760 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.page.emulateMedia({ colorScheme });
    // Transitions finished: the picture shows the colours of the scheme, not a moment between two.
    await panel.page.screenshot({ path: test.info().outputPath(`${name}-${colorScheme}.png`), animations: 'disabled' });
  }
  await panel.page.emulateMedia({ colorScheme: 'light' });
}

test('a walk nearing the largest shareable journey is warned about, stops at it, and its ZIP imports back', async ({ context, background, shop }) => {
  // Twenty steps at a reader's pace, an export and an import.
  test.setTimeout(180_000);
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/');
  await panel.start('As long as a walk may be');
  await expect(panel.stepCount).toHaveText('1');
  const nearlyFull = panel.page.getByRole('status', { name: /^Nearly full/ });

  // 17 steps: 85 % of the limit, no warning yet.
  // At a reader's pace: each page's picture is taken before the next click (Chrome allows 2 a second).
  for (let steps = 1; steps < 17; steps += 2) {
    await hop(shopPage);
    await expect(panel.stepCount).toHaveText(String(steps + 2));
    await panel.settled();
  }
  await expect(nearlyFull).toHaveCount(0);

  // The 18th step is 90 %: the panel says how many are left and what to do.
  await hop(shopPage);
  await expect(panel.stepCount).toHaveText('19');
  await expect(nearlyFull).toHaveAccessibleName('Nearly full: 1 step left');
  await expect(nearlyFull).toContainText('Stop recording soon and start a new journey to go on');
  await panel.settled();
  await pictures(panel, 'walk-nearly-full');

  // The 20th step is the last: the walk stops as if Stop were pressed, and says why.
  await hop(shopPage);
  const full = panel.page.getByRole('status', { name: 'Recording stopped: this walk is full' });
  await expect(full).toBeVisible();
  await expect(full).toContainText('It is as large as a Trailnote file can hold, so that it can still be shared and imported back.');
  await expect(nearlyFull).toHaveCount(0);
  await expect(panel.button('New journey')).toBeVisible();
  await expect(panel.button('Continue recording')).toHaveCount(0);
  await expect(panel.stepCount).toHaveText('20');

  // The page the last click opened, and what the tester does next, are not recorded.
  await hop(shopPage);
  await panel.settled();
  const dump = await panel.dump();
  expect(dump.steps.map((step) => step.seq)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  expect(dump.journeys).toMatchObject([{ status: 'stopped', reachedShareLimit: true, stepCount: 20 }]);
  // Nothing is recorded any more: the recording state is gone.
  expect((await panel.page.evaluate(() => chrome.storage.local.get('recording'))).recording ?? null).toBeNull();
  await pictures(panel, 'walk-full');

  // Its ZIP imports back whole.
  const opened = context.waitForEvent('page');
  await panel.page.getByRole('link', { name: 'Open journey map' }).click();
  const map = await opened;
  const zip = await exportedFile(map, 'Export ZIP');
  await panel.page.getByRole('button', { name: 'Library', exact: true }).click();
  await panel.page.getByLabel('Import journey').setInputFiles({ name: 'walk.trailnote.zip', mimeType: 'application/zip', buffer: readFileSync(zip) });
  await expect(panel.page.getByRole('status', { name: 'Imports' })).toContainText(/Imported “As long as a walk may be”: 20 steps, \d+ screenshots\./);
  const imported = (await panel.dump()).journeys.find((journey) => journey.importedAt);
  expect(imported).toMatchObject({ status: 'stopped', stepCount: 20 });
  expect(imported?.reachedShareLimit).toBeUndefined();
});
