import type { Page } from '@playwright/test';
import type { Annotation } from '../../lib/journey/types';
import { expect, test } from './fixtures';
import { PanelPage } from './panel-page';

/** The side panel's usual size on a small laptop screen, where the issue found the list squeezed to nothing. */
const SMALL_PANEL = { width: 360, height: 700 };

/**
 * The steps a tester can see whole: rows of the list lying entirely inside the list's scroll box, which itself
 * lies inside the window. Measured, not counted in the DOM (the list is virtualised and mounts a few beyond view).
 */
async function stepsInView(page: Page): Promise<number> {
  return page.locator('.steps').evaluate((list) => {
    const box = list.getBoundingClientRect();
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, window.innerHeight);
    return [...list.querySelectorAll('[data-step-kind]')].filter((row) => {
      const { top: rowTop, bottom: rowBottom, height } = row.getBoundingClientRect();
      return height > 0 && rowTop >= top - 0.5 && rowBottom <= bottom + 0.5;
    }).length;
  });
}

/** Everything the panel shows fits its window: nothing (the dock above all) is pushed below the bottom edge. */
async function fitsTheWindow(page: Page): Promise<boolean> {
  return page.locator('.panel').evaluate((panel) => panel.scrollHeight <= panel.clientHeight + 0.5);
}

const shots = (name: string) => test.info().outputPath(`${name}.png`);

/** The panel in light and dark (after the colours' transition). */
async function screenshotBothThemes(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: shots(`${name}-light`) });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: shots(`${name}-dark`) });
  await page.emulateMedia({ colorScheme: 'light' });
}

