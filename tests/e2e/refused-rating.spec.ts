import type { Page } from '@playwright/test';
import type { Annotation } from '../../lib/journey/types';
import { expect, test } from './fixtures';
import { PanelPage } from './panel-page';

interface Writes {
  add: IDBObjectStore['add'];
  put: IDBObjectStore['put'];
}

/**
 * Makes every IndexedDB write of a Trailnote page fail as a full disk does, or lets them through again. Edits
 * are store transactions made in the page itself (docs/architecture.md), so the panel's own writes are refused.
 */
function setPageDiskFull(page: Page, full: boolean): Promise<void> {
  return page.evaluate((fill) => {
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

/** Deletes a step's row behind the panel's back: another window deleted it, and its change notice has not come yet. */
function deleteStepElsewhere(page: Page, stepId: string): Promise<void> {
  return page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('trailnote');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('steps', 'readwrite');
          tx.objectStore('steps').delete(id);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    stepId,
  );
}

const emotionsOf = (annotations: unknown[]) =>
  (annotations as Annotation[]).filter((annotation) => annotation.kind === 'emotion').map(({ stepId, emotion }) => ({ stepId, emotion }));

test('a rating the store refuses does not stay shown as chosen, and the panel says why; a refused note keeps its text', async ({ context, background, shop }) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/');
  await panel.start('Rate on a full disk');
  await shopPage.getByRole('link', { name: 'Shop tents' }).click();
  await expect(panel.stepNamed('Opened Tents')).toBeVisible();
  await panel.stop();

  const page = panel.page;
  await page.setViewportSize({ width: 400, height: 760 });
  const faces = page.getByRole('radiogroup', { name: 'Emotion' });
  const face = (name: string) => faces.getByRole('radio', { name, exact: true });
  const alert = page.getByRole('alert');
  // The alert's words, without its dismiss button.
  const said = alert.locator('span');
  const tents = (await panel.dump()).steps.find((step) => step.kind === 'navigation' && step.url.endsWith('/category/tents.html'))!;
  await expect(page.locator('.dock')).toContainText('Opened Tents');

  await panel.rate('Positive');
  await expect.poll(async () => emotionsOf((await panel.dump()).annotations)).toEqual([{ stepId: tents.id, emotion: 1 }]);

  // The disk is full: the face clicked goes back to the one stored, and the panel says why.
  await setPageDiskFull(page, true);
  await face('Very negative').click();
  await expect(said).toHaveText(
    `Your rating “Very negative” for step ${tents.seq} was not saved. Your disk is full: Trailnote could not save the rating. Free some space; the steps recorded so far are kept.`,
  );
  await expect(face('Positive')).toBeChecked();
  await expect(face('Very negative')).not.toBeChecked();
  await expect(page.locator('.picker .option:has(input:checked)')).toHaveCount(1);
  await expect(page.locator('.picker .option:has(input:checked)')).toHaveAttribute('title', /^Positive /);
  await page.screenshot({ path: test.info().outputPath('panel-rating-refused.png') });

  // A keyboard rating is refused the same way, and nothing moves.
  await page.locator('header .brand').click();
  await page.keyboard.press('5');
  await expect(said).toHaveText(/^Your rating “Very positive” for step \d+ was not saved\. Your disk is full/);
  await expect(face('Positive')).toBeChecked();

  // A refused note keeps its words in the open box, to add again once there is room.
  await panel.openNoteBox();
  const noteBox = page.getByRole('textbox', { name: 'Note', exact: true });
  await noteBox.fill('Sizes are hard to compare');
  await panel.button('Add note').click();
  await expect(said).toHaveText(/^Your disk is full: Trailnote could not save the note\./);
  await expect(noteBox).toHaveValue('Sizes are hard to compare');
  await expect(panel.button('Write a note')).toHaveAttribute('aria-expanded', 'true');
  expect(emotionsOf((await panel.dump()).annotations)).toEqual([{ stepId: tents.id, emotion: 1 }]);

  await setPageDiskFull(page, false);
  await panel.button('Add note').click();
  await expect(panel.button('Write a note')).toHaveAttribute('aria-expanded', 'false');
  await expect(alert).toHaveCount(0);

  // The step was deleted in another window a moment ago: this panel still offers it, and the rating is refused in words.
  await deleteStepElsewhere(page, tents.id);
  await face('Very positive').click();
  await expect(said).toHaveText(`Your rating “Very positive” for step ${tents.seq} was not saved: the step was deleted, here or in another window.`);
  await expect(face('Positive')).toBeChecked();
  await expect(face('Very positive')).not.toBeChecked();
  expect(emotionsOf((await panel.dump()).annotations)).toEqual([{ stepId: tents.id, emotion: 1 }]);
});
