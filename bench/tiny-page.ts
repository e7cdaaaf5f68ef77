/**
 * The hard case of issue 19: a page that loads in ~50 ms (a heading and a button), where a fixed cost of recording
 * shows most. One tab recorded and one idle in the same browser, loads interleaved at a tester's pace (0.4 s after
 * each load), DOMContentLoaded and load as the page's own navigation timing gives them, with the noise floor (neither
 * tab recorded) beside them; then the click handling cost and click → stored step with screenshot on the same page.
 */
import type { Page } from '@playwright/test';
import { capturesDone, clickHandlingMs, clickToStoredMs, pageInNewWindow, startRecordingFrom } from './recording';
import type { BenchEnv } from './section';
import { formatMs, loadNote, median, percentile, sideBySide, type PairedLoads } from './stats';

const loadsPerSide = Number(process.env.BENCH_TINY_LOADS ?? 24);
const paceMs = Number(process.env.BENCH_TINY_PACE_MS ?? 400);
const clicks = Number(process.env.BENCH_CLICKS ?? 200);
const latencyClicks = Number(process.env.BENCH_LATENCY_CLICKS ?? 40);

interface Load {
  dcl: number;
  load: number;
}

interface Sides {
  recorded: Load[];
  idle: Load[];
}

async function loadTimes(page: Page, url: string): Promise<Load> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return { dcl: entry.domContentLoadedEventEnd, load: entry.loadEventEnd };
  });
}

/** Loads on both sides, alternating which goes first, each followed by the tester's pause. */
async function interleaved(recorded: Page, idle: Page, url: string, label: string): Promise<Sides> {
  const sides: Sides = { recorded: [], idle: [] };
  for (let i = 0; i < loadsPerSide; i++) {
    const order: (keyof Sides)[] = i % 2 ? ['recorded', 'idle'] : ['idle', 'recorded'];
    for (const side of order) {
      const page = side === 'recorded' ? recorded : idle;
      sides[side].push(await loadTimes(page, `${url}?${side}&${label}=${i}`));
      await page.waitForTimeout(paceMs);
    }
  }
  return sides;
}

/** One timing of both sides, pair by pair. */
const timing = (sides: Sides, key: keyof Load): PairedLoads => ({ recorded: sides.recorded.map((load) => load[key]), idle: sides.idle.map((load) => load[key]) });

/** Each side's median and, beside the noise floor, what recording adds over it. */
function line(what: string, sides: Sides, floor?: Sides): string {
  const figure = (key: keyof Load) => {
    return `${key === 'dcl' ? 'DOMContentLoaded' : 'load'} ${sideBySide(timing(sides, key), floor && timing(floor, key))}`;
  };
  return `  ${what}: ${figure('dcl')}; ${figure('load')} (${loadNote()})`;
}

export async function benchTinyPage({ context, background, shop, progress }: BenchEnv): Promise<string[]> {
  const url = `${shop.origin}/bench/tiny.html`;
  const recorded = await pageInNewWindow(context, background, url);
  const idle = await pageInNewWindow(context, background, url + '?idle');
  const lines = [
    `${loadsPerSide} loads a side, interleaved, ${paceMs} ms after each load; added = median of the paired differences less the noise floor's, ratio = of the medians, over the floor's (targets: added ≤ 2 ms, ratio ≤ 1.03):`,
  ];

  progress('tiny page loads, neither tab recording');
  const floor = await interleaved(recorded, idle, url, 'floor');
  lines.push(line('neither tab recorded (noise floor)', floor));
  const panel = await startRecordingFrom(context, background, recorded);
  // In a window of its own, so that the recorded tab stays the visible tab of its window (bench/recording.ts).
  const storeReader = await pageInNewWindow(context, background, `chrome-extension://${new URL(background.url()).host}/manifest.json`);
  progress('tiny page loads, recording with the panel open');
  lines.push(line('recorded, panel open', await interleaved(recorded, idle, url, 'panel'), floor));
  await capturesDone(storeReader);
  await panel.close();
  progress('tiny page loads, recording with the panel closed');
  lines.push(line('recorded, panel closed', await interleaved(recorded, idle, url, 'closed'), floor));
  await capturesDone(storeReader);

  progress('tiny page clicks');
  const idleClicks = await clickHandlingMs(idle, clicks);
  const recordedClicks = await clickHandlingMs(recorded, clicks);
  await capturesDone(storeReader);
  const latencies = await clickToStoredMs(storeReader, recorded, latencyClicks);
  lines.push(
    `click handling (${clicks} clicks a side): median recorded ${formatMs(median(recordedClicks))}, idle ${formatMs(median(idleClicks))}, added ${(median(recordedClicks) - median(idleClicks)).toFixed(3)} ms (target ≤ +0.5 ms) (${loadNote()})`,
    `click → stored step with screenshot (${latencies.withScreenshot.length} of ${latencyClicks}): p50 ${formatMs(percentile(latencies.withScreenshot, 50))}, p95 ${formatMs(percentile(latencies.withScreenshot, 95))} (target p95 ≤ 400 ms); ${latencies.withoutScreenshot} without (${loadNote()})`,
  );
  return lines;
}
