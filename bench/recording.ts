/**
 * Recording overhead on the demo shop, measured in one run against the extension idle: page loads, the
 * recorder's click handling, and click → step stored with its screenshot.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { BenchEnv } from './section';
import { formatMs, loadNote, mean, median, percentile, sideBySide, type PairedLoads } from './stats';

const loadsPerSide = Number(process.env.BENCH_LOADS ?? 40);
const clicksPerSide = Number(process.env.BENCH_CLICKS ?? 200);
const latencyClicks = Number(process.env.BENCH_LATENCY_CLICKS ?? 40);

interface StoredStep {
  kind: string;
  url: string;
  at: number;
  screenshotId?: string;
  problem?: unknown;
}

/**
 * Recorded steps, read from a bare extension page (same origin as the store). Not from the service
 * worker: Chrome may replace the worker mid-run, and the bench must not slow down what it measures.
 * `newest` reads only the latest step, so that polling stays cheap.
 */
export function storedSteps(storeReader: Page, newest = false): Promise<StoredStep[]> {
  return storeReader.evaluate(
    (onlyNewest) =>
      new Promise<StoredStep[]>((resolve, reject) => {
        const open = indexedDB.open('trailnote');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const done = (found: StoredStep[]) => {
            db.close();
            resolve(found);
          };
          try {
            const tx = db.transaction('steps');
            tx.onabort = () => reject(tx.error);
            const steps = tx.objectStore('steps');
            if (onlyNewest) {
              const cursor = steps.index('by-journey-seq').openCursor(null, 'prev');
              cursor.onsuccess = () => done(cursor.result ? [cursor.result.value as StoredStep] : []);
            } else {
              const all = steps.getAll();
              all.onsuccess = () => done(all.result as StoredStep[]);
            }
          } catch (error) {
            db.close();
            reject(error);
          }
        };
      }),
    newest,
  );
}

/** Polls until check passes; a bench that waits forever on a stuck step would say nothing at all. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`bench: gave up waiting for ${what} after ${timeoutMs} ms`);
}

/** How long the store may stay still before the bench gives up on the steps and screenshots it waits for. */
const stillMs = Number(process.env.BENCH_STILL_MS ?? 5_000);

/**
 * Waits until every step that takes a screenshot has it, or the reason it has none. It waits as long as the store
 * moves (a step or a picture more): a burst on a slow machine takes longer, and only a store that stopped moving is
 * stuck. Resolves with how long it waited.
 */
export async function capturesDone(storeReader: Page): Promise<number> {
  const started = Date.now();
  let movedAt = started;
  let seen = '';
  for (;;) {
    const steps = await storedSteps(storeReader);
    if (steps.every((step) => step.kind === 'input' || step.screenshotId || step.problem)) return Date.now() - started;
    const progress = `${steps.length}/${steps.filter((step) => step.screenshotId || step.problem).length}`;
    if (progress !== seen) [seen, movedAt] = [progress, Date.now()];
    if (Date.now() - movedAt > stillMs) throw new Error(`bench: the store stood still for ${stillMs} ms with steps/pictured ${seen}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits (as long as the store moves) until it holds `count` steps; resolves with how long that took. */
async function storeCaught(storeReader: Page, count: number): Promise<number> {
  const started = Date.now();
  let [seen, movedAt] = [-1, started];
  for (;;) {
    const stored = (await storedSteps(storeReader)).length;
    if (stored >= count) return Date.now() - started;
    if (stored !== seen) [seen, movedAt] = [stored, Date.now()];
    if (Date.now() - movedAt > stillMs) throw new Error(`bench: the store stood still for ${stillMs} ms at ${seen} of ${count} steps`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function tabId(background: Worker, page: Page): Promise<number> {
  return background.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)!.id!, page.url());
}

/** Opens a page in a window of its own, so each side is the visible tab of its window. */
export async function pageInNewWindow(context: BrowserContext, background: Worker, url: string): Promise<Page> {
  const opened = context.waitForEvent('page', (page) => page.url() === url);
  await background.evaluate((target) => chrome.windows.create({ url: target, width: 1280, height: 800 }), url);
  const page = await opened;
  await page.waitForLoadState('load');
  return page;
}

/** The side panel bound to `recorded`'s tab. */
export async function panelFor(context: BrowserContext, background: Worker, recorded: Page): Promise<Page> {
  const extensionId = new URL(background.url()).host;
  // In a window of its own: a tab opened beside the recorded one would hide it, and a hidden tab loads ~3× slower.
  return pageInNewWindow(context, background, `chrome-extension://${extensionId}/sidepanel.html?tab=${await tabId(background, recorded)}`);
}

export async function startRecordingFrom(context: BrowserContext, background: Worker, recorded: Page): Promise<Page> {
  const panel = await panelFor(context, background, recorded);
  await panel.getByRole('button', { name: 'Start recording' }).click();
  await panel.getByRole('button', { name: 'Stop recording' }).waitFor();
  return panel;
}

async function loadEventMs(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return entry.loadEventEnd;
  });
}

