/**
 * `npm run bench`: the figures docs/benchmarks.md records, each section in a fresh Chromium profile with the
 * built extension. `BENCH_ONLY=recording,panel npm run bench` runs some sections. Not part of `npm test`:
 * machines are noisy, so the figures are read by people, not asserted.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { allowTsxNames, extensionPath, launchWithExtension, serviceWorkerOf } from '../tests/e2e/fixtures';
import { startShop } from '../tests/shop/server';
import { benchImports } from './imports';
import { benchMap } from './map';
import { benchPanel } from './panel';
import { benchRecording } from './recording';
import { benchScorecard } from './scorecard';
import type { BenchSection } from './section';
import { benchTinyPage } from './tiny-page';
import { benchTinyTrace, referenceWorldPath } from './tiny-trace';
import { loadNote } from './stats';

const sections: Record<string, BenchSection> = {
  recording: benchRecording,
  tiny: benchTinyPage,
  'tiny-trace': benchTinyTrace,
  panel: benchPanel,
  map: benchMap,
  imports: benchImports,
  scorecard: benchScorecard,
};

/** Extensions loaded beside Trailnote, by section: the page-load trace's baseline is another extension's empty world. */
const besideTrailnote: Record<string, string> = { 'tiny-trace': referenceWorldPath };

async function runSection(name: string, section: BenchSection): Promise<string[]> {
  const shop = await startShop({ cartDelayMs: 0 });
  const profile = await mkdtemp(join(tmpdir(), 'trailnote-bench-'));
  // Chromium takes a comma-separated list of unpacked extensions.
  const context = await launchWithExtension(profile, {}, [extensionPath, besideTrailnote[name]].filter(Boolean).join(','));
  await allowTsxNames(context);
  try {
    const background = await serviceWorkerOf(context);
    const extensionId = new URL(background.url()).host;
    const progress = (phase: string) => console.error(`bench ${name}: ${phase}…`);
    return await section({ context, background, extensionId, shop, progress });
  } finally {
    await context.close().catch(() => undefined); // already closed if Chromium crashed: keep the first error
    await shop.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  }
}

const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const chosen = Object.entries(sections).filter(([name]) => !only || only.includes(name));
if (chosen.length === 0) throw new Error(`BENCH_ONLY names no section; the sections are: ${Object.keys(sections).join(', ')}`);

console.log(
  `Trailnote benchmark — ${new Date().toISOString().slice(0, 10)} — ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Chromium headless`,
);
for (const [name, section] of chosen) {
  console.log(`\n[${name}] (${loadNote()} at the start)`);
  console.log((await runSection(name, section)).join('\n'));
}
