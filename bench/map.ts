/**
 * The journey map on a generated 2,000-step journey with 500 screenshots: time to its first screen, the
 * ZIP and HTML report exports, the page's JS heap, and importing that ZIP back from the library.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { unzipSync, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { exportedFile } from '../tests/e2e/map-exports';
import { pageWithBigJourney } from './big-journey';
import { importFile, importLine } from './imports';
import type { BenchEnv } from './section';
import { formatMs, median } from './stats';

const renders = Number(process.env.BENCH_MAP_RENDERS ?? 5);

/** Opens the map and resolves with the ms from navigation start to its first screen painted. */
export async function mapFirstScreen(page: Page, url: string): Promise<number> {
  await page.goto(url);
  // The first screen: the summary, the stage columns and the first lanes' cells, thumbnails requested.
  await page
    .getByRole('table', { name: /Journey map/ })
    .getByRole('img', { name: 'Emotion curve' })
    .waitFor();
  return nextFrame(page);
}

/** The page's clock at its next frame: what was drawn before is on screen. */
export const nextFrame = (page: Page): Promise<number> => page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));

export async function benchMap(env: BenchEnv): Promise<string[]> {
  const { context, extensionId, progress } = env;
  const { page, journeyId } = await pageWithBigJourney(env, { width: 1440, height: 900 });

  progress('first screen');
  const times: number[] = [];
  for (let i = 0; i < renders; i++) times.push(await mapFirstScreen(page, `chrome-extension://${extensionId}/journey.html?id=${journeyId}`));
  progress('exports');
  const exportMs: Record<string, number> = {};
  const exported: Record<string, string> = {};
  for (const name of ['Export ZIP', 'Export HTML report']) {
    const start = Date.now();
    exported[name] = await exportedFile(page, name);
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
  const imported = await importFile(page, exported['Export ZIP']);
  // The same ZIP as exported before thumbnails travelled with the screenshots: the import draws 500 of them.
  const entries = unzipSync(new Uint8Array(await readFile(exported['Export ZIP'])));
  for (const name of Object.keys(entries)) if (name.startsWith('thumbnails/')) delete entries[name];
  const withoutThumbnails = `${exported['Export ZIP']}-without-thumbnails.zip`;
  await writeFile(withoutThumbnails, zipSync(entries, { level: 0 }));
  const drawing = await importFile(page, withoutThumbnails);
  // Generated pictures are flat colours (~15 kB); real screenshots weigh 50–150 kB. Padded with comment
  // segments to 120 kB each, the same walk measures what the bytes cost.
  const heavy = unzipSync(new Uint8Array(await readFile(exported['Export ZIP'])));
  for (const name of Object.keys(heavy)) if (name.startsWith('screenshots/')) heavy[name] = paddedJpeg(heavy[name], 120_000);
  const heavyPath = `${exported['Export ZIP']}-heavy.zip`;
  const heavyZip = zipSync(heavy, { level: 0 });
  await writeFile(heavyPath, heavyZip);
  const heavyImport = await importFile(page, heavyPath);
  return [
    `journey map first screen, 2,000 steps and 500 screenshots, 1440 × 900 (${renders} loads): median ${formatMs(median(times))}, worst ${formatMs(Math.max(...times))} (target ≤ 1 s)`,
    `export ZIP (journey.json, 500 screenshots and thumbnails, report.html, lanes.csv, recorder.json), click → file saved: ${formatMs(exportMs['Export ZIP'])} (target ≤ 5 s)`,
    `export HTML report (thumbnails inside), click → file saved: ${formatMs(exportMs['Export HTML report'])} (target ≤ 5 s)`,
    `journey map JS heap after scrolling, garbage collected: ${(usedSize / 2 ** 20).toFixed(1)} MB (target ≤ 150 MB)`,
    `import that ZIP (${(zipBytes / 2 ** 20).toFixed(1)} MB) from the library, file picked → journey saved: ${importLine(imported)} (target ≤ 5 s)`,
    `import the same ZIP with 120 kB screenshots (${(heavyZip.length / 2 ** 20).toFixed(1)} MB): ${importLine(heavyImport)} (target ≤ 5 s)`,
    `import the same ZIP without its thumbnails (ZIPs exported before they were included; 500 drawn on import): ${importLine(drawing)}`,
  ];
}

/** A JPEG made heavier with COM (comment) segments of random bytes after its SOI marker: still the same picture. */
function paddedJpeg(jpeg: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const segments: Uint8Array[] = [jpeg.subarray(0, 2)];
  for (let added = jpeg.length; added < size; added += 65_537) {
    const segment = new Uint8Array(65_537);
    segment.set([0xff, 0xfe, 0xff, 0xff]);
    for (let at = 4; at < segment.length; at++) segment[at] = (at * 2_654_435_761) >>> 24;
    segments.push(segment);
  }
  segments.push(jpeg.subarray(2));
  const padded = new Uint8Array(segments.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of segments) {
    padded.set(part, offset);
    offset += part.length;
  }
  return padded;
}
