/**
 * Takes the pictures of README.md › Install (docs/images/install-*.png) in Debian's Chromium, from the package
 * `npm run zip` made, so they show what people see when Chrome's pages change:
 *
 *   npm run zip && node --import tsx scripts/install-screenshots.ts
 *
 * 1. the ZIP downloaded (chrome://downloads), 2. chrome://extensions with Developer mode on and Load unpacked,
 * 3. Trailnote loaded from its unzipped folder. The browser's own toolbar (pinning, the side panel) is not a
 * page and cannot be photographed headless: README shows the panel with docs/images/panel.png.
 */
import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { chromePath, chromiumArgs } from '../tests/e2e/fixtures';
import { packageName } from './zip';

const imagesDir = resolve('docs/images');
const width = 1100;

/** Launches Chromium with a fresh profile, with the unzipped extension loaded when one is given. */
async function launch(profile: string, extension?: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromePath,
    headless: true,
    args: extension ? chromiumArgs(extension) : ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
    viewport: { width, height: 720 },
    locale: 'en-US',
    colorScheme: 'light',
  });
}

/** Rings what the reader must click, labelled as README.md › Install numbers the clicks (①, ②, ③; ✓ for the result). */
async function ring(page: Page, target: Locator, label: string): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error(`Nothing to ring for ${label}: the page changed`);
  // A string, not a function: tsx renames functions, and chrome:// pages allow no injected script tags.
  await page.evaluate(`(() => {
    const box = ${JSON.stringify(box)};
    const ring = document.createElement('div');
    ring.style.cssText = 'position:fixed;z-index:99999;pointer-events:none;box-sizing:border-box;border:3px solid #d9480f;border-radius:12px;' +
      'left:' + (box.x - 6) + 'px;top:' + (box.y - 6) + 'px;width:' + (box.width + 12) + 'px;height:' + (box.height + 12) + 'px';
    const badge = document.createElement('span');
    badge.textContent = ${JSON.stringify(label)};
    badge.style.cssText = 'position:absolute;left:-14px;top:-14px;width:24px;height:24px;border-radius:50%;background:#d9480f;' +
      'color:#fff;font:700 14px/24px system-ui,sans-serif;text-align:center';
    ring.append(badge);
    document.body.append(ring);
  })()`);
}

async function shoot(page: Page, name: string, height: number): Promise<void> {
  await page.mouse.click(width - 5, height - 5); // nothing focused: no focus ring in the picture
  await page.screenshot({ path: join(imagesDir, name), clip: { x: 0, y: 0, width, height } });
  console.log(`docs/images/${name}`);
}

/** Serves the ZIP as a download, the way a shared drive or a release page hands it out. */
async function serveDownload(zip: Uint8Array, fileName: string): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/zip', 'content-disposition': `attachment; filename="${fileName}"` });
    response.end(zip);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return server;
}

async function downloadPicture(work: string, zip: Uint8Array, fileName: string): Promise<void> {
  const server = await serveDownload(zip, fileName);
  const context = await launch(join(work, 'profile-download'));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // Chrome's own download (not Playwright's, which names files by a random id), so the list shows the file's name.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: join(work, 'Downloads'), eventsEnabled: true });
    const downloaded = new Promise<void>((done) => cdp.on('Browser.downloadProgress', (event) => event.state === 'completed' && done()));
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/${fileName}`).catch(() => {
      // Expected: a download ends the navigation ("Download is starting").
    });
    await downloaded;
    await page.goto('chrome://downloads');
    await page.getByRole('link', { name: fileName }).waitFor();
    await ring(page, page.locator('downloads-item').getByRole('button', { name: 'Show in folder' }), '1');
    await shoot(page, 'install-download.png', 220);
  } finally {
    await context.close();
    server.close();
  }
}

/** chrome://extensions with Developer mode switched on. */
async function openExtensionsPage(context: BrowserContext): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('chrome://extensions');
  const developerMode = page.locator('#devMode');
  if ((await developerMode.getAttribute('aria-pressed')) !== 'true') await developerMode.click();
  await page.locator('#loadUnpacked').waitFor();
  return page;
}

async function developerModePicture(work: string): Promise<void> {
  const context = await launch(join(work, 'profile-developer-mode'));
  try {
    const page = await openExtensionsPage(context);
    await ring(page, page.locator('#devMode'), '2');
    await ring(page, page.locator('#loadUnpacked'), '3');
    await shoot(page, 'install-developer-mode.png', 200);
  } finally {
    await context.close();
  }
}

async function loadedPicture(work: string, folder: string): Promise<void> {
  const context = await launch(join(work, 'profile-loaded'), folder);
  try {
    const page = await openExtensionsPage(context);
    const card = page.locator('extensions-item').filter({ hasText: 'Trailnote' });
    await card.waitFor();
    await ring(page, card.locator('#card'), '✓');
    await shoot(page, 'install-loaded.png', 424);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const { name, version }: { name: string; version: string } = JSON.parse(await readFile('package.json', 'utf8'));
  const folder = packageName(name, version);
  const zipPath = resolve('dist', `${folder}.zip`);
  const zip = new Uint8Array(await readFile(zipPath).catch(() => Promise.reject(new Error(`${zipPath} is missing: run npm run zip first`))));
  const work = await mkdtemp(join(tmpdir(), 'trailnote-install-pictures-'));
  try {
    // Unzipped where people keep it: Chrome runs Trailnote from this folder.
    const documents = join(work, 'Documents');
    for (const [path, bytes] of Object.entries(unzipSync(zip))) {
      await mkdir(dirname(join(documents, path)), { recursive: true });
      await writeFile(join(documents, path), bytes);
    }
    await mkdir(imagesDir, { recursive: true });
    await downloadPicture(work, zip, `${folder}.zip`);
    await developerModePicture(work);
    await loadedPicture(work, join(documents, folder));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`Install pictures failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
