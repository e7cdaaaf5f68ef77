/**
 * The side panel on a generated 2,000-step journey with 500 screenshots: first render, adding a note,
 * scrolling the whole list (long tasks), and the panel's JS heap.
 */
import type { Page } from '@playwright/test';
import { pageWithBigJourney } from './big-journey';
import type { BenchEnv } from './section';
import { formatMs, median } from './stats';

const renders = Number(process.env.BENCH_PANEL_RENDERS ?? 5);
const notes = Number(process.env.BENCH_PANEL_NOTES ?? 10);

/** Opens the panel on the journey and resolves with the ms from navigation start to the newest step drawn. */
export async function firstRender(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.locator('[data-seq="2000"]').waitFor();
  return page.evaluate(() => performance.now());
}

/** Adds notes through the panel's controls: ms from the click to the note shown in its step. */
async function noteLatencies(page: Page): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < notes; i++) {
    await page.getByRole('textbox', { name: 'Note', exact: true }).fill(`Bench note ${i}`);
    latencies.push(
      await page.evaluate(async (text) => {
        const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === 'Add note')!;
        const start = performance.now();
        button.click();
        await new Promise<void>((resolve) => {
          const check = () => (document.body.textContent?.includes(text) ? resolve() : requestAnimationFrame(check));
          check();
        });
        return performance.now() - start;
      }, `Bench note ${i}`),
    );
  }
  return latencies;
}

/** Scrolls the list from the newest step to the first and back, counting long tasks (> 50 ms). */
async function scrollLongTasks(page: Page): Promise<{ longTasks: number; longest: number; scrolledMs: number }> {
  return page.evaluate(async () => {
    const durations: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration)));
    observer.observe({ type: 'longtask', buffered: false });
    const scroller = [...document.querySelectorAll<HTMLElement>('*')].find((element) => element.scrollHeight > element.clientHeight + 1000)!;
    const start = performance.now();
    for (const direction of [-1, 1]) {
      for (let i = 0; i < 150; i++) {
        scroller.scrollTop += direction * (scroller.scrollHeight / 150);
        await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    return { longTasks: durations.length, longest: Math.max(0, ...durations), scrolledMs: performance.now() - start };
  });
}

export async function benchPanel(env: BenchEnv): Promise<string[]> {
  const { context, extensionId, progress } = env;
  const { page, journeyId } = await pageWithBigJourney(env, { width: 360, height: 800 });
  const url = `chrome-extension://${extensionId}/sidepanel.html?journey=${journeyId}`;

  progress('first render');
  const times: number[] = [];
  for (let i = 0; i < renders; i++) times.push(await firstRender(page, url));

  progress('adding notes');
  // Expanded, the newest step lists every note it has (folded, it shows only the first).
  await page.getByRole('button', { name: 'Details of step 2000' }).click();
  const latencies = await noteLatencies(page);

  progress('scrolling');
  const scrolling = await scrollLongTasks(page);

  const session = await context.newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return [
    `panel first render, 2,000 steps and 500 screenshots, 360 px wide (${renders} loads): median ${formatMs(median(times))}, worst ${formatMs(Math.max(...times))} (target ≤ 500 ms)`,
    `adding a note, click → shown (${notes} notes): median ${formatMs(median(latencies))}, worst ${formatMs(Math.max(...latencies))} (target ≤ 100 ms)`,
    `scrolling the whole list down and up (300 frames, ${formatMs(scrolling.scrolledMs)}): ${scrolling.longTasks} long tasks, longest ${formatMs(scrolling.longest)} (target: none > 50 ms)`,
    `panel JS heap after scrolling, garbage collected: ${(usedSize / 2 ** 20).toFixed(1)} MB (target ≤ 100 MB)`,
  ];
}
