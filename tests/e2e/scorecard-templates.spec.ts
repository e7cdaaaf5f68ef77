import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { COLOUR_RULES, seriousViolations } from './axe';
import { expect, launchInFrench, serviceWorkerOf, test } from './fixtures';
import { PanelPage } from './panel-page';
import type { ScorecardTemplate } from '../../lib/scorecard/types';

/**
 * Issue 18, the tester's own templates: duplicate a built-in in the panel's template manager, rename it, add,
 * reorder and remove criteria from the keyboard, score a walk of the demo shop with it, share it as a file and
 * import it back; a hostile file is refused in words and leaves nothing behind. A template edited after a walk
 * took it leaves the walk's copy alone.
 */

const ADDED = 'Delivery date shown before payment';

/** The tester's own templates as the store holds them, oldest first. */
function ownTemplates(page: Page): Promise<ScorecardTemplate[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('trailnote');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<Array<ScorecardTemplate & { createdAt: number }>>((resolve, reject) => {
      const request = db.transaction('scorecardTemplates').objectStore('scorecardTemplates').getAll();
      request.onsuccess = () => resolve(request.result as Array<ScorecardTemplate & { createdAt: number }>);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows.sort((a, b) => a.createdAt - b.createdAt);
  });
}

const criterionTexts = (template: ScorecardTemplate, stageId: string) =>
  template.groups.find((group) => group.stageId === stageId)?.criteria.map((criterion) => criterion.text) ?? [];