test('at 360 × 700 the step list keeps four steps in view with Edit stages, Journey details or the note box open, one at a time', async ({ context, background, shop }) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/');
  const page = panel.page;
  await page.setViewportSize(SMALL_PANEL);
  await panel.start('Seven pages in three stages');

  // Seven pages, each with its screenshot (rows keep their full height), three stages, and something said on
  // every other page: rows with faces, note chips and stage headings, as in a real walk.
  const pages = ['/category/tents.html', '/product/trailhead-2.html', '/checkout.html', '/signin.html', '/confirmation.html', '/widgets.html'];
  for (const [index, path] of pages.entries()) {
    await panel.settled();
    if (index === 2) await panel.chooseStage('Decision');
    if (index === 4) await panel.chooseStage('Purchase');
    await shopPage.goto(shop.origin + path);
    await expect(panel.stepCount).toHaveText(String(index + 2));
    if (index % 2 === 0) {
      await panel.rate('Negative');
      await panel.addNote('Friction', 'Long enough to run past the end of its row in the list');
    }
  }
  await panel.settled();

  await expect.poll(() => stepsInView(page)).toBeGreaterThanOrEqual(4);
  expect(await fitsTheWindow(page)).toBe(true);
  await screenshotBothThemes(page, 'panel-walk');

  await panel.button('Edit stages').click();
  await expect(page.getByRole('textbox', { name: 'Name of stage 6' })).toBeAttached();
  await expect.poll(() => stepsInView(page)).toBeGreaterThanOrEqual(4);
  expect(await fitsTheWindow(page)).toBe(true);
  // The editor scrolls within its room: its last stage and the Add stage button can be reached.
  await page.getByRole('button', { name: 'Add stage' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeInViewport();
  await screenshotBothThemes(page, 'panel-edit-stages');
  await panel.button('Done').click();

  await page.getByText('Journey details').click();
  await expect(page.getByRole('textbox', { name: 'Persona' })).toBeAttached();
  await expect.poll(() => stepsInView(page)).toBeGreaterThanOrEqual(4);
  expect(await fitsTheWindow(page)).toBe(true);
  await page.getByRole('textbox', { name: 'Goal' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('textbox', { name: 'Goal' })).toBeInViewport();
  await screenshotBothThemes(page, 'panel-details');
  await page.getByText('Journey details').click();

  await panel.openNoteBox();
  await expect.poll(() => stepsInView(page)).toBeGreaterThanOrEqual(4);
  expect(await fitsTheWindow(page)).toBe(true);
  await expect(page.getByRole('textbox', { name: 'Note', exact: true })).toBeInViewport();
  await screenshotBothThemes(page, 'panel-note-box');

  // One block open at a time: each folds the one open before, so two never share the list's room.
  await panel.button('Edit stages').click();
  await expect(panel.button('Write a note')).toHaveAttribute('aria-expanded', 'false');
  await page.getByText('Journey details').click();
  await expect(page.getByRole('textbox', { name: 'Persona' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name of stage 1' })).toHaveCount(0);
  await expect.poll(() => stepsInView(page)).toBeGreaterThanOrEqual(4);
});

test('the note box folds to one row; a click or N opens it, Escape folds it, a note being typed keeps it open; notes are plain notes unless chosen', async ({
  context,
  background,
  shop,
}) => {
  const { panel } = await PanelPage.besideShop(context, background, shop.origin + '/');
  const page = panel.page;
  await page.setViewportSize(SMALL_PANEL);
  await panel.start('Fold and unfold');
  await expect(panel.step(1)).toBeVisible();

  const toggle = panel.button('Write a note');
  const note = page.getByRole('textbox', { name: 'Note', exact: true });
  const faces = page.getByRole('radiogroup', { name: 'Emotion' });

  // Folded: one row holds the step's number, the faces and the Note button; the faces rate from there.
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(note).toBeHidden();
  const dock = page.locator('.dock');
  const [dockBox, facesBox, toggleBox] = await Promise.all([dock.boundingBox(), faces.boundingBox(), toggle.boundingBox()]);
  expect(dockBox!.height).toBeLessThan(56);
  expect(Math.abs(facesBox!.y + facesBox!.height / 2 - (toggleBox!.y + toggleBox!.height / 2))).toBeLessThan(3);
  await expect(dock).toContainText('1');
  await panel.rate('Positive');
  await expect(faces.getByRole('radio', { name: 'Positive', exact: true })).toBeChecked();

  // The mouse: open, with the caret in the box and Note as the type; close again.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(note).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Note type' })).toHaveValue('note');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(note).toBeHidden();

  // The keyboard: N opens (and types nothing), Escape folds and gives the focus back to the Note button.
  await page.locator('header .brand').click();
  await page.keyboard.press('n');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(note).toBeFocused();
  await expect(note).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  // A note being typed keeps the box open: Escape does not fold it, the Note button cannot.
  await page.keyboard.type('The hero photo');
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toBeDisabled();
  // …and survives the panel closing: reopened, the box opens itself with the words in it.
  await page.reload();
  await expect(panel.button('Write a note')).toHaveAttribute('aria-expanded', 'true');
  await expect(note).toHaveValue('The hero photo');
  await note.press('End');
  await note.pressSequentially(' says what the shop sells');
  await note.press('Enter');
  // Added: the box folds, its work done.
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(panel.step(1)).toContainText('The hero photo says what the shop sells');

  const notes = (await panel.dump()).annotations as Annotation[];
  expect(notes.filter((annotation) => annotation.kind !== 'emotion').map(({ kind, text }) => ({ kind, text }))).toEqual([
    { kind: 'note', text: 'The hero photo says what the shop sells' },
  ]);
  await page.setViewportSize({ width: 360, height: 300 });
  await page.locator('.dock').screenshot({ path: shots('dock-folded') });
});

test('the start form asks whose site, persona and goal; they are stored on the journey, corrected in Journey details, and offered again for the next walk', async ({
  context,
  background,
  shop,
}) => {
  const { panel } = await PanelPage.besideShop(context, background, shop.origin + '/');
  const page = panel.page;
  await page.setViewportSize(SMALL_PANEL);
  const persona = page.getByRole('textbox', { name: 'Persona' });
  const goal = page.getByRole('textbox', { name: 'Goal' });

  // The first walk: nothing remembered yet.
  await expect(page.getByRole('radio', { name: 'Own site' })).toBeChecked();
  await expect(persona).toHaveValue('');
  await page.getByRole('textbox', { name: 'Journey title' }).fill('Rival shop: buy a tent');
  await page.getByRole('radio', { name: 'Competitor' }).check();
  await persona.fill('First-time camper');
  await goal.fill('Buy a two-person tent');
  await screenshotBothThemes(page, 'panel-start-form');
  await panel.button('Start recording').click();
  await panel.button('Stop recording').waitFor();

  // Journey details show the answers and still change them; the correction is what the next walk is offered.
  await page.getByText('Journey details').click();
  await expect(page.getByRole('radio', { name: 'Competitor' })).toBeChecked();
  await expect(persona).toHaveValue('First-time camper');
  await goal.fill('Buy a two-person tent under 200 €');
  await page.getByText('Journey details').click();
  await panel.stop();
  const [first] = (await panel.dump()).journeys;
  expect(first).toMatchObject({ title: 'Rival shop: buy a tent', kind: 'competitor', persona: 'First-time camper', goal: 'Buy a two-person tent under 200 €' });

  // The next walk starts from the last one's answers (not its title), even in a panel opened afresh.
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Competitor' })).toBeChecked();
  await expect(persona).toHaveValue('First-time camper');
  await expect(goal).toHaveValue('Buy a two-person tent under 200 €');
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue('');
  await page.getByRole('radio', { name: 'Other' }).check();
  await persona.fill('Gift buyer');
  await panel.start('A present for a camper');
  await panel.stop();
  const second = (await panel.dump()).journeys.find((journey) => journey.title === 'A present for a camper');
  expect(second).toMatchObject({ kind: 'other', persona: 'Gift buyer', goal: 'Buy a two-person tent under 200 €' });

  await panel.button('New journey').click();
  await expect(page.getByRole('radio', { name: 'Other' })).toBeChecked();
  await expect(persona).toHaveValue('Gift buyer');
});
