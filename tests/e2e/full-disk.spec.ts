import type { Worker } from '@playwright/test';
import { expect, tabIdOf, test } from './fixtures';
import { PanelPage } from './panel-page';

interface Writes {
  add: IDBObjectStore['add'];
  put: IDBObjectStore['put'];
}

/** Makes every IndexedDB write in the service worker fail as a full disk does, or lets them through again. */
function setDiskFull(background: Worker, full: boolean): Promise<void> {
  return background.evaluate((fill) => {
    const kept = globalThis as typeof globalThis & { realWrites?: Writes };
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to be put back on the prototype, where `this` is a store again
    kept.realWrites ??= { add: IDBObjectStore.prototype.add, put: IDBObjectStore.prototype.put };
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = fill ? refuse : kept.realWrites.add;
    IDBObjectStore.prototype.put = fill ? refuse : kept.realWrites.put;
  }, full);
}

test('a full disk mid-walk: the panel says so, the walk goes on, and every step is saved once there is room', async ({ context, background, shop }) => {
  const shopPage = await context.newPage();
  await shopPage.goto(shop.origin + '/');
  const panel = await PanelPage.open(context, background, await tabIdOf(background, shopPage));
  await panel.start('Walk on a full disk');
  await shopPage.getByRole('link', { name: 'Shop tents' }).click();
  await shopPage.waitForURL('**/category/tents.html');
  await expect(panel.stepCount).toHaveText('3');
  await panel.settled();

  await setDiskFull(background, true);
  await shopPage.getByRole('link', { name: 'Trailhead 2 Tent' }).click();
  await shopPage.waitForURL('**/product/trailhead-2.html');
  const warning = panel.page.getByRole('alert');
  await expect(warning).toHaveText(/^Your disk is full: Trailnote could not save the step\. Free some space; .* waiting and will be saved/);
  await expect(panel.stepCount).toHaveText('3');

  // Stopping now would throw the waiting steps away: the walk goes on, and the panel says why.
  await panel.button('Stop recording').click();
  await expect(panel.button('Stop recording')).toBeEnabled();
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText('Your disk is full');
  expect(await panel.dump()).toMatchObject({ journeys: [{ status: 'recording', stepCount: 3 }] });
  await panel.page.screenshot({ path: test.info().outputPath('panel-disk-full.png') });

  await setDiskFull(background, false);
  await panel.stop();
  await expect(warning).toHaveCount(0);

  const dump = await panel.dump();
  expect(dump.steps.map((step) => `${step.seq} ${step.kind} ${new URL(step.url).pathname}`)).toEqual([
    '1 navigation /',
    '2 click /',
    '3 navigation /category/tents.html',
    '4 click /category/tents.html',
    '5 navigation /product/trailhead-2.html',
  ]);
  // The panel offers a new journey as soon as the recording state is cleared; the journey row is marked
  // stopped a moment later, once the page recorders are told to stop.
  await expect.poll(async () => (await panel.dump()).journeys[0]).toMatchObject({ status: 'stopped', stepCount: 5 });
  expect(Object.keys(await panel.page.evaluate(() => chrome.storage.local.get(null))).filter((key) => key.startsWith('outbox:'))).toEqual([]);
});
