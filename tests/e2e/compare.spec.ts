import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { exportedFile } from './map-exports';
import { PanelPage } from './panel-page';
import { annotatedWalk } from './walks';

/** The map and the compare view at a laptop's width, light then dark, for a person to look at. */
async function lightAndDark(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: test.info().outputPath(`${name}-${colorScheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('the map tells the walk’s highs and lows; compare shows both walks’ notes and screenshots stage by stage and exports them', async ({ context, background, shop }) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/');
  // +2, −1, +1, −2: an average of 0.0, which alone would read as a calm, neutral walk.
  await annotatedWalk(panel, shopPage, 'Northwind: buy a tent', { home: 'Very positive', tents: 'Negative', product: 'Positive', cart: 'Very negative' });

  const opened = context.waitForEvent('page');
  await panel.page.getByRole('link', { name: 'Open journey map' }).click();
  const map = await opened;
  await map.setViewportSize({ width: 1280, height: 900 });
  await map.waitForLoadState('domcontentloaded');

  // The summary: the range, the average with what it rests on, the best and the worst moments with their stage.
  const summary = map.getByRole('region', { name: 'Northwind: buy a tent' });
  await expect(summary).toContainText('From Very negative to Very positive');
  await expect(summary).toContainText('Average 0.0 over 4 rated steps');
  const best = summary.getByRole('definition').filter({ has: map.getByRole('link', { name: /Opened Northwind Outfitters — Home/ }) });
  await expect(best).toContainText('Awareness');
  await expect(best).toContainText('The hero says what the shop sells');
  const worst = summary.getByRole('definition').filter({ has: map.getByRole('link', { name: /Opened Your cart/ }) });
  const worstLink = worst.getByRole('link');
  await expect(worst).toContainText('Purchase');
  await expect(worst).toContainText('The cart took ages to open');
  await expect(worst.locator('.face.s0')).toBeVisible();
  // The link goes to the step on the map.
  await worstLink.click();
  const cartSeq = (await worstLink.textContent())?.match(/^(\d+)\./)?.[1];
  await expect(map).toHaveURL(new RegExp(`#step-${cartSeq}$`));
  await expect(map.locator(`#step-${cartSeq}`)).toBeInViewport();

  // The curve's axis: the five faces, most positive on top, left of every point; no more −2.0…+2.0.
  const curve = map.getByRole('img', { name: 'Emotion curve' });
  await expect(curve.locator('.axis .face')).toHaveCount(5);
  // The axis, not the whole curve: a point's words carry its load time, which can be 2.0 s on a busy machine.
  await expect(curve.locator('.axis')).not.toContainText('2.0');
  const axis = await curve
    .locator('.axis > g')
    .evaluateAll((faces) => faces.map((face) => ({ emotion: Number(face.getAttribute('data-emotion')), box: face.getBoundingClientRect() })));
  expect([...axis].sort((a, b) => a.box.top - b.box.top).map((face) => face.emotion)).toEqual([2, 1, 0, -1, -2]);
  const firstPoint = await curve.locator('circle.point').first().boundingBox();
  expect(Math.max(...axis.map((face) => face.box.right))).toBeLessThan(firstPoint!.x);
  await map.evaluate(() => scrollTo(0, 0));
  await lightAndDark(map, 'map-summary');

  // A second walk, a competitor's, with notes of its own: two pages, then stop.
  await panel.button('New journey').click();
  await shopPage.goto(shop.origin + '/');
  await panel.start('Rival: buy a tent');
  await panel.pictured('Opened Northwind Outfitters — Home');
  await panel.rate('Neutral');
  await panel.addNote('Friction', 'Rival: the hero is a stock photo');
  await panel.chooseStage('Consideration');
  await shopPage.getByRole('link', { name: 'Shop tents' }).click();
  await expect(panel.stepNamed('Opened Tents')).toBeVisible();
  await panel.rate('Positive');
  await panel.addNote('Delight', 'Rival: sizes filter at the top');
  await panel.settled();
  await panel.stop();

  await map.goto(map.url().split('#')[0]);
  const compareWith = map.getByRole('combobox', { name: 'Compare with' });
  const rival = await compareWith.locator('option', { hasText: 'Rival: buy a tent' }).textContent();
  await compareWith.selectOption({ label: rival ?? '' });
  await map.waitForURL(/compare=/);

  // Stage by stage, side by side: each walk's screenshots and notes in its own column.
  const sides = map.getByRole('table', { name: 'Stage by stage' });
  await expect(sides.getByRole('columnheader')).toHaveText(['Stage', 'Northwind: buy a tent', 'Rival: buy a tent']);
  await expect(sides.getByRole('rowheader')).toHaveText(['Awareness', 'Consideration', 'Decision', 'Purchase']);
  const stage = (name: string) =>
    sides
      .getByRole('row')
      .filter({ has: map.getByRole('rowheader', { name, exact: true }) })
      .getByRole('cell');
  await expect(stage('Awareness').nth(0)).toContainText('The hero says what the shop sells');
  await expect(stage('Awareness').nth(1)).toContainText('Rival: the hero is a stock photo');
  await expect(stage('Consideration').nth(0)).toContainText('No filter for tent size');
  await expect(stage('Consideration').nth(1)).toContainText('Rival: sizes filter at the top');
  await expect(stage('Purchase').nth(1)).toContainText('No steps in this stage');
  for (const name of ['Awareness', 'Consideration']) {
    for (const walk of [0, 1]) {
      const shot = stage(name)
        .nth(walk)
        .getByRole('button', { name: /^Screenshot of step \d+: Opened/ })
        .first();
      await shot.scrollIntoViewIfNeeded();
      await expect(shot.locator('img')).toHaveJSProperty('complete', true);
      expect(await shot.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
    }
  }
  // A screenshot opens full size.
  await stage('Consideration')
    .nth(1)
    .getByRole('button', { name: /^Screenshot of step \d+: Opened Tents/ })
    .click();
  await expect(map.getByRole('dialog')).toContainText('Opened Tents');
  await map.keyboard.press('Escape');
  // Pictures load as they scroll into view: every one is loaded before the full-page picture is taken.
  await sides.getByRole('row').last().scrollIntoViewIfNeeded();
  await expect(sides.locator('.thumb:not(:has(img))')).toHaveCount(0);
  await map.evaluate(() => scrollTo(0, 0));
  await lightAndDark(map, 'compare');

  // Export comparison: one HTML file that runs nothing, with both walks' notes and their pictures inside it.
  const file = await readFile(await exportedFile(map, 'Export comparison'), 'utf8');
  expect(file).not.toMatch(/<script/i);
  for (const note of ['The cart took ages to open', 'The hero says what the shop sells', 'Rival: the hero is a stock photo', 'Rival: sizes filter at the top'])
    expect(file).toContain(note);
  const pictures = file.match(/<img [^>]*src="data:image\/jpeg;base64,[A-Za-z0-9+/=]{200,}"/g) ?? [];
  expect(pictures.length).toBeGreaterThanOrEqual(6);
  expect(file).not.toMatch(/src="(?!data:)/);

  // And it reads as a page: opened from disk, at 1280 px, it fits without sideways scrolling.
  const shown = await context.newPage();
  await shown.setViewportSize({ width: 1280, height: 900 });
  await shown.setContent(file);
  await expect(shown.getByRole('heading', { name: 'Journeys compared' })).toBeVisible();
  expect(await shown.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await shown.screenshot({ path: test.info().outputPath('compare-export.png'), fullPage: true });
});
