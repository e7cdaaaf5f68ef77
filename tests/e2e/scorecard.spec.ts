import { expect, test } from './fixtures';
import { PanelPage } from './panel-page';

/**
 * Issue 18, the walk side: a tester scores the demo shop against the E-commerce purchase template while
 * walking it, a critical Fail included; answers link the step the tester is on and stay in the store.
 */

test('scores a walk of the demo shop against E-commerce purchase, with evidence and a critical Fail', async ({ context, background, shop }) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/');
  const page = panel.page;
  await page.getByRole('combobox', { name: 'Scorecard template' }).selectOption({ label: 'E-commerce purchase' });
  await panel.start('Scored walk');
  await expect(panel.step(1)).toBeVisible();

  await panel.button('Scorecard').click();
  await expect(page.getByRole('combobox', { name: 'Scorecard template' })).toHaveValue('ecommerce-purchase');
  // The current stage (Awareness) comes first.
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Awareness');
  await panel.criterionAnswer('The home page says what the shop sells', 'Pass').check();
  await expect(page.getByText('Evidence: Step 1')).toBeVisible();

  await panel.button('Journey').click();
  await panel.chooseStage('Purchase');
  await shopPage.getByRole('link', { name: 'Shop tents' }).click();
  await expect(panel.stepNamed('Opened Tents')).toBeVisible();

  await panel.button('Scorecard').click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Purchase');
  await panel.criterionAnswer('Guest checkout offered', 'Pass').check();
  // An answer given on an earlier step links the step the tester is on now, when asked.
  const home = page.getByRole('listitem').filter({ hasText: 'The home page says what the shop sells' });
  await expect(home.getByText('Evidence: Step 1')).toBeVisible();
  // Step 2 is the click on "Shop tents", step 3 the Tents page the tester is on.
  await home.getByRole('button', { name: 'Use step 3' }).click();
  await expect(home.getByText('Evidence: Step 3')).toBeVisible();
  await expect(home.getByRole('button', { name: 'Use step 3' })).toHaveCount(0);
  await panel.criterionAnswer('No surprise cost appears at payment', 'Fail').check();
  await panel.criterionAnswer('Payment page under 3 s', 'Partial').check();
  await panel.criterionAnswer('Form errors say what to fix, next to the field', 'Not applicable').check();
  const comment = page.getByRole('listitem').filter({ hasText: 'No surprise cost appears at payment' }).getByRole('textbox', { name: 'Comment' });
  await comment.fill('A €4.90 handling fee appears at the last step');
  await comment.press('Enter');
  await panel.criterionAnswer('Overall impression of the product pages', '4').check();

  // Scores: awareness 100 %; purchase (3 + 0 + 1) / 8 = 50 %; overall (2 + 4 + 0.75) / (2 + 8 + 1) = 61 %.
  const summary = page.getByRole('region', { name: 'Scores' });
  await expect(summary).toContainText('61 %');
  await expect(summary.getByRole('note')).toContainText('No surprise cost appears at payment');

  await expect
    .poll(async () => (await panel.dump()).journeys[0].scorecard?.answers.find((answer) => answer.criterionId === 'no-surprise-cost')?.comment)
    .toBe('A €4.90 handling fee appears at the last step');
  const { journeys, steps } = await panel.dump();
  const answers = journeys[0].scorecard!.answers;
  const tents = steps.find((step) => step.title.startsWith('Tents'))!;
  expect(answers.find((answer) => answer.criterionId === 'home-says-what-is-sold')?.stepId).toBe(tents.id);
  expect(answers.find((answer) => answer.criterionId === 'guest-checkout')).toMatchObject({ answer: 'pass', stepId: tents.id });
  expect(answers.find((answer) => answer.criterionId === 'product-page-impression')?.answer).toBe(4);

  // After the walk, answers stay editable.
  await panel.button('Journey').click();
  await panel.stop();
  await panel.button('Scorecard').click();
  await panel.criterionAnswer('No surprise cost appears at payment', 'Pass').check();
  await expect(summary.getByRole('note')).toHaveCount(0);
  await expect(summary).toContainText('89 %');

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 360, height: 900 });
    await page.screenshot({ path: `test-results/scorecard-panel-${scheme}.png` });
  }
});
