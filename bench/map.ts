/**
 * The journey map on a generated 2,000-step journey with 500 screenshots: time to its first screen, the
 * ZIP and HTML report exports, the page's JS heap, and importing that ZIP back from the library.
 */
import { stat } from 'node:fs/promises';
import { seedBigJourney } from './big-journey';
import type { BenchEnv } from './section';
import { formatMs, median } from './stats';

const renders = Number(process.env.BENCH_MAP_RENDERS ?? 5);

export async function benchMap({ context, extensionId, progress }: BenchEnv): Promise<string[]> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  // The store exists once a Trailnote page has read it: the panel's library does.
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.getByText('No journey yet').waitFor();
  progress('seeding 2,000 steps and 500 screenshots');
  const journeyId = await seedBigJourney(page);

  progress('first screen');
  const times: number[] = [];
  for (let i = 0; i < renders; i++) {
    await page.goto(`chrome-extension://${extensionId}/journey.html?id=${journeyId}`);
    // The first screen: the summary, the stage columns and the first lanes' cells, thumbnails requested.
    await page.getByRole('table', { name: /Journey map/ }).getByRole('img', { name: 'Emotion curve' }).waitFor();
    times.push(await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())))));
  }
  progress('exports');
  const exportMs: Record<string, number> = {};
  const exported: Record<string, string> = {};
  for (const name of ['Export ZIP', 'Export HTML report']) {
    const saved = page.waitForEvent('download', { timeout: 60_000 });
    const start = Date.now();
    await page.getByRole('button', { name, exact: true }).click();
    exported[name] = (await (await saved).path()) ?? '';
    exportMs[name] = Date.now() - start;
  }
  await page.mouse.wheel(0, 4000);
  await page.waitForTimeout(1000);
  const session = await context.newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');

  progress('import');
  const zipBytes = (await stat(exported['Export ZIP'])).size;
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  const importStart = Date.now();
  await page.getByLabel('Import journey').setInputFiles(exported['Export ZIP']);
  await page.getByRole('status', { name: 'Imports' }).getByText(/^Imported/).waitFor({ timeout: 60_000 });
  const importMs = Date.now() - importStart;
  return [
    `journey map first screen, 2,000 steps and 500 screenshots, 1440 × 900 (${renders} loads): median ${formatMs(median(times))}, worst ${formatMs(Math.max(...times))} (target ≤ 1 s)`,
    `export ZIP (journey.json, 500 screenshots, report.html, lanes.csv, recorder.json), click → file saved: ${formatMs(exportMs['Export ZIP'])} (target ≤ 5 s)`,
    `export HTML report (thumbnails inside), click → file saved: ${formatMs(exportMs['Export HTML report'])} (target ≤ 5 s)`,
    `journey map JS heap after scrolling, garbage collected: ${(usedSize / 2 ** 20).toFixed(1)} MB (target ≤ 150 MB)`,
    `import that ZIP (${(zipBytes / 2 ** 20).toFixed(1)} MB) from the library, file picked → journey saved: ${formatMs(importMs)} (target ≤ 5 s)`,
  ];
}
