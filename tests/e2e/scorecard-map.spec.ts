import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { PanelPage } from './panel-page';
import { scoredWalkToTents } from './walks';

/**
 * Issue 18, after the walk: the scores a tester gave while walking the demo shop (a critical Fail among them) on
 * the journey map's Scorecard section, in the library, and beside a competitor's walk in the compare view.
 */

/** The section and the view for a person to look at, light and dark. */
async function lightAndDark(page: Page, part: Locator, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await part.screenshot({ path: test.info().outputPath(`${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('the map, the library and the compare view show the walks’ scores, the critical Fail flagged and each answer’s evidence a click away', async ({
  context,
  background,
  shop,
}) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/');
  const page = panel.page;
  await scoredWalkToTents(panel, shopPage, 'Own shop: buy a tent');
  const comment = page.getByRole('listitem').filter({ hasText: 'No surprise cost appears at payment' }).getByRole('textbox', { name: 'Comment' });
  await comment.fill('A €4.90 handling fee appears at the last step');
  await comment.press('Enter');
  await expect
    .poll(async () => (await panel.dump()).journeys[0].scorecard?.answers.find((answer) => answer.criterionId === 'no-surprise-cost')?.comment)
    .toBe('A €4.90 handling fee appears at the last step');
  await panel.button('Journey').click();
  await panel.stop();
  const { journeys, steps } = await panel.dump();
  const own = journeys[0];
  const tents = steps.find((step) => step.title.startsWith('Tents'))!;
  expect(own.scorecard!.answers.find((answer) => answer.criterionId === 'no-surprise-cost')?.stepId).toBe(tents.id);

  // The map: awareness 2 / 2, purchase (3 + 0 + 1) / 8, overall 6 / 10.
  const opened = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Open journey map' }).click();
  const map = await opened;
  await map.setViewportSize({ width: 1280, height: 900 });
  const section = map.getByRole('region', { name: 'Scorecard' });
  await expect(section.getByRole('heading', { name: 'Scorecard', level: 2 })).toBeVisible();
  await expect(section.getByText('60 %', { exact: true })).toBeVisible();
  await expect(section.getByRole('note')).toContainText('No surprise cost appears at payment');
  const purchase = section.getByRole('group', { name: /^Purchase/ });
  await expect(purchase.getByRole('heading', { level: 3 })).toHaveText(/Purchase\s*50 %/);
  const fee = purchase.getByRole('listitem').filter({ hasText: 'No surprise cost appears at payment' });
  await expect(fee).toContainText('Critical');
  await expect(fee).toContainText('Fail');
  await expect(fee).toContainText('A €4.90 handling fee appears at the last step');
  await expect(fee).toHaveClass(/flagged/);
  await expect(purchase.getByRole('listitem').filter({ hasText: 'The checkout form asks only what the order needs' })).toContainText('Not answered');
  // The evidence: the tents step's thumbnail, linked to the step on the map.
  const evidence = fee.getByRole('link', { name: `Step ${tents.seq}` });
  // Thumbnails load as they scroll into view.
  await evidence.scrollIntoViewIfNeeded();
  await expect(evidence.locator('img')).toBeVisible();
  await evidence.click();
  await expect(map).toHaveURL(new RegExp(`#step-${tents.seq}$`));
  await expect(map.locator(`#step-${tents.seq}`)).toBeInViewport();
  await section.scrollIntoViewIfNeeded();
  await expectAccessible(map, 'the map with its Scorecard section');
  await lightAndDark(map, section, 'map-scorecard');
  await map.setViewportSize({ width: 360, height: 900 });
  await purchase.scrollIntoViewIfNeeded();
  await lightAndDark(map, purchase, 'map-scorecard-360');
  await map.setViewportSize({ width: 1280, height: 900 });
  // Printed, every thumbnail of the section is there.
  await map.emulateMedia({ media: 'print' });
  await expect(section.locator('.evidence .thumb:not(:has(img))')).toHaveCount(0);
  await section.screenshot({ path: test.info().outputPath('map-scorecard-print.png') });
  await map.emulateMedia({ media: 'screen' });

  // A competitor's walk scored against the same template; answered on its first page.
  await panel.button('New journey').click();
  await shopPage.goto(shop.origin + '/');
  await page.getByRole('combobox', { name: 'Scorecard template' }).selectOption({ label: 'E-commerce purchase' });
  await panel.start('Rival: buy a tent');
  await expect(panel.step(1)).toBeVisible();
  await panel.button('Scorecard').click();
  await panel.criterionAnswer('The home page says what the shop sells', 'Pass').check();
  await panel.criterionAnswer('Guest checkout offered', 'Partial').check();
  await panel.criterionAnswer('No surprise cost appears at payment', 'Pass').check();
  // Rival: purchase (1.5 + 3) / 6 = 75 %, overall 6.5 / 8 = 81 %.
  await expect(page.getByRole('region', { name: 'Scores' })).toContainText('81 %');
  await panel.button('Journey').click();
  await panel.stop();

  // The library says each walk's score in words, the critical failure too.
  await panel.button('Library').click();
  const ownLine = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Own shop: buy a tent' }) });
  await expect(ownLine).toContainText('Scorecard 60 %');
  await expect(ownLine).toContainText('1 critical failure');
  const rivalLine = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Rival: buy a tent' }) });
  await expect(rivalLine).toContainText('Scorecard 81 %');
  await expect(rivalLine).not.toContainText('critical failure');
  await expectAccessible(page, 'the library with scores');
  await page.setViewportSize({ width: 360, height: 700 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await ownLine.screenshot({ path: test.info().outputPath(`library-score-${colorScheme}.png`) });
  }

  // Compared: the rival is ahead overall by 21 points, and in Purchase by 25; the own shop on guest checkout.
  await map.goto(map.url().split('#')[0]);
  const compareWith = map.getByRole('combobox', { name: 'Compare with' });
  await compareWith.selectOption({ label: (await compareWith.locator('option', { hasText: 'Rival: buy a tent' }).textContent()) ?? '' });
  await map.waitForURL(/compare=/);
  const scores = map.getByRole('table', { name: /scorecard scores/ });
  const row = (name: string | RegExp) => scores.getByRole('row').filter({ has: map.getByRole('rowheader', { name }) });
  const overall = row('Overall').getByRole('cell');
  await expect(overall.first()).toHaveText(/^\s*60 %\s*$/);
  await expect(overall.nth(1)).toContainText('81 %');
  await expect(overall.nth(1)).toContainText('▲ 21 pts');
  await expect(overall.nth(1)).toContainText('ahead by 21 points');
  await expect(row('Critical failures').getByRole('cell')).toHaveText([/1/, /0/]);
  await expect(
    row(/^Purchase$/)
      .getByRole('cell')
      .nth(1),
  ).toContainText('ahead by 25 points');
  const guest = row(/^Guest checkout offered/).getByRole('cell');
  await expect(guest.first()).toContainText('Pass');
  await expect(guest.first()).toContainText('ahead by 50 points');
  await expect(guest.nth(1)).toHaveText(/^\s*Partial\s*$/);
  await expect(
    row(/^No surprise cost appears at payment/)
      .getByRole('cell')
      .nth(1),
  ).toContainText('ahead by 100 points');
  await map.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(map, 'the compare view with scores');
  await lightAndDark(map, map.getByRole('region', { name: /^Scorecard/ }), 'compare-scores');
});