async function openTemplatesFromMenu(page: Page): Promise<void> {
  await page.getByLabel('More', { exact: true }).click();
  await page.getByRole('button', { name: 'Scorecard templates', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Scorecard templates', level: 1 })).toBeVisible();
}

/** A screenshot in each colour scheme, to look at, and axe-core's serious findings, which must be none. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Transitions finished: a button caught between the two schemes' colours is not how it looks.
    await page.screenshot({ path: `test-results/scorecard-templates-${name}-${scheme}.png`, animations: 'disabled' });
    expect(await seriousViolations(page, scheme === 'dark' ? COLOUR_RULES : undefined)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('makes a template of E-commerce purchase, scores a walk with it, shares it and refuses a hostile file', async ({ context, background, shop }) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/');
  const page = panel.page;
  await page.setViewportSize({ width: 360, height: 900 });

  // Duplicate the built-in: the copy opens in the editor.
  await openTemplatesFromMenu(page);
  await shoot(page, 'manager');
  await panel.button('Duplicate “E-commerce purchase”').click();
  const title = page.getByRole('textbox', { name: 'Template title' });
  await expect(title).toHaveValue('Copy of E-commerce purchase');
  await title.fill('Tent shop audit');
  await title.press('Enter');
  await expect.poll(async () => (await ownTemplates(page)).map((template) => template.title)).toEqual(['Tent shop audit']);

  // Add a critical criterion to Purchase, from the form at the end of the editor.
  const form = page.getByRole('form', { name: 'Add criterion' });
  await form.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Purchase' });
  await form.getByRole('textbox', { name: 'Criterion' }).fill(ADDED);
  await form.getByRole('textbox', { name: 'What counts as a pass' }).fill('Pass: a date, not “3–5 working days”, before the card is asked for.');
  await form.getByRole('combobox', { name: 'Weight' }).selectOption('2');
  await form.getByRole('checkbox', { name: /Critical/ }).check();
  await form.getByRole('button', { name: 'Add criterion' }).click();
  await expect(page.getByRole('status').filter({ hasText: `“${ADDED}” added to Purchase.` })).toBeAttached();
  const purchase = page.getByRole('region', { name: /^Purchase/ });
  await expect(purchase.getByRole('listitem').last()).toContainText(ADDED);
  await expect(form.getByRole('textbox', { name: 'Criterion' })).toHaveValue('');

  // Reorder from the keyboard: focus stays on the arrow, and a screen reader hears where the criterion is now.
  const before = criterionTexts((await ownTemplates(page))[0], 'purchase');
  expect(before.at(-1)).toBe(ADDED);
  const up = panel.button(`Move “${ADDED}” up`);
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `“${ADDED}” is now ${before.length - 1} of ${before.length}.` })).toBeAttached();
  await expect(up).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `is now ${before.length - 2} of ${before.length}.` })).toBeAttached();
  await expect.poll(async () => criterionTexts((await ownTemplates(page))[0], 'purchase').indexOf(ADDED)).toBe(before.length - 3);

  // Remove one, undo, and remove it for good.
  await panel.button('Remove “Payment page under 3 s”').click();
  await expect(page.getByText('Criterion “Payment page under 3 s” removed.')).toBeVisible();
  await panel.button('Undo').click();
  await expect(panel.button('Remove “Payment page under 3 s”')).toBeVisible();
  await expect.poll(async () => criterionTexts((await ownTemplates(page))[0], 'purchase')).toContain('Payment page under 3 s');
  await panel.button('Remove “Payment page under 3 s”').click();
  await expect(panel.button('Remove “Payment page under 3 s”')).toHaveCount(0);
  const edited = (await ownTemplates(page))[0];
  expect(criterionTexts(edited, 'purchase')).not.toContain('Payment page under 3 s');
  await expect(page.getByRole('note').filter({ hasText: 'keep their own copy' })).toBeVisible();
  await panel.button('Dismiss').click();
  await title.scrollIntoViewIfNeeded();
  await shoot(page, 'editor');

  // Share it: the file is the template as stored, in the share format.
  const downloading = page.waitForEvent('download');
  await panel.button('Export “Tent shop audit”').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.scorecard\.json$/);
  const shared = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(shared) as { format: string; version: number; template: ScorecardTemplate };
  expect(file).toMatchObject({ format: 'trailnote.scorecard', version: 1, template: { id: edited.id, title: 'Tent shop audit' } });
  expect(criterionTexts(file.template, 'purchase')).toEqual(criterionTexts(edited, 'purchase'));

  // Score a walk of the demo shop with it.
  await panel.button('All templates').click();
  await panel.button('Back').click();
  await page.getByRole('combobox', { name: 'Scorecard template' }).selectOption({ label: 'Tent shop audit' });
  await panel.start('Audited walk');
  await panel.chooseStage('Purchase');
  await shopPage.getByRole('link', { name: 'Shop tents' }).click();
  await expect(panel.stepNamed('Opened Tents')).toBeVisible();
  await panel.button('Scorecard').click();
  await expect(page.getByRole('combobox', { name: 'Scorecard template' })).toHaveValue(edited.id);
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Purchase');
  await page.getByRole('radiogroup', { name: ADDED }).getByRole('radio', { name: 'Fail', exact: true }).check();
  await expect(page.getByRole('region', { name: 'Scores' }).getByRole('note')).toContainText(ADDED);
  await expect(page.getByRole('radiogroup', { name: 'Payment page under 3 s' })).toHaveCount(0);
  await shoot(page, 'walk');

  // Edited after the walk took it: the walk keeps its copy until the tester takes the edited version.
  await panel.button('Templates').click();
  await panel.button('Edit “Tent shop audit”').click();
  await panel.button('Remove “Guest checkout offered”').click();
  await expect(panel.button('Remove “Guest checkout offered”')).toHaveCount(0);
  await panel.button('All templates').click();
  await panel.button('Back').click();
  await expect(page.getByRole('radiogroup', { name: 'Guest checkout offered' })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'You edited “Tent shop audit” after this walk took it' })).toBeVisible();
  await panel.button('Take the edited version').click();
  await expect(page.getByRole('radiogroup', { name: 'Guest checkout offered' })).toHaveCount(0);
  await expect(page.getByRole('radiogroup', { name: ADDED }).getByRole('radio', { name: 'Fail', exact: true })).toBeChecked();
  await expect(page.getByRole('note').filter({ hasText: 'You edited' })).toHaveCount(0);

  // Criteria of no stage of the walk (Usability heuristics' "Whole walk") show whatever the stage, marked so.
  await page.getByRole('combobox', { name: 'Scorecard template' }).selectOption({ label: 'Usability heuristics' });
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Whole walk');
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Any stage');
  await page.getByRole('radiogroup', { name: 'Visibility of system status' }).getByRole('radio', { name: 'Pass', exact: true }).check();
  await expect.poll(async () => (await panel.dump()).journeys[0].scorecard?.answers.map((answer) => answer.criterionId)).toEqual(['visibility-of-system-status']);
  await page.getByRole('combobox', { name: 'Scorecard template' }).selectOption({ label: 'Tent shop audit' });

  // Import it back: a second template, the tester's own under a new id, numbered beside the one of the same title.
  await panel.button('Templates').click();
  await page.getByLabel('Import template').setInputFiles({ name: 'Tent shop audit.scorecard.json', mimeType: 'application/json', buffer: Buffer.from(shared) });
  await expect(page.getByRole('status').filter({ hasText: /“Tent shop audit \(2\)” imported: \d+ criteria\./ })).toBeVisible();
  await expect.poll(async () => (await ownTemplates(page)).length).toBe(2);
  const [, imported] = await ownTemplates(page);
  expect(imported.id).not.toBe(edited.id);
  expect(imported.title).toBe('Tent shop audit (2)');
  expect(criterionTexts(imported, 'purchase')).toEqual(criterionTexts(file.template, 'purchase'));

  // A hostile file: refused in words, nothing kept.
  const hostile = { ...file, template: { ...file.template, groups: [{ ...file.template.groups[0], criteria: [{ ...file.template.groups[0].criteria[0], weight: 9 }] }] } };
  await page.getByLabel('Import template').setInputFiles({ name: 'hostile.scorecard.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
  await expect(
    page.getByRole('status').filter({ hasText: 'Nothing was imported from “hostile.scorecard.json”. Trailnote cannot import this scorecard template file.' }),
  ).toContainText('weight');
  await page.getByLabel('Import template').setInputFiles({ name: 'not-json.scorecard.json', mimeType: 'application/json', buffer: Buffer.from('<script>alert(1)</script>') });
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported from “not-json.scorecard.json”.' })).toBeVisible();
  await shoot(page, 'import-refused');
  expect(await ownTemplates(page)).toHaveLength(2);

  // Delete the imported copy, with an undo.
  await panel.button('Delete “Tent shop audit (2)”').click();
  await expect(page.getByText('Template “Tent shop audit (2)” deleted.')).toBeVisible();
  await expect.poll(async () => (await ownTemplates(page)).length).toBe(1);
  await panel.button('Undo').click();
  await expect.poll(async () => (await ownTemplates(page)).map((template) => template.id)).toEqual([edited.id, imported.id]);
});

test('the Scorecard view and the template manager in French, at 360 px, light and dark', async ({ shop }) => {
  const { context, close } = await launchInFrench();
  try {
    const { shopPage, panel } = await PanelPage.besideShop(context, await serviceWorkerOf(context), shop.origin + '/');
    const page = panel.page;
    await page.setViewportSize({ width: 360, height: 900 });
    await page.getByRole('combobox', { name: 'Modèle de grille' }).selectOption('ecommerce-purchase');
    await page.getByRole('button', { name: 'Démarrer l’enregistrement' }).click();
    const stage = page.getByRole('combobox', { name: 'Phase', exact: true });
    await stage.selectOption({ label: (await stage.locator('option', { hasText: 'Achat' }).first().textContent()) ?? 'Achat' });
    await shopPage.getByRole('link', { name: 'Shop tents' }).click();
    await page.getByRole('button', { name: 'Grille', exact: true }).click();
    await page.getByRole('radiogroup', { name: 'Commande sans compte proposée' }).getByRole('radio', { name: 'Conforme', exact: true }).check();
    await shoot(page, 'walk-fr');

    await page.getByRole('button', { name: 'Modèles', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Modèles de grille', level: 1 })).toBeVisible();
    await shoot(page, 'manager-fr');
    await page.getByRole('button', { name: /^Dupliquer.*Heuristiques d’utilisabilité/ }).click();
    await expect(page.getByRole('textbox', { name: 'Titre du modèle' })).toHaveValue('Copie de « Heuristiques d’utilisabilité »');
    await shoot(page, 'editor-fr');
    await page.getByRole('form', { name: 'Ajouter le critère' }).scrollIntoViewIfNeeded();
    await shoot(page, 'editor-add-fr');
  } finally {
    await close();
  }
});
