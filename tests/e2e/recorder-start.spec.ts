import { expect, recorderHasConfig, recorderIsIn, test } from './fixtures';
import { stopServiceWorker } from './worker';
import { PanelPage } from './panel-page';
import type { Step } from '../../lib/journey/types';

/**
 * The recorder only listens while a page loads and starts once it has loaded, or at the tester's first action
 * (issue 19, lib/recorder/page-start.ts). Nothing the tester does early is lost, and pages that load oddly are
 * still recorded right.
 */

/** A page step's figures (other steps have none). */
const timingOf = (step: Step) => (step.kind === 'navigation' ? step.timing : undefined);

const kinds = (steps: Step[]) => steps.map((step) => `${step.kind} ${new URL(step.frameUrl ?? step.url).pathname}`);

test('what the tester does while a page loads is recorded, and a page that never fires load is still a step', async ({ context, background, extensionId, shop }) => {
  const { shopPage: page, panel } = await PanelPage.besideShop(context, background, shop.origin + '/odd/cached/tiny.html');
  await panel.start('Early actions');

  // The banner never finishes: no load event. The tester presses and types while the page still loads.
  await page.goto(shop.origin + '/odd/never-loads.html', { waitUntil: 'domcontentloaded' });
  // Not before the recorder is in the page: the worker injects it when it hears of the commit, which on a busy
  // machine can be after DOMContentLoaded (docs/benchmarks.md, issue 19), and nothing of Trailnote's hears a press before.
  await recorderIsIn(page, extensionId);
  await page.getByRole('button', { name: 'Add to wishlist' }).click();
  await page.getByRole('textbox', { name: 'Sale alerts email' }).fill('early@example.com');
  await page.getByRole('textbox', { name: 'Sale alerts email' }).press('Tab');
  await expect(page.getByText('Added to your wishlist.')).toBeVisible();
  expect(await page.evaluate(() => document.readyState)).toBe('interactive');
  await expect(panel.stepCount).toHaveText('4');

  // The same page left alone: its step comes a few seconds after DOMContentLoaded, the load still pending.
  await page.goto(shop.origin + '/odd/never-loads.html?alone', { waitUntil: 'domcontentloaded' });
  await expect(panel.stepCount).toHaveText('5', { timeout: 20_000 });
  expect(await page.evaluate(() => document.readyState)).toBe('interactive');

  const dump = await panel.settled();
  expect(kinds(dump.steps)).toEqual([
    'navigation /odd/cached/tiny.html',
    'navigation /odd/never-loads.html',
    'click /odd/never-loads.html',
    'input /odd/never-loads.html',
    'navigation /odd/never-loads.html',
  ]);
  const [, stalled, wish, email, alone] = dump.steps;
  expect(wish).toMatchObject({ target: { text: 'Add to wishlist' } });
  expect(email).toMatchObject({ field: { label: 'Sale alerts email', masked: true } });
  expect(JSON.stringify(dump)).not.toContain('early@example.com');
  // Pages that never load are dated and timed by their DOMContentLoaded, with no load figure.
  for (const step of [stalled, alone]) {
    expect(timingOf(step)?.domContentLoaded).toBeGreaterThan(0);
    expect(timingOf(step)?.load).toBeUndefined();
  }
  expect(stalled.at).toBeLessThanOrEqual(wish.at);
  await panel.stop();
});

// A page left before its recorder started (it starts once the page has loaded): its step is made as it goes. The
// worker left the recorder its config once the document was idle, so nothing waits for an answer the page would not live to hear,
// not even with the worker stopped (a soak walk and the worker-restart test each lost such a page once).
test('a page the tester leaves before it has loaded is still a step, even with the worker stopped meanwhile', async ({ context, background, extensionId, shop }) => {
  const { shopPage: page, panel } = await PanelPage.besideShop(context, background, shop.origin + '/odd/cached/tiny.html');
  await panel.start('Left early');
  await page.goto(shop.origin + '/odd/never-loads.html?left', { waitUntil: 'domcontentloaded' });
  await expect.poll(() => recorderHasConfig(page, extensionId)).toBe(true);
  await stopServiceWorker(context, panel.page);
  // An address typed: the page goes, still loading, long before its recorder would have started.
  await page.goto(shop.origin + '/bench/tiny.html');
  await expect(panel.stepCount).toHaveText('3');
  const dump = await panel.settled();
  expect(kinds(dump.steps)).toEqual(['navigation /odd/cached/tiny.html', 'navigation /odd/never-loads.html', 'navigation /bench/tiny.html']);
  expect(timingOf(dump.steps[1])?.domContentLoaded).toBeGreaterThan(0);
  expect(timingOf(dump.steps[1])?.load).toBeUndefined();
  await panel.stop();
});