/** Load event times of the recorded and the idle tab, pair by pair. */
type LoadSamples = PairedLoads;

/** A tester reads a page for seconds before the next one; this much quiet is enough for a page's capture. */
const quietMs = 300;

/**
 * Loads the page on both sides, alternating which side goes first and waiting for quiet after every load:
 * a load that starts while another tab is still painting, or while a screenshot is taken, is slower
 * whichever side it is on. `settle` is given the address a recorded load must have stored the step of: the
 * recorder starts once the page is loaded and idle (issue 19), so its step and screenshot come a moment after the
 * load, not with it. `rushed` skips the waiting, so captures overlap the next loads.
 */
async function interleavedLoads(recorded: Page, idle: Page, url: string, label: string, settle: (recordedUrl?: string) => Promise<unknown>, rushed = false): Promise<LoadSamples> {
  const samples: LoadSamples = { recorded: [], idle: [] };
  const load = async (side: keyof LoadSamples, i: number): Promise<void> => {
    const page = side === 'recorded' ? recorded : idle;
    const address = `${url}?${side}&${label}=${i}`;
    samples[side].push(await loadEventMs(page, address));
    if (rushed) return;
    await settle(side === 'recorded' ? address : undefined);
    await page.waitForTimeout(quietMs);
  };
  for (let i = 0; i < loadsPerSide; i++) {
    const order: (keyof LoadSamples)[] = i % 2 ? ['recorded', 'idle'] : ['idle', 'recorded'];
    for (const side of order) await load(side, i);
  }
  await settle();
  return samples;
}

function loadLine(what: string, samples: LoadSamples, floor?: LoadSamples, target = ''): string {
  return `${what}: ${sideBySide(samples, floor)}${target}`;
}

/**
 * Time the page spends in click listeners between its own first capture listener on window and its
 * last bubble listener: the recorder's capture-phase handler runs in between when recording.
 */
export async function clickHandlingMs(page: Page, clicks: number): Promise<number[]> {
  await page.evaluate(() => {
    const samples: number[] = [];
    let start = 0;
    window.addEventListener('click', () => (start = performance.now()), true);
    window.addEventListener('click', () => samples.push(performance.now() - start));
    (window as unknown as { clickSamples: number[] }).clickSamples = samples;
  });
  const button = page.getByTestId('bench-click');
  const box = (await button.boundingBox())!;
  for (let i = 0; i < clicks; i++) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return page.evaluate(() => (window as unknown as { clickSamples: number[] }).clickSamples);
}

interface Latencies {
  /** Click → step stored with its screenshot linked. */
  withScreenshot: number[];
  /** Clicks whose step got a reason instead of a screenshot. */
  withoutScreenshot: number;
}

/** Click → its step in IndexedDB with the screenshot linked, one click at a time (2 captures a second). */
export async function clickToStoredMs(storeReader: Page, recorded: Page, clicks: number): Promise<Latencies> {
  const latencies: Latencies = { withScreenshot: [], withoutScreenshot: 0 };
  const button = recorded.getByTestId('bench-click');
  for (let i = 0; i < clicks; i++) {
    const clickedAt = Date.now();
    await button.click();
    let pictured = false;
    const storedAt = await until(`click ${i + 1}'s step`, async () => {
      const [newest] = await storedSteps(storeReader, true);
      pictured = Boolean(newest?.screenshotId);
      return newest?.kind === 'click' && newest.at >= clickedAt && (pictured || Boolean(newest.problem));
    });
    if (pictured) latencies.withScreenshot.push(storedAt - clickedAt);
    else latencies.withoutScreenshot++;
    await recorded.waitForTimeout(700);
  }
  return latencies;
}

