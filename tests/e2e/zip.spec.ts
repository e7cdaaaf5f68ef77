import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { chromePath, chromiumArgs, expect, serviceWorkerOf, test } from './fixtures';

/** Writes a ZIP's entries under `dir`, the way a double-click on the file unpacks it. */
async function unzipInto(entries: Record<string, Uint8Array>, dir: string): Promise<void> {
  for (const [path, bytes] of Object.entries(entries)) {
    if (path.endsWith('/')) continue;
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), bytes);
  }
}

test('npm run zip packages Trailnote in one visible folder that Chrome loads as it is', async () => {
  // Builds the extension again: the same sources give the same .output/chrome-mv3 the other specs load.
  test.setTimeout(180_000);
  const work = await mkdtemp(join(tmpdir(), 'trailnote-zip-test-'));
  try {
    const outDir = join(work, 'downloads');
    await promisify(execFile)('npm', ['run', 'zip', '--', '--out', outDir], { maxBuffer: 16 * 1024 * 1024 });

    const { version } = JSON.parse(await readFile('package.json', 'utf8'));
    const folder = `trailnote-${version}-chrome`;
    const entries = unzipSync(new Uint8Array(await readFile(join(outDir, `${folder}.zip`))));
    const paths = Object.keys(entries);
    // Every entry in the one folder, and no hidden folder (.output) anywhere: file pickers show the whole path.
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) {
      expect(path.startsWith(`${folder}/`), path).toBe(true);
      expect(
        path.split('/').some((part) => part.startsWith('.')),
        path,
      ).toBe(false);
    }
    const manifest = JSON.parse(strFromU8(entries[`${folder}/manifest.json`]));
    expect(manifest).toMatchObject({ manifest_version: 3, version, side_panel: { default_path: 'sidepanel.html' } });

    // Unzipped, the folder is what people choose in Load unpacked: Chrome runs it and the panel opens.
    const unzipped = join(work, 'unzipped');
    await unzipInto(entries, unzipped);
    const context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: chromePath,
      headless: true,
      args: chromiumArgs(join(unzipped, folder)),
    });
    try {
      const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await expect(panel.getByRole('button', { name: 'Start recording' })).toBeVisible();
    } finally {
      await context.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
