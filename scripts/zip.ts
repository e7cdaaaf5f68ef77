/**
 * `npm run zip`: Trailnote as one file for people who install it by hand (README › Install). Builds the
 * extension, then writes `dist/trailnote-<version>-chrome.zip`, whose entries all sit in one folder,
 * `trailnote-<version>-chrome/`: unzipped, it is a folder people can see and choose in Chrome's **Load
 * unpacked**. The build folder itself (`.output/chrome-mv3`) is hidden: Mac and Windows file pickers do not show
 * folders whose name starts with a dot.
 *
 *   npm run zip [-- --out <dir>]
 *
 * The Chrome Web Store wants `manifest.json` at the top of the ZIP instead: `npx wxt zip` makes that one.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';

/** Where `wxt build` puts the Chrome build (WXT's default output folder for chrome, Manifest V3). */
const buildDir = resolve('.output/chrome-mv3');
const browser = 'chrome';

export interface ExtensionPackage {
  /** Absolute path of the ZIP. */
  zip: string;
  /** The one folder at the top of the ZIP: what people choose in Load unpacked. */
  folder: string;
  version: string;
}

/** The folder (and ZIP) name: the project's name, the built version and the browser, e.g. `trailnote-0.1.0-chrome`. */
export function packageName(name: string, version: string): string {
  return `${name}-${version}-${browser}`;
}

/** Every file under `dir`, as paths relative to it with forward slashes (ZIP paths), in a stable order. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Zips a built extension into `outDir`, every entry under one visible folder named after the built version. */
export async function packageExtension(outDir: string, from = buildDir): Promise<ExtensionPackage> {
  const manifest: { version?: string } = JSON.parse(await readFile(join(from, 'manifest.json'), 'utf8'));
  const project: { name: string } = JSON.parse(await readFile(resolve('package.json'), 'utf8'));
  if (!manifest.version) throw new Error(`${join(from, 'manifest.json')} has no version: build Trailnote again (npm run build)`);
  const folder = packageName(project.name, manifest.version);
  const entries: Record<string, Uint8Array> = {};
  for (const file of await filesUnder(from)) entries[`${folder}/${file}`] = await readFile(join(from, file));
  await mkdir(outDir, { recursive: true });
  const zip = join(outDir, `${folder}.zip`);
  await writeFile(zip, zipSync(entries, { level: 9 }));
  return { zip, folder, version: manifest.version };
}

function buildExtension(): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(resolve('node_modules/.bin/wxt'), ['build'], { stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`wxt build exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
  try {
    await buildExtension();
    const built = await packageExtension(resolve(values.out));
    console.log(`\nTrailnote ${built.version} is packaged: ${relative(process.cwd(), built.zip)}`);
    console.log(`Unzipped, it gives the folder ${built.folder}: README.md › Install says what to do with it.`);
  } catch (error) {
    console.error(`npm run zip failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

// Run only as `node --import tsx scripts/zip.ts`: a test may import packageExtension without packaging.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) void main();
