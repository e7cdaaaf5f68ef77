import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { exportedFile } from './map-exports';
import { PanelPage } from './panel-page';
import { annotatedWalk } from './walks';

/** A share file as a colleague reads it: its ids and dates told apart only by their order. */
function comparable(path: string): unknown {
  const names = new Map<string, string>();
  const named = (value: string) => names.get(value) ?? names.set(value, `#${names.size + 1}`).get(value);
  return JSON.parse(readFileSync(path, 'utf8'), (key, value: unknown) =>
    key === 'exportedAt' ? 0 : typeof value === 'string' && (key === 'id' || key === 'stepId' || key === 'screenshot') ? named(value) : value,
  );
}

/** What the map shows of a walk, lane by lane and stage by stage. */
async function mapText(map: Page): Promise<string[]> {
  const table = map.getByRole('table', { name: /Journey map/ });
  await expect(table).toBeVisible();
  return table.getByRole('row').allInnerTexts();
}

test('a shared ZIP imports from the library into the same journey map, and a damaged one is refused', async ({ context, background, shop }) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/');
  await annotatedWalk(panel, shopPage, 'Northwind: buy a tent', { home: 'Positive', tents: 'Negative', product: 'Very positive', cart: 'Very negative' });

  const opened = context.waitForEvent('page');
  await panel.page.getByRole('link', { name: 'Open journey map' }).click();
  const original = await opened;
  await original.setViewportSize({ width: 1600, height: 1000 });
  const zip = await exportedFile(original, 'Export ZIP');
  const json = await exportedFile(original, 'Export JSON');
  const recorder = await exportedFile(original, 'Export Chrome Recorder');
  const originalLanes = await mapText(original);

  // The library imports the ZIP through its "Import journey" file input, reading it in a worker off the panel's thread.
  await panel.page.getByRole('button', { name: 'Library', exact: true }).click();
  const library = panel.page.getByRole('region', { name: /Library/ });
  await expect(library.getByRole('listitem')).toHaveCount(1);
  const reader = panel.page.waitForEvent('worker', { predicate: (worker) => /\/read-worker-[\w-]+\.js$/.test(worker.url()) });
  await panel.page.getByLabel('Import journey').setInputFiles({ name: 'Northwind.zip', mimeType: 'application/zip', buffer: readFileSync(zip) });
  await reader;
  const status = panel.page.getByRole('status', { name: 'Imports' });
  await expect(status).toContainText(/Imported “Northwind: buy a tent”: \d+ steps, \d+ screenshots\./);
  await expect(library.getByRole('listitem')).toHaveCount(2);
  await expect(library.getByRole('listitem').filter({ hasText: /Imported \w+/ })).toHaveCount(1);
  await panel.page.screenshot({ path: test.info().outputPath('library-imported.png') });

  // Its map shows what the original's did, pictures included, and exports the same file.
  const mapOpened = context.waitForEvent('page');
  await status.getByRole('link', { name: 'Map of “Northwind: buy a tent”' }).click();
  const imported = await mapOpened;
  await imported.setViewportSize({ width: 1600, height: 1000 });
  expect(await mapText(imported)).toEqual(originalLanes);
  const pictures = imported.getByRole('button', { name: /^Screenshot of step/ }).locator('img');
  await expect(pictures.first()).toBeVisible();
  await expect.poll(() => pictures.evaluateAll((images) => images.length > 0 && images.every((image) => (image as HTMLImageElement).naturalWidth > 0))).toBe(true);
  await imported
    .getByRole('button', { name: /^Screenshot of step/ })
    .first()
    .click();
  await expect(imported.getByRole('dialog').getByRole('img')).toBeVisible();
  await imported.keyboard.press('Escape');
  const again = await exportedFile(imported, 'Export JSON');
  expect(comparable(again)).toEqual(comparable(json));
  await imported.screenshot({ path: test.info().outputPath('imported-map.png') });

  // The JSON, dropped on the library, comes in without screenshots.
  const dropped = await panel.page.evaluateHandle(
    (text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.trailnote.json', { type: 'application/json' }));
      return transfer;
    },
    readFileSync(json, 'utf8'),
  );
  for (const type of ['dragenter', 'dragover', 'drop']) await library.dispatchEvent(type, { dataTransfer: dropped });
  await expect(status).toContainText('A JSON file carries no screenshots');
  await expect(library.getByRole('listitem')).toHaveCount(3);

  // A Chrome Recorder flow comes in as a skeleton; a damaged ZIP and a future version are refused with reasons.
  await panel.page.getByLabel('Import journey').setInputFiles({ name: 'flow.json', mimeType: 'application/json', buffer: readFileSync(recorder) });
  await expect(status).toContainText(/from a Chrome Recorder flow: \d+ steps/);
  const cut = readFileSync(zip).subarray(0, 5_000);
  const future = JSON.stringify({ ...JSON.parse(readFileSync(json, 'utf8')), version: 2 });
  await panel.page.getByLabel('Import journey').setInputFiles([
    { name: 'cut.zip', mimeType: 'application/zip', buffer: cut },
    { name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(future) },
  ]);
  await expect(status).toContainText('Nothing was imported from “cut.zip”. The ZIP is damaged or cut off.');
  await expect(status).toContainText('Nothing was imported from “future.json”. The journey was shared by a newer Trailnote (format version 2).');
  await expect(library.getByRole('listitem')).toHaveCount(4);

  // Objects nested a million deep are refused by the worker (the bench reads 16 MB of them: seconds of work that froze the panel).
  const depth = 1_000_000;
  const nested = `{"format":"trailnote.journey","version":1,"journey":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
  await panel.page.getByLabel('Import journey').setInputFiles({ name: 'nested.json', mimeType: 'application/json', buffer: Buffer.from(nested) });
  await expect(status).toContainText('Nothing was imported from “nested.json”. The file is nested too deeply to be a journey.');
  await expect(library.getByRole('listitem')).toHaveCount(4);
  await panel.page.screenshot({ path: test.info().outputPath('library-refused.png') });
});
