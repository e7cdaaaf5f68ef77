import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { exportedFile } from './map-exports';
import { PanelPage } from './panel-page';
import { annotatedWalk } from './walks';

/** The lanes' pictures are thumbnails at most this wide (lib/capture): a finding's picture must be bigger. */
const THUMBNAIL_WIDTH = 320;

/** Screenshots of the report to look at: 1280 and 1920 px, light and dark, and as printed. */
async function pictureReport(report: Page, name: string): Promise<void> {
  for (const width of [1280, 1920]) {
    await report.setViewportSize({ width, height: 900 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await report.emulateMedia({ media: 'screen', colorScheme });
      await report.screenshot({ path: test.info().outputPath(`${name}-${width}-${colorScheme}.png`), fullPage: true });
      await report.screenshot({ path: test.info().outputPath(`${name}-${width}-${colorScheme}-top.png`) });
      await report.locator('#map tr.emotion').screenshot({ path: test.info().outputPath(`${name}-${width}-${colorScheme}-curve.png`) });
    }
  }
  // An A4 landscape page's printable width at 96 dpi (297 mm less 10 mm margins each side).
  await report.setViewportSize({ width: 1047, height: 718 });
  await report.emulateMedia({ media: 'print', colorScheme: 'light' });
  await report.screenshot({ path: test.info().outputPath(`${name}-print.png`), fullPage: true });
  await report.pdf({ path: test.info().outputPath(`${name}.pdf`), landscape: true, printBackground: true, preferCSSPageSize: true });
  await report.emulateMedia({ media: 'screen', colorScheme: 'light' });
  await report.setViewportSize({ width: 1280, height: 900 });
}

test('the HTML report fits 1280 px, draws each point in its stage, and lists the findings with full pictures', async ({ context, background, shop }) => {
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/');
  const felt = { home: 'Positive', tents: 'Negative', product: 'Very positive', cart: 'Very negative' };
  // On to the checkout, a second dip next to the cart's: their labels must not overlap.
  await annotatedWalk(panel, shopPage, 'Northwind: buy a tent', felt, undefined, async () => {
    await shopPage.getByRole('link', { name: 'Checkout', exact: true }).click();
    await expect(panel.stepNamed('Opened Checkout')).toBeVisible();
    await panel.rate('Very negative');
    await panel.addNote('Friction', 'Forced to create a password before paying');
    // The moment the tester would show their boss: a key moment.
    const checkout = panel.stepNamed('Opened Checkout');
    await checkout.getByRole('button', { name: /^Details of step/ }).click();
    await checkout.getByRole('checkbox', { name: 'Key moment' }).check();
    await expect(checkout).toContainText('★');
  });

  const opened = context.waitForEvent('page');
  await panel.page.getByRole('link', { name: 'Open journey map' }).click();
  const map = await opened;
  const reportFile = test.info().outputPath('report.html');
  // Saved under its own name: Playwright keeps downloads under a bare id, which a browser opens as text.
  copyFileSync(await exportedFile(map, 'Export HTML report'), reportFile);
  test.info().annotations.push({ type: 'report size', description: `${statSync(reportFile).size} bytes` });

  const report = await context.newPage();
  await report.setViewportSize({ width: 1280, height: 900 });
  await report.goto(pathToFileURL(reportFile).href);
  await pictureReport(report, 'report');
  await expect(report.locator('script')).toHaveCount(0);

  // No sideways scrolling at 1280 px.
  const widths = await report.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);

  // Every point of the curve lies inside the column of its step's stage (where the actions lane lists the step).
  const points = await report.evaluate(() => {
    const stages = [...document.querySelectorAll('#map thead th')].slice(1).map((header) => header.getBoundingClientRect());
    return [...document.querySelectorAll('#map circle.point')].map((point) => {
      const box = point.getBoundingClientRect();
      const cell = document.getElementById(`step-${point.getAttribute('data-step')}`)!.closest('td')!;
      const stage = stages[[...cell.parentElement!.children].indexOf(cell) - 1];
      return { x: box.left + box.width / 2, left: stage.left, right: stage.right };
    });
  });
  expect(points).toHaveLength(5);
  for (const point of points) {
    expect(point.x).toBeGreaterThan(point.left);
    expect(point.x).toBeLessThan(point.right);
  }

  // The labels of the dips and peaks: inside their column, none over another (the cart's and the checkout's are neighbours).
  const labels = await report.evaluate(() =>
    [...document.querySelectorAll('#map text.dip, #map text.peak')].map((label) => {
      const { left, right, top, bottom } = label.getBoundingClientRect();
      const cell = label.closest('td')!.getBoundingClientRect();
      const text = [...label.querySelectorAll('tspan')].map((line) => line.textContent).join(' ');
      return { text, left, right, top, bottom, cellLeft: cell.left, cellRight: cell.right };
    }),
  );
  // Each its step's note, wrapped to its column's width and cut when longer.
  const notes = [
    'The hero says what the shop sells',
    'No filter for tent size',
    'Show the packed size next to the photo',
    'The cart took ages to open',
    'Forced to create a password before paying',
  ];
  expect(labels).toHaveLength(notes.length);
  labels.forEach((label, index) => expect(notes[index].startsWith(label.text.replace(/…$/, ''))).toBe(true));
  for (const [index, label] of labels.entries()) {
    expect(label.left).toBeGreaterThanOrEqual(label.cellLeft);
    expect(label.right).toBeLessThanOrEqual(label.cellRight);
    for (const other of labels.slice(index + 1)) {
      const apart = label.right <= other.left || other.right <= label.left || label.bottom <= other.top || other.bottom <= label.top;
      expect(apart, `"${label.text}" overlaps "${other.text}"`).toBe(true);
    }
  }
  // Faces, not numbers, on the curve's axis.
  await expect(report.locator('#map tr.emotion th svg.face')).toHaveCount(5);

  // The stages the walk did not reach collapse to a narrow column, still named.
  const service = report.getByRole('columnheader', { name: '5. Service' });
  expect((await service.boundingBox())!.width).toBeLessThan(60);
  await expect(report.locator('#map td.collapsed .stage-name')).toHaveText(['Service · 0 steps', 'Loyalty · 0 steps']);

  // Findings: every note and the key moment, each with its full-size screenshot, reached from the map by anchor.
  const findings = report.locator('li.finding');
  await expect(findings).toHaveCount(5);
  for (const note of notes) {
    await expect(findings.filter({ hasText: note })).toHaveCount(1);
  }
  const keyMoment = findings.filter({ hasText: 'Opened Checkout' });
  await expect(keyMoment).toContainText('Key moment');
  await expect(report.locator('#map li.key')).toContainText(['Opened Checkout']);
  await expect(report.locator('#map li.key')).toContainText(['Key moment']);
  const pictures = findings.getByRole('img', { name: /^Screenshot of step/ });
  await expect(pictures).toHaveCount(5);
  const naturalWidths = await pictures.evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth));
  for (const width of naturalWidths) expect(width).toBeGreaterThan(THUMBNAIL_WIDTH);
  await report.locator('#map .note a', { hasText: 'Friction' }).first().click();
  expect(new URL(report.url()).hash).toMatch(/^#finding-\d+$/);
  const target = report.locator(new URL(report.url()).hash);
  await expect(target).toContainText('No filter for tent size');
  await expect(target).toBeInViewport();

  // Printed: landscape pages.
  const pdf = readFileSync(test.info().outputPath('report.pdf'), 'latin1');
  const pages = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((match) => [Number(match[1]), Number(match[2])]);
  expect(pages.length).toBeGreaterThan(1);
  for (const [width, height] of pages) expect(width).toBeGreaterThan(height);
});
