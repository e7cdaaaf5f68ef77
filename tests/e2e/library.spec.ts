import { expect, launchWithExtension, serviceWorkerOf, tabIdOf, test } from './fixtures';
import { PanelPage } from './panel-page';

test('a walk cut off by closing the browser is kept as interrupted, and continues from the library; rename and delete with undo', async ({
  context,
  background,
  shop,
  profileDir,
}) => {
  const { shopPage, panel: first } = await PanelPage.besideShop(context, background, shop.origin + '/');
  await first.start('Walk the browser closes on');
  await shopPage.getByRole('link', { name: 'Shop tents' }).click();
  await expect(first.stepNamed('Opened Tents')).toBeVisible();
  await first.rate('Negative');
  // A second panel shows the same walk, live.
  const second = await PanelPage.open(context, background, await tabIdOf(background, shopPage));
  await expect(second.stepNamed('Opened Tents')).toBeVisible();
  await first.addNote('Friction', 'Seen by both panels');
  await expect(second.stepNamed('Opened Tents')).toContainText('Seen by both panels');
  await context.close();

  const restarted = await launchWithExtension(profileDir);
  try {
    const worker = await serviceWorkerOf(restarted);
    const { shopPage: page, panel } = await PanelPage.besideShop(restarted, worker, shop.origin + '/category/tents.html');
    await panel.button('Library').click();
    const entry = panel.page.locator('.entry', { hasText: 'Walk the browser closes on' });
    await expect(entry).toContainText('Interrupted');
    await expect(entry).toContainText('3 steps');
    await expect(entry.getByText('Average emotion -1.0')).toBeAttached();

    // Continue: new steps follow the old ones.
    await entry.getByRole('button', { name: 'Open “Walk the browser closes on”' }).click();
    await expect(panel.stepCount).toHaveText('3');
    await panel.button('Continue recording').click();
    await panel.button('Stop recording').waitFor();
    await page.getByRole('link', { name: 'Trailhead 2 Tent' }).click();
    await expect(panel.stepNamed('Opened Trailhead 2 Tent')).toBeVisible();
    await panel.stop();
    const dump = await panel.dump();
    expect(dump.journeys[0]).toMatchObject({ status: 'stopped' });
    expect(dump.steps.map((step) => step.seq)).toEqual([1, 2, 3, 4, 5, 6]);

    // Rename, then delete: confirm, undo, delete for good.
    await panel.button('Library').click();
    await entry.getByRole('button', { name: 'Rename “Walk the browser closes on”' }).click();
    await panel.page.locator('.entry input').fill('Tent walk, continued');
    await panel.button('Save').click();
    const renamed = panel.page.locator('.entry', { hasText: 'Tent walk, continued' });
    await expect(renamed).toBeVisible();
    await renamed.getByRole('button', { name: 'Delete “Tent walk, continued”' }).click();
    await expect(renamed.getByRole('alert')).toContainText('with all its steps, screenshots and notes');
    await renamed.getByRole('button', { name: 'Delete journey' }).click();
    await expect(panel.page.getByText('No journey yet')).toBeVisible();
    await panel.button('Undo').click();
    await expect(renamed).toBeVisible();
    expect((await panel.dump()).steps).toHaveLength(6);
    await panel.page.setViewportSize({ width: 360, height: 640 });
    await panel.page.screenshot({ path: test.info().outputPath('panel-library.png') });
    await renamed.getByRole('button', { name: 'Delete “Tent walk, continued”' }).click();
    await renamed.getByRole('button', { name: 'Delete journey' }).click();
    await expect(panel.page.getByText('No journey yet')).toBeVisible();
    await panel.button('Dismiss').click();
    const empty = await panel.dump();
    expect([empty.journeys, empty.steps, empty.screenshots, empty.annotations]).toEqual([[], [], [], []]);
  } finally {
    await restarted.close();
  }
});
