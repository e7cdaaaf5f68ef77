import { expect, type Locator, type Page } from '@playwright/test';
import type { Shop } from '../shop/server';
import type { SeededRandom } from './seeded-random';

/**
 * Where a step happened, as the soak compares walks: the shop's path ("/cart"), or the payment provider's
 * with "pay:" before it ("pay:/pay.html"). Queries and fragments are left out: the privacy rules rewrite
 * them on the way to the store.
 */
export type Where = string;

export function whereOf(url: string, shop: Shop): Where {
  const { origin, pathname } = new URL(url);
  return origin === new URL(shop.paymentOrigin).origin ? `pay:${pathname}` : pathname;
}

/** One thing a tester does on a page of the demo shop. */
export interface Move {
  /** Words for the log and for a failure's diff: "follow “Shop tents”". */
  name: string;
  /** The step the move itself makes: a click, a field's change, or none (an address typed in). */
  makes: 'click' | 'input' | 'nothing';
  /**
   * What it leads to: another document (always a step), an app route (a step when the address changes),
   * a new tab (the walker follows it), or nothing.
   */
  leads: 'page' | 'route' | 'new-tab' | 'stay';
  /** Where it leads, for walking to the pages seen least. */
  to?: Where;
  /** Does it, and waits for what the tester would see: the page it opens loaded, the app's view drawn. */
  act(page: Page, random: SeededRandom): Promise<void>;
}

const link = (page: Page, name: string | RegExp): Locator => page.getByRole('link', { name, exact: typeof name === 'string' }).first();

async function loaded(page: Page, where: Where, shop: Shop): Promise<void> {
  await page.waitForURL((url) => whereOf(url.href, shop) === where, { waitUntil: 'load' });
}

/** Fills a field with words it did not hold (a change event needs a new value), and leaves it as a tester does: Tab. */
async function fillField(field: Locator, words: string): Promise<void> {
  await field.fill(words);
  await field.press('Tab');
}

/**
 * Picks another option of a menu from the keyboard: the tester's keys are trusted events, while
 * Playwright's selectOption fires synthetic ones, which the recorder rightly ignores.
 */
async function chooseAnother(menu: Locator): Promise<void> {
  const { index, count } = await menu.evaluate((select: HTMLSelectElement) => ({ index: select.selectedIndex, count: select.options.length }));
  await menu.focus();
  await menu.press(index < count - 1 ? 'ArrowDown' : 'ArrowUp');
  await expect(menu).not.toHaveJSProperty('selectedIndex', index);
}

