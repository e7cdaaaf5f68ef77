import { expect, tabIdOf, test } from './fixtures';
import { PanelPage } from './panel-page';

test('odd pages never break the walk: no title, throwing scripts, a huge DOM, a cross-origin frame, a download, double clicks', async ({ context, background, shop }) => {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(shop.origin + '/odd/no-title.html');
  const panel = await PanelPage.open(context, background, await tabIdOf(background, page));
  await panel.start('Odd pages');

  // No title: the step falls back to the address, and the page's own button still works.
  await page.getByRole('button', { name: 'Click me' }).click();
  await expect(page.getByText('Clicked.')).toBeVisible();

  // Scripts that throw while loading, after load, and in their click handler.
  await page.goto(shop.origin + '/odd/throws.html');
  await page.getByRole('button', { name: 'Broken button' }).click();

  // About 50,000 elements.
  await page.goto(shop.origin + '/odd/huge.html');
  await page.getByRole('button', { name: 'Find me' }).click();
  await expect(page.getByRole('button', { name: 'Found me' })).toBeVisible();

  // A chat widget from another origin in a frame: the walk goes on around it.
  await page.goto(shop.origin + '/odd/cross-frame.html');
  await page.frameLocator('iframe[title="Support chat"]').getByRole('button', { name: 'Chat with us' }).click();

  // A download aborts its navigation: the page stays, no failed load is invented.
  await page.goto(shop.origin + '/odd/download.html');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the brochure' }).click();
  await download;

  // A rapid double click is two clicks.
  await page.goto(shop.origin + '/odd/no-title.html');
  await page.getByRole('button', { name: 'Click me' }).dblclick();
  // A huge DOM and a download take a while to record on a busy machine: wait on the count, with room.
  await expect(panel.stepCount).toHaveText('13', { timeout: 30_000 });

  const dump = await panel.settled();
  // Walked faster than Chrome's 2 captures a second: a step gets its own page's picture or a reason, never
  // another page's.
  for (const shot of dump.screenshots) expect(shot.pageUrl).toBe(dump.steps.find((step) => step.id === shot.stepId)?.url);
  expect(dump.steps.map((step) => `${step.kind} ${new URL(step.url).pathname}`)).toEqual([
    'navigation /odd/no-title.html',
    'click /odd/no-title.html',
    'navigation /odd/throws.html',
    'click /odd/throws.html',
    'navigation /odd/huge.html',
    'click /odd/huge.html',
    'navigation /odd/cross-frame.html',
    'click /odd/cross-frame.html',
    'navigation /odd/download.html',
    'click /odd/download.html',
    'navigation /odd/no-title.html',
    'click /odd/no-title.html',
    'click /odd/no-title.html',
  ]);
  // The cross-origin frame's click is recorded in that frame, named by what the tester saw.
  const chat = dump.steps[7];
  expect(chat).toMatchObject({ kind: 'click', frameUrl: shop.paymentOrigin + '/widget.html', target: { text: 'Chat with us' } });
  expect(dump.steps.every((step) => !step.problem || step.problem.code !== 'injection-failed')).toBe(true);
  // The pages' own errors were theirs alone: the recorder added none.
  expect(pageErrors.every((message) => !/trailnote/i.test(message))).toBe(true);
  expect(pageErrors.length).toBeGreaterThanOrEqual(2);

  await panel.page.screenshot({ path: test.info().outputPath('odd-pages-panel.png') });
  // The panel names the untitled page by its address.
  await panel.scrollToFirstStep();
  await expect(panel.step(1)).toContainText('/odd/no-title.html');
  await panel.stop();
});

test('a browser page opened mid-walk is listed with its reason, and the panel refuses to start on one', async ({ context, background, shop }) => {
  const page = await context.newPage();
  await page.goto(shop.origin + '/');
  const panel = await PanelPage.open(context, background, await tabIdOf(background, page));
  await panel.start('Into the browser');

  await page.goto('chrome://version');
  await expect(panel.stepItems.last()).toContainText('chrome://version');
  await page.goto(shop.origin + '/category/tents.html');
  await expect(panel.stepItems.last()).toContainText('Tents');

  const dump = await panel.settled();
  // Walked faster than Chrome's 2 captures a second: a step gets its own page's picture or a reason, never
  // another page's.
  for (const shot of dump.screenshots) expect(shot.pageUrl).toBe(dump.steps.find((step) => step.id === shot.stepId)?.url);
  expect(dump.steps.map((step) => step.url.replace(shop.origin, ''))).toEqual(['/', 'chrome://version/', '/category/tents.html']);
  expect(dump.steps[1].problem?.code).toBe('page-not-recordable');
  await expect(panel.stepItems.nth(1).getByRole('note')).toContainText('chrome://version');
  await panel.stop();

  // A panel bound to a browser page explains why it cannot record, and offers no Start.
  const settings = await context.newPage();
  await settings.goto('chrome://version');
  const refused = await PanelPage.open(context, background, await tabIdOf(background, settings));
  await expect(refused.page.getByRole('note')).toHaveText(/cannot record browser pages/);
  await expect(refused.button('Start recording')).toBeDisabled();
});
