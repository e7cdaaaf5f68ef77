/**
 * `npm run demo`: a newcomer's first run. Builds Trailnote, serves the demo shop, walks it in Chromium through
 * the real side panel (stages, emotions, notes), and saves the journey map's ZIP, HTML report and JSON.
 *
 *   npm run demo [-- --headed] [-- --out <dir>]
 *
 * `runDemo()` is the walk and the exports without the build, for tests/e2e/demo.spec.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { allowTsxNames, chromePath, extensionPath, launchWithExtension, serviceWorkerOf } from '../tests/e2e/fixtures';
import { exportFromMap } from '../tests/e2e/map-exports';
import { PanelPage } from '../tests/e2e/panel-page';
import { annotatedWalk } from '../tests/e2e/walks';
import { startShop } from '../tests/shop/server';

export const demoTitle = 'Buy a tent on Northwind Outfitters';
/** The demo's temporary Chromium profiles are `<tmpdir>/trailnote-demo-profile-…`, deleted after each run. */
export const demoProfilePrefix = 'trailnote-demo-profile-';

export interface DemoOptions {
  /** Where the three files go; created if missing. Files of an earlier run with the same names are replaced. */
  outDir: string;
  /** Show Chromium's windows (default: headless). */
  headed?: boolean;
  /** Aborting closes the browser: the walk stops at once and everything is cleaned up. */
  signal?: AbortSignal;
  /** Says what the demo is doing, one line at a time. */
  progress?: (line: string) => void;
}

/** Absolute paths of the saved exports. */
export interface DemoFiles {
  zip: string;
  html: string;
  json: string;
}

/** The map's export buttons (the accessible names of docs/architecture.md, Contracts) for each file the demo keeps. */
const exportButtons: Record<keyof DemoFiles, string> = {
  zip: 'Export ZIP',
  html: 'Export HTML report',
  json: 'Export JSON',
};

/**
 * Walks the demo shop with Trailnote and saves the three exports into `outDir`. Expects the extension built
 * in .output/chrome-mv3 (`npm run build`). Closes the browser, deletes its profile and stops the shop, whatever
 * happens.
 */
export async function runDemo({ outDir, headed = false, signal, progress = () => {} }: DemoOptions): Promise<DemoFiles> {
  checkBrowser(headed);
  if (!existsSync(join(extensionPath, 'manifest.json'))) throw new Error(`Trailnote is not built in ${extensionPath}: run npm run build first`);
  signal?.throwIfAborted();
  const out = resolve(outDir);
  await mkdir(out, { recursive: true });

  const shop = await startShop();
  const profile = await mkdtemp(join(tmpdir(), demoProfilePrefix));
  let context: BrowserContext | undefined;
  // One closing for all: a second close() returns before Chromium has exited, and the profile must not be
  // deleted while Chromium still writes to it.
  let closing: Promise<void> | undefined;
  const closeBrowser = () => (closing ??= context?.close().catch(() => undefined)); // already closed on a crash: keep the first error
  const closeOnAbort = () => void closeBrowser(); // the `finally` below awaits the same close
  signal?.addEventListener('abort', closeOnAbort, { once: true });
  try {
    progress(`Demo shop at ${shop.origin}/; starting Chromium${headed ? '' : ' (headless)'} with Trailnote…`);
    // A caller with a signal owns Ctrl-C: Playwright's handler would exit the process before this cleanup.
    context = await launchWithExtension(profile, { headless: !headed, handleSIGINT: !signal, handleSIGTERM: !signal });
    signal?.throwIfAborted();
    await allowTsxNames(context);
    const background = await serviceWorkerOf(context);

    progress('Walking the shop: home → tents → product → cart, with a stage, a feeling and a note on each page…');
    const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/');
    await annotatedWalk(
      panel,
      shopPage,
      demoTitle,
      { home: 'Positive', tents: 'Negative', product: 'Very positive', cart: 'Very negative' },
      { persona: 'First-time camper', goal: 'Buy a two-person tent for a summer weekend' },
    );

    progress('Opening the journey map and exporting…');
    const opened = context.waitForEvent('page');
    await panel.page.getByRole('link', { name: 'Open journey map' }).click();
    const map = await opened;
    await map.waitForLoadState('domcontentloaded');
    return {
      zip: await saveExport(map, exportButtons.zip, out),
      html: await saveExport(map, exportButtons.html, out),
      json: await saveExport(map, exportButtons.json, out),
    };
  } finally {
    signal?.removeEventListener('abort', closeOnAbort);
    await closeBrowser();
    await shop.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true, maxRetries: 3 }).catch((error: Error) => progress(`Could not delete the temporary profile ${profile}: ${error.message}`));
  }
}