/** The demo shop and its trip-planner app as a map of moves, by the page they start from. */
export function shopTour(shop: Shop): { movesFrom(where: Where): Move[]; typedAddresses: Where[] } {
  const follow = (name: string | RegExp, to: Where): Move => ({
    name: `follow “${String(name)}”`,
    makes: 'click',
    leads: 'page',
    to,
    act: async (page) => {
      await link(page, name).click();
      await loaded(page, to, shop);
    },
  });
  const press = (name: string, to?: Where): Move => ({
    name: `press “${name}”`,
    makes: 'click',
    leads: to ? 'page' : 'stay',
    to,
    act: async (page) => {
      await page.getByRole('button', { name, exact: true }).click();
      if (to) await loaded(page, to, shop);
    },
  });
  const fill = (label: string, words: (random: SeededRandom) => string): Move => ({
    name: `fill “${label}”`,
    makes: 'input',
    leads: 'stay',
    act: (page, random) => fillField(page.getByLabel(label, { exact: true }), words(random)),
  });
  const choose = (label: string): Move => ({
    name: `choose in “${label}”`,
    makes: 'input',
    leads: 'stay',
    act: (page) => chooseAnother(page.getByLabel(label, { exact: true })),
  });
  /** A link within the same document: an app view or a fragment of the page. */
  const route = (name: string, to: Where, drawn: (page: Page) => Promise<void>): Move => ({
    name: `open “${name}”`,
    makes: 'click',
    leads: 'route',
    to,
    act: async (page) => {
      await link(page, name).click();
      await drawn(page);
    },
  });
  const appView = (name: string, to: Where): Move =>
    route(name, to, async (page) => {
      await expect(page.locator('.app-nav a[aria-current="page"]')).toHaveText(name);
      await expect(page.locator('#view')).not.toHaveAttribute('aria-busy', 'true');
    });
  const fragment = (name: string, hash: string): Move => route(name, '/', (page) => page.waitForURL((url) => url.hash === hash));

  const name = (random: SeededRandom) => `Camille ${random.between(100, 99_999)}`;
  const email = (random: SeededRandom) => `walker${random.between(100, 99_999)}@example.com`;

  /** The shop's header, on most of its pages: a fragment link on the home page opens the home page elsewhere. */
  const header = (onHome: boolean): Move[] => [
    follow('Tents', '/category/tents.html'),
    follow('Trip planner', '/app/'),
    follow(/^Cart, \d+ items?$/, '/cart'),
    onHome ? fragment('Packs', '#packs') : follow('Packs', '/'),
    onHome ? fragment('Camp kitchen', '#kitchen') : follow('Camp kitchen', '/'),
  ];
  const footer: Move[] = [follow('Gifts & extras', '/widgets.html')];
  const app: Move[] = [appView('Overview', '/app/'), appView('Routes', '/app/routes'), appView('Gear list', '/app/gear'), fragment('Jump to tips', '#tips'), ...header(false)];

  const pages: Record<Where, Move[]> = {
    '/': [follow('Shop tents', '/category/tents.html'), follow('Plan a trip', '/app/'), follow('Browse all 6 tents →', '/category/tents.html'), ...header(true), ...footer],
    '/category/tents.html': [follow('Trailhead 2 Tent', '/product/trailhead-2.html'), follow('Home', '/'), ...header(false), ...footer],
    '/product/trailhead-2.html': [choose('Colour'), choose('Colour'), press('Add to cart', '/cart'), follow('Home', '/'), ...header(false)],
    '/cart': [follow('Checkout', '/checkout.html'), follow('← Continue shopping', '/category/tents.html'), ...header(false)],
    '/checkout.html': [
      fill('Full name', name),
      fill('Email', email),
      fill('Phone', (random) => `+33 6 ${random.between(10, 99)} ${random.between(10, 99)} ${random.between(10, 99)} ${random.between(10, 99)}`),
      fill('Create a password', (random) => `Trail-${random.between(1000, 9999)}-pass`),
      { name: 'tick “Subscribe to trail news”', makes: 'input', leads: 'stay', act: (page) => page.getByLabel('Subscribe to trail news').click() },
      press('Continue to payment', 'pay:/pay.html'),
      follow('Sign in', '/signin.html'),
      follow('Express checkout', '/express.html'),
      ...header(false),
    ],
    'pay:/pay.html': [press('Pay now', '/confirmation.html'), follow('Cancel and return to the merchant', '/checkout.html')],
    '/confirmation.html': [follow('Back to the home page', '/'), ...header(false)],
    '/signin.html': [follow('Sign in with PayBridge', 'pay:/oauth/authorize'), follow('Forgot password?', '/reset-sent.html'), ...header(false)],
    'pay:/oauth/authorize': [press('Allow', '/auth/callback'), follow('Cancel and return to the merchant', '/signin.html')],
    '/auth/callback': [follow('Back to the home page', '/'), ...header(false)],
    '/reset-sent.html': header(false),
    '/express.html': [
      fill('Full name', name),
      fill('Email', email),
      fill('Gift message', (random) => `Happy trails ${random.between(1, 999)}`),
      choose('Delivery speed'),
      press('Place express order', '/express-pay.html'),
      follow('Use the regular checkout', '/checkout.html'),
      ...header(false),
    ],
    '/express-pay.html': [follow('Sign in to track your order', '/signin.html'), ...header(false)],
    '/widgets.html': [
      {
        name: 'follow “Gift ideas” to a new tab',
        makes: 'click',
        leads: 'new-tab',
        to: '/category/tents.html',
        act: (page) => link(page, 'Gift ideas (opens in a new tab)').click(),
      },
      press('Add gift wrap'),
      fill('Loyalty number', (random) => `NW-${random.between(100_000, 999_999)}`),
      {
        name: 'fill the newsletter frame’s “Email”',
        makes: 'input',
        leads: 'stay',
        act: (page, random) => fillField(page.frameLocator('iframe[title="Newsletter"]').getByLabel('Email'), email(random)),
      },
      ...header(false),
    ],
    '/app/': app,
    '/app/routes': app,
    '/app/gear': app,
    '/odd/no-title.html': [press('Click me')],
    '/odd/markup.html': [press("\"><svg onload=alert('label')> Buy a gift card"), follow("<script>alert('link')</script> Back to the shop", '/')],
    '/odd/throws.html': [press('Broken button'), ...header(false)],
    '/odd/cross-frame.html': [
      {
        name: 'press the support frame’s “Chat with us”',
        makes: 'click',
        leads: 'stay',
        act: (page) => page.frameLocator('iframe[title="Support chat"]').getByRole('button', { name: 'Chat with us' }).click(),
      },
      ...header(false),
    ],
    '/bench/page.html': [press('Bench click'), ...header(false)],
    '/trails/nowhere.html': [follow('Back to the home page', '/')],
  };

  return {
    movesFrom: (where) => {
      const moves = pages[where];
      if (!moves) throw new Error(`The soak walk has no moves from ${where}`);
      return moves;
    },
    // Pages no link leads to, which a tester reaches by typing the address; the home page too.
    typedAddresses: ['/', '/odd/no-title.html', '/odd/markup.html', '/odd/throws.html', '/odd/cross-frame.html', '/bench/page.html', '/trails/nowhere.html'],
  };
}

/** A move that types an address into the tab's address bar. */
export function typeAddress(shop: Shop, where: Where): Move {
  return {
    name: `type the address ${where}`,
    makes: 'nothing',
    leads: 'page',
    to: where,
    act: async (page) => {
      await page.goto(shop.origin + where);
    },
  };
}
