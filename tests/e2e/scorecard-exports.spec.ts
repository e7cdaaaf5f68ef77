import { copyFileSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { exportedFile } from './map-exports';
import { PanelPage } from './panel-page';
import { scoredWalkToTents } from './walks';

/**
 * Issue 18, the export side: a walk of the demo shop scored against E-commerce purchase (a critical Fail with a
 * comment, a rating, Not applicable) comes out with its scorecard in every export — the ZIP, the JSON, the
 * scorecard's own CSV, the Markdown and the HTML report — and the JSON, imported back, brings the same
 * scorecard, its evidence pointing at the imported steps.
 */

/** A dump's answers as a colleague compares them: the evidence by its step's number, not its id. */
function answersBySeq(
  journey: { scorecard?: { answers: Array<{ criterionId: string; answer: unknown; stepId?: string; comment?: string }> } },
  steps: Array<{ id: string; seq: number }>,
) {
  const seqOf = new Map(steps.map((step) => [step.id, step.seq]));
  return (journey.scorecard?.answers ?? [])
    .map(({ criterionId, answer, stepId, comment }) => ({ criterionId, answer, comment, step: stepId && seqOf.get(stepId) }))
    .sort((a, b) => a.criterionId.localeCompare(b.criterionId));
}

test('a scored walk of the demo shop exports its scorecard in every format and imports back with it', async ({ context, background, shop }) => {
  test.setTimeout(120_000);
  const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/');
  const page = panel.page;
  await scoredWalkToTents(panel, shopPage, 'Scored <walk> "exports"');
  await panel.criterionAnswer('Form errors say what to fix, next to the field', 'Not applicable').check();
  const comment = page.getByRole('listitem').filter({ hasText: 'No surprise cost appears at payment' }).getByRole('textbox', { name: 'Comment' });
  const hostile = '=SUM(A1) <img src=x onerror=alert(1)> [fee](javascript:alert(1)) | €4.90';
  await comment.fill(hostile);
  // Another criterion answered while the comment is being typed: the store's change must not wipe the words.
  await panel.criterionAnswer('Overall impression of the product pages', '4').check();
  await expect.poll(async () => (await panel.dump()).journeys[0].scorecard?.answers.some((answer) => answer.answer === 4)).toBe(true);
  await expect(comment).toHaveValue(hostile);
  await comment.press('Enter');
  await expect.poll(async () => (await panel.dump()).journeys[0].scorecard?.answers.find((answer) => answer.criterionId === 'no-surprise-cost')?.comment).toBe(hostile);

  await panel.button('Journey').click();
  await panel.stop();
  const { journeys, steps } = await panel.settled();
  const original = answersBySeq(journeys[0], steps);
  const tents = steps.find((step) => step.title.startsWith('Tents'))!;
  expect(original.find((answer) => answer.criterionId === 'no-surprise-cost')).toEqual({ criterionId: 'no-surprise-cost', answer: 'fail', comment: hostile, step: tents.seq });

  const opened = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Open journey map' }).click();
  const map = await opened;
  // The scorecard's button sits with the other exports, in the map's toolbar, also on a phone-sized window.
  await expect(map.getByRole('group', { name: 'Export' }).getByRole('button')).toHaveText([
    'Export ZIP',
    'Export HTML report',
    'Export JSON',
    'Export CSV',
    'Export scorecard CSV',
    'Export Markdown',
    'Export Chrome Recorder',
  ]);
  for (const scheme of ['light', 'dark'] as const) {
    await map.emulateMedia({ colorScheme: scheme });
    await map.setViewportSize({ width: 360, height: 700 });
    await map.locator('header.toolbar').screenshot({ path: test.info().outputPath(`map-exports-${scheme}.png`) });
  }
  await map.setViewportSize({ width: 1400, height: 1000 });

  // The ZIP: scorecard.csv beside the others, the scorecard in journey.json and report.html.
  const zip = unzipSync(new Uint8Array(readFileSync(await exportedFile(map, 'Export ZIP'))));
  expect(Object.keys(zip)).toContain('scorecard.csv');
  expect(JSON.parse(strFromU8(zip['journey.json'])).scorecard.template.id).toBe('ecommerce-purchase');
  expect(strFromU8(zip['report.html'])).toContain('id="scorecard-title"');

  // The JSON: the template as chosen, the answers with the ids of the file's own steps.
  const jsonPath = await exportedFile(map, 'Export JSON');
  const file = JSON.parse(readFileSync(jsonPath, 'utf8'));
  expect(file.version).toBe(1);
  expect(file.scorecard.template.title).toBe('E-commerce purchase');
  expect(answersBySeq(file, file.steps)).toEqual(original);

  // The scorecard's own CSV, on its own button: formulas inert, the critical Fail, the scores.
  const csvBytes = readFileSync(await exportedFile(map, 'Export scorecard CSV'));
  expect(Buffer.compare(csvBytes, Buffer.from(zip['scorecard.csv']))).toBe(0);
  const csv = csvBytes.toString('utf8');
  const criteria = file.scorecard.template.groups.flatMap((group: { criteria: unknown[] }) => group.criteria).length;
  expect(csv).toContain(
    `"Purchase","No surprise cost appears at payment","3","Yes","Fail","'=SUM(A1) <img src=x onerror=alert(1)> [fee](javascript:alert(1)) | €4.90","${tents.seq}","0"`,
  );
  expect(csv).toContain(`"Overall","E-commerce purchase","","Critical failures: 1","6 of ${criteria} answered","","","61"`);

  // The Markdown: the overall score, the critical failure apart, the comment escaped.
  const markdown = readFileSync(await exportedFile(map, 'Export Markdown'), 'utf8');
  expect(markdown).toContain('- **Scorecard:** 61 % — E\\-commerce purchase');
  expect(markdown).toContain('**Overall: 61 %**');
  expect(markdown).toContain(`- **Fail** — No surprise cost appears at payment · Purchase · weight 3 · **Critical** · Step ${tents.seq}`);
  expect(markdown).toContain('\\=SUM\\(A1\\) \\<img src\\=x onerror\\=alert\\(1\\)\\> \\[fee\\]\\(javascript:alert\\(1\\)\\)');

  // The HTML report, opened as a reader would: the section, its scores, the evidence's thumbnail linked to its step.
  // Under its name: Playwright keeps a download under a bare id, which a browser would show as text.
  const reportPath = test.info().outputPath('report.html');
  copyFileSync(await exportedFile(map, 'Export HTML report'), reportPath);
  const report = await context.newPage();
  await report.setViewportSize({ width: 1400, height: 1000 });
  await report.goto(`file://${reportPath}`);
  const section = report.getByRole('region', { name: 'Scorecard' });
  await expect(section.getByRole('heading', { name: 'Scorecard', level: 2 })).toBeVisible();
  await expect(section.locator('.scores .overall')).toHaveText(/Overall\s*61 %/);
  await expect(section.locator('.critical li')).toHaveCount(1);
  await expect(section.locator('.critical li')).toContainText(hostile);
  const evidence = section
    .getByRole('row')
    .filter({ hasText: 'No surprise cost appears at payment' })
    .getByRole('link', { name: `Step ${tents.seq}` });
  await expect(evidence).toHaveAttribute('href', `#step-${tents.seq}`);
  await expect.poll(() => evidence.locator('img').evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await evidence.click();
  await expect(report.locator(`#step-${tents.seq}`)).toBeInViewport();
  expect(await report.locator('img[src^="http"], script').count()).toBe(0);
  for (const scheme of ['light', 'dark'] as const) {
    await report.emulateMedia({ colorScheme: scheme });
    await section.screenshot({ path: test.info().outputPath(`report-scorecard-${scheme}.png`) });
  }
  await report.close();

  // The JSON imported back: the same scorecard, its evidence on the imported steps of the same numbers.
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.getByLabel('Import journey').setInputFiles({ name: 'scored.trailnote.json', mimeType: 'application/json', buffer: readFileSync(jsonPath) });
  await expect(page.getByRole('status', { name: 'Imports' })).toContainText('Imported “Scored <walk> "exports"”');
  const after = await panel.dump();
  const imported = after.journeys.find((journey) => journey.importedAt !== undefined)!;
  const importedSteps = after.steps.filter((step) => step.journeyId === imported.id);
  expect(imported.scorecard?.template).toEqual(journeys[0].scorecard?.template);
  expect(answersBySeq(imported, importedSteps)).toEqual(original);
  for (const answer of imported.scorecard!.answers) if (answer.stepId) expect(importedSteps.map((step) => step.id)).toContain(answer.stepId);
});