/** Throws, before anything starts, when Chromium cannot run as asked. */
function checkBrowser(headed: boolean): void {
  if (!existsSync(chromePath)) throw new Error(`No Chromium at ${chromePath}: install it (apt install chromium) or set CHROME_PATH`);
  // Chromium's own complaint is buried in Playwright's launch log; say it plainly.
  if (headed && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('--headed needs a display, and this session has none ($DISPLAY is unset): run without --headed, or under xvfb-run');
  }
}

/** Clicks one export button of the map and saves its download in `outDir` under the name the map gave it. */
async function saveExport(map: Page, button: string, outDir: string): Promise<string> {
  const download = await exportFromMap(map, button);
  // The map names files after the journey's title, never a path (lib/export/download.ts); basename keeps it so.
  const file = join(outDir, basename(download.suggestedFilename()));
  await download.saveAs(file);
  return file;
}

/** `wxt build`, its output on this terminal. Rejects when it fails; aborting stops it. */
function buildExtension(signal: AbortSignal): Promise<void> {
  return new Promise((done, fail) => {
    // The project's own wxt, not `npx wxt`: npx does not pass a signal on, so a stopped demo would go on building.
    const child = spawn(resolve('node_modules/.bin/wxt'), ['build'], { stdio: 'inherit' });
    const stop = () => child.kill('SIGINT');
    signal.addEventListener('abort', stop, { once: true });
    child.on('error', (error) => fail(new Error(`could not run wxt build (${error.message}): run npm install first`)));
    child.on('exit', (code, killedBy) => {
      signal.removeEventListener('abort', stop);
      if (code === 0) done();
      else fail(new Error(`the extension did not build (wxt build ${killedBy ? `stopped by ${killedBy}` : `exited with code ${code}`}); see its messages above`));
    });
  });
}

function summary(files: DemoFiles, seconds: number, outDir: string, headed: boolean): string {
  const near = relative(process.cwd(), outDir);
  const where = near === '' ? '.' : near.startsWith('..') ? outDir : near;
  return [
    '',
    `Done in ${seconds} s. The demo journey "${demoTitle}" is in ${where}/:`,
    `  HTML report  ${files.html}`,
    `  ZIP          ${files.zip}`,
    `  JSON         ${files.json}`,
    '',
    'Open the HTML report in any browser: the map of the walk, its emotion curve, notes and screenshots.',
    'The ZIP is the share file (journey.json, screenshots, report, CSV lanes, a Chrome Recorder flow);',
    "the JSON is the walk alone, in Trailnote's share format. A colleague imports either in their own",
    'Trailnote: side panel → Library → Import journey.',
    headed ? '' : 'To watch the walk: npm run demo -- --headed',
  ].join('\n');
}

/** The shell's code for a process ended by a signal: 130 for Ctrl-C, 143 for SIGTERM. */
function exitCodeOf(signal: NodeJS.Signals): number {
  return 128 + (signal === 'SIGINT' ? 2 : 15);
}

async function main(): Promise<void> {
  let args: { headed: boolean; outDir: string };
  try {
    const { values } = parseArgs({ options: { headed: { type: 'boolean', default: false }, out: { type: 'string', default: 'demo-output' } } });
    args = { headed: values.headed, outDir: resolve(values.out) };
  } catch (error) {
    console.error(`npm run demo: ${error instanceof Error ? error.message : String(error)}. Usage: npm run demo -- [--headed] [--out <dir>]`);
    process.exitCode = 2;
    return;
  }

  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stoppedBy) process.exit(exitCodeOf(signal)); // pressed again: stop waiting for the cleanup
    stoppedBy = signal;
    console.error(`\n${signal === 'SIGINT' ? 'Ctrl-C' : signal}: stopping the demo and cleaning up…`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const started = performance.now();
  try {
    checkBrowser(args.headed); // before a build that would be for nothing
    console.log('Building Trailnote (wxt build)…');
    await buildExtension(controller.signal);
    const files = await runDemo({ ...args, signal: controller.signal, progress: (line) => console.log(line) });
    console.log(summary(files, Math.round((performance.now() - started) / 1000), args.outDir, args.headed));
  } catch (error) {
    if (stoppedBy) {
      console.error('Demo stopped. The browser, its temporary profile and the demo shop are closed.');
      process.exitCode = exitCodeOf(stoppedBy);
    } else {
      // Playwright's errors run on with a call log: the first line says what went wrong.
      const message = error instanceof Error ? error.message : String(error);
      console.error(`npm run demo failed: ${message.split('\n')[0]}`);
      process.exitCode = 1;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

// Run only as `node --import tsx scripts/demo.ts`: a test imports runDemo without starting the CLI.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) void main();
