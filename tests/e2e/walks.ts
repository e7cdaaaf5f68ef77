import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import type { JourneyAbout, PanelPage } from './panel-page';

/** How a tester felt at each page of the short demo walk, and what they noted there. */
export interface WalkFeelings {
  home: string;
  tents: string;
  product: string;
  cart: string;
}

/**
 * A short annotated walk of the demo shop through the real panel, one stage a page: home (Awareness) →
 * tents (Consideration) → product (Decision) → cart (Purchase), a rating and a note on each page; the persona
 * and goal too, when given; `further` walks on from the cart before the recording stops.
 */
export async function annotatedWalk(panel: PanelPage, shopPage: Page, title: string, felt: WalkFeelings, about?: JourneyAbout, further?: () => Promise<void>): Promise<void> {
  await panel.start(title);
  await panel.pictured('Opened Northwind Outfitters — Home');
  if (about) await panel.fillDetails(about);
  await panel.rate(felt.home);
  await panel.addNote('Delight', 'The hero says what the shop sells');

  await panel.chooseStage('Consideration');
  await shopPage.getByRole('link', { name: 'Shop tents' }).click();
  await panel.pictured('Opened Tents');
  await panel.rate(felt.tents);
  await panel.addNote('Friction', 'No filter for tent size');

  await panel.chooseStage('Decision');
  await shopPage.getByRole('link', { name: 'Trailhead 2 Tent' }).click();
  await panel.pictured('Opened Trailhead 2 Tent');
  await panel.rate(felt.product);
  await panel.addNote('Opportunity', 'Show the packed size next to the photo');

  await panel.chooseStage('Purchase');
  await shopPage.getByRole('button', { name: 'Add to cart' }).click();
  await shopPage.waitForURL('**/cart**', { waitUntil: 'load' });
  await panel.pictured('Opened Your cart');
  await panel.rate(felt.cart);
  await panel.addNote('Pain point', 'The cart took ages to open');
  await further?.();
  await panel.settled();
  await panel.stop();
}

/**
 * A walk scored against E-commerce purchase: the home page's criterion passed, then in Purchase, on the Tents
 * page, guest checkout passed, the critical "No surprise cost" failed and "Payment page under 3 s" partly met.
 * Leaves the panel on its Scorecard view.
 */
export async function scoredWalkToTents(panel: PanelPage, shopPage: Page, title: string): Promise<void> {
  await panel.page.getByRole('combobox', { name: 'Scorecard template' }).selectOption({ label: 'E-commerce purchase' });
  await panel.start(title);
  await expect(panel.step(1)).toBeVisible();
  await panel.button('Scorecard').click();
  await panel.criterionAnswer('The home page says what the shop sells', 'Pass').check();
  await panel.button('Journey').click();
  await panel.chooseStage('Purchase');
  await shopPage.getByRole('link', { name: 'Shop tents' }).click();
  await expect(panel.stepNamed('Opened Tents')).toBeVisible();
  await panel.button('Scorecard').click();
  await panel.criterionAnswer('Guest checkout offered', 'Pass').check();
  await panel.criterionAnswer('No surprise cost appears at payment', 'Fail').check();
  await panel.criterionAnswer('Payment page under 3 s', 'Partial').check();
}
