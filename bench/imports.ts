/**
 * Imports that must not freeze the panel (issue 19): hostile files as big as the limits let through, read
 * from the library, with the longest task the panel's main thread ran meanwhile (the Long Tasks API reports
 * tasks over 50 ms). The panel should answer throughout: no task over 100 ms.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { zipSync } from 'fflate';
import type { BenchEnv } from './section';
import { formatMs } from './stats';

const MB = 2 ** 20;

/** An import's time, file picked → outcome shown, and the longest the panel's main thread was busy meanwhile. */
export interface ImportTiming {
  ms: number;
  longestTaskMs: number;
}

/** Imports a file through the library's "Import journey" input and waits for the outcome that matches. */
export async function importFile(page: Page, path: string, outcome: RegExp = /^Imported/): Promise<ImportTiming> {
  const shown = page.getByRole('status', { name: 'Imports' }).getByText(outcome);
  await page
    .getByRole('button', { name: 'Close', exact: true })
    .click({ timeout: 1_000 })
    .catch(() => undefined);
  await shown.waitFor({ state: 'detached' });
  await page.evaluate(() => {
    const tasks: number[] = [];
    new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
    Object.assign(window, { benchTasks: tasks });
  });
  const start = Date.now();
  await page.getByLabel('Import journey').setInputFiles(path);
  await shown.waitFor({ timeout: 120_000 });
  const ms = Date.now() - start;
  const longestTaskMs = await page.evaluate(() => Math.max(0, ...((window as unknown as { benchTasks: number[] }).benchTasks ?? [])));
  return { ms, longestTaskMs };
}

// Long tasks are those over 50 ms: none means the panel answered throughout.
export const importLine = (timing: ImportTiming): string =>
  `${formatMs(timing.ms)}, ${timing.longestTaskMs ? `the panel busy for at most ${formatMs(timing.longestTaskMs)} at a time` : 'no task over 50 ms'}`;

/** A journey file just under the 16 MB a JSON may weigh, whose journey is objects nested as deep as the bytes go. */
function nestedJson(): string {
  const head = '{"format":"trailnote.journey","version":1,"journey":';
  const depth = Math.floor((16 * MB - head.length - 2) / 7);
  return `${head}${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
}

/**
 * A share ZIP whose journey.json declares 1 GB: 64 MB of zeros deflated to 64 kB, with both of its headers
 * claiming 1 GB unpacked. The reader stops as soon as more comes out than a journey may weigh.
 */
function declaredGigabyteZip(): Uint8Array {
  const zip = Buffer.from(zipSync({ 'journey.json': new Uint8Array(64 * MB) }));
  // A ZIP library writes the true size: both headers (the local one first, the central one where the end
  // record says) are made to claim 1 GB.
  const central = zip.readUInt32LE(zip.length - 22 + 16);
  zip.writeUInt32LE(2 ** 30, 22);
  zip.writeUInt32LE(2 ** 30, central + 24);
  return zip;
}

export async function benchImports({ context, extensionId, progress }: BenchEnv): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.getByText('No journey yet').waitFor();
  const folder = await mkdtemp(join(tmpdir(), 'trailnote-bench-imports-'));
  const refused = /^Nothing was imported/;

  progress('16 MB of nested JSON');
  const nestedPath = join(folder, 'nested.json');
  await writeFile(nestedPath, nestedJson());
  const nested = await importFile(page, nestedPath, refused);

  progress('a ZIP declaring 1 GB');
  const zipPath = join(folder, 'declares-1-GB.zip');
  const zip = declaredGigabyteZip();
  await writeFile(zipPath, zip);
  const gigabyte = await importFile(page, zipPath, refused);
  return [
    `import 16 MB of nested JSON (refused): ${importLine(nested)} (target: no task over 100 ms)`,
    `import a ${(zip.length / 1024).toFixed(0)} kB ZIP whose journey.json declares 1 GB (refused): ${importLine(gigabyte)} (target: no task over 100 ms)`,
  ];
}