export async function benchRecording({ context, background, shop, progress }: BenchEnv): Promise<string[]> {
  const benchUrl = `${shop.origin}/bench/page.html`;
  const recorded = await pageInNewWindow(context, background, benchUrl);
  const idle = await pageInNewWindow(context, background, benchUrl + '?idle');

  // 1. Page load. First both tabs idle: the two windows are not perfectly alike, and this ratio is the
  // floor of what the machine can tell apart. The panel is open for one series only: it redraws on
  // every step, and recording does not need it.
  progress('page loads, neither tab recording');
  const noiseFloor = await interleavedLoads(recorded, idle, benchUrl, 'floor', async () => undefined);
  const panel = await startRecordingFrom(context, background, recorded);
  // Any file of the extension will do: the page only needs the extension's origin to open its store. In a window of
  // its own, like the panel, so that the recorded and idle tabs stay the visible tabs of theirs.
  const storeReader = await pageInNewWindow(context, background, `chrome-extension://${new URL(background.url()).host}/manifest.json`);
  const settle = async (recordedUrl?: string) => {
    if (recordedUrl) await until(`the step of ${recordedUrl}`, async () => (await storedSteps(storeReader, true))[0]?.url === recordedUrl);
    return capturesDone(storeReader);
  };
  progress('page loads, recording with the panel open');
  const withPanel = await interleavedLoads(recorded, idle, benchUrl, 'panel', settle);
  await panel.close();
  progress('page loads, recording with the panel closed');
  const recorderOnly = await interleavedLoads(recorded, idle, benchUrl, 'run', settle);
  progress('page loads back to back');
  const backToBack = await interleavedLoads(recorded, idle, benchUrl, 'rushed', settle, true);

  // 2. Cost of click handling in the page.
  progress('click handling');
  await recorded.goto(benchUrl, { waitUntil: 'load' });
  await idle.goto(benchUrl + '?idle', { waitUntil: 'load' });
  await settle();
  const idleClicks = await clickHandlingMs(idle, clicksPerSide);
  const before = (await storedSteps(storeReader)).length;
  const burstStart = Date.now();
  const recordingClicks = await clickHandlingMs(recorded, clicksPerSide);
  const burstMs = Date.now() - burstStart;
  // The burst's steps in the store, then their (shared) screenshots: how far the store trails the tester.
  const storedAfterMs = await storeCaught(storeReader, before + clicksPerSide);
  const picturedAfterMs = storedAfterMs + (await settle());

  // 3. Click → step stored with its screenshot.
  progress('click to stored step');
  await recorded.goto(benchUrl + '?latency', { waitUntil: 'load' });
  await settle();
  await recorded.waitForTimeout(1500);
  const latencies = await clickToStoredMs(storeReader, recorded, latencyClicks);

  // 4. The store's room check (lib/db/room.ts), asked once per write transaction, in the worker that writes.
  const roomChecks = await background.evaluate(async (times) => {
    const taken: number[] = [];
    for (let i = 0; i < times; i++) {
      const start = performance.now();
      await navigator.storage.estimate();
      taken.push(performance.now() - start);
    }
    return taken;
  }, 100);

  const clickCost = median(recordingClicks) - median(idleClicks);
  return [
    `median load event, recording vs idle tab, ${loadsPerSide} loads a side, interleaved; added = median of the paired differences less the noise floor's, ratio = of the medians, over the floor's:`,
    loadLine('  neither tab recording (noise floor)', noiseFloor),
    loadLine('  recording, panel closed', recorderOnly, noiseFloor, ' (target: ratio ≤ 1.05)'),
    loadLine('  recording, panel open', withPanel, noiseFloor),
    loadLine('  recording, loads back to back (screenshots taken during the next loads)', backToBack, noiseFloor),
    `click handling in the page (${clicksPerSide} clicks a side): median recording ${formatMs(median(recordingClicks))}, idle ${formatMs(median(idleClicks))}, added ${clickCost.toFixed(3)} ms (target ≤ +0.5 ms); mean recording ${mean(recordingClicks).toFixed(3)} ms, idle ${mean(idleClicks).toFixed(3)} ms (the page's clock moves in 0.1 ms steps)`,
    `burst: ${clicksPerSide} clicks in ${(burstMs / 1000).toFixed(1)} s, all stored ${formatMs(storedAfterMs)} after the last click, all pictured or given a reason ${formatMs(picturedAfterMs)} after it (target: stored within the burst's own time; ${loadNote()})`,
    `click → step stored with screenshot (${latencies.withScreenshot.length} of ${latencyClicks} clicks): p50 ${formatMs(percentile(latencies.withScreenshot, 50))}, p95 ${formatMs(percentile(latencies.withScreenshot, 95))} (targets ≤ 300 ms, ≤ 800 ms); ${latencies.withoutScreenshot} without screenshot`,
    `room check before each write (navigator.storage.estimate() in the worker, 100 calls): median ${formatMs(median(roomChecks))}, p95 ${formatMs(percentile(roomChecks, 95))}`,
  ];
}