// The worker hears a page commit a few milliseconds after it happens, then reads the walk's state and injects the
// recorder: on this ~70 ms page it lands 27–57 ms after the commit, often after the load event. A click before that is
// heard by no script of Trailnote's (it runs no code on pages it was not asked to record), so the test clicks as soon
// as the recorder is in, not at a fixed moment (two clean-clone CI runs clicked before it was there).
test('a click on a fast page as soon as the recorder is in is recorded, with the page step first', async ({ context, background, extensionId, shop }) => {
  const { shopPage: page, panel } = await PanelPage.besideShop(context, background, shop.origin + '/odd/cached/tiny.html');
  await panel.start('Early click');
  await page.goto(shop.origin + '/bench/tiny.html', { waitUntil: 'commit' });
  await recorderIsIn(page, extensionId);
  await page.getByRole('button', { name: 'Click me' }).click();
  await expect(panel.stepCount).toHaveText('3');
  const [, tiny, early] = (await panel.settled()).steps;
  expect(early).toMatchObject({ target: { text: 'Click me' } });
  // The page's step comes first and has its load figure, whichever of the click and the load came first.
  expect(timingOf(tiny)?.load).toBeGreaterThan(0);
  expect(tiny.at).toBeLessThanOrEqual(early.at);
  await panel.stop();
});

test('odd documents are recorded right: a page from the cache, a document rewritten by document.open(), a frame that moves on while its page loads', async ({
  context,
  background,
  shop,
}) => {
  const { shopPage: page, panel } = await PanelPage.besideShop(context, background, shop.origin + '/odd/cached/tiny.html');
  await panel.start('Odd documents');

  // The same page again, from the browser's cache: a load of a few milliseconds.
  await page.getByRole('link', { name: 'This page again' }).click();
  await expect(panel.stepCount).toHaveText('3');
  await page.getByRole('button', { name: 'Click me' }).click();
  await expect(panel.stepCount).toHaveText('4');

  // document.open() erases every listener of the document and its window, the recorder's too: it listens again.
  await page.goto(shop.origin + '/odd/rewritten.html');
  await expect(panel.stepCount).toHaveText('5');
  await page.getByRole('button', { name: 'Reveal the offer' }).click();
  await page.getByRole('button', { name: 'Claim the offer' }).click();
  await expect(page.getByText('Offer claimed.')).toBeVisible();
  await expect(panel.stepCount).toHaveText('7');

  // The store map frame navigates while its page is still loading; the tester then uses the map.
  await page.goto(shop.origin + '/odd/frame-hop.html');
  const map = page.frameLocator('iframe[title="Store map"]');
  await map.getByRole('button', { name: 'Show the nearest store' }).click();
  await expect(map.getByText('Northwind Lyon, 2 km.')).toBeVisible();
  await expect(panel.stepCount).toHaveText('9');

  const dump = await panel.settled();
  expect(kinds(dump.steps)).toEqual([
    'navigation /odd/cached/tiny.html',
    'click /odd/cached/tiny.html',
    'navigation /odd/cached/tiny.html',
    'click /odd/cached/tiny.html',
    'navigation /odd/rewritten.html',
    'click /odd/rewritten.html',
    'click /odd/rewritten.html',
    'navigation /odd/frame-hop.html',
    'click /odd/frame-map.html',
  ]);
  // Nothing came over the network the second time: the cached page was recorded all the same.
  expect(timingOf(dump.steps[2])?.transferSize).toBe(0);
  expect(dump.steps[3]).toMatchObject({ target: { text: 'Click me' } });
  expect(dump.steps[6]).toMatchObject({ target: { text: 'Claim the offer' } });
  expect(dump.steps[8]).toMatchObject({ url: shop.origin + '/odd/frame-hop.html', target: { text: 'Show the nearest store' } });
  await panel.stop();
});
