/**
 * Scorecards at scale (issue 18): a generated 2,000-step journey with 500 screenshots and 100 answered criteria.
 * How long the panel's Scorecard view takes to open, and the journey map's first screen with its Scorecard section.
 */
import { pageWithBigJourney, seedBigJourney } from './big-journey';
import { mapFirstScreen, nextFrame } from './map';
import { firstRender } from './panel';
import type { BenchEnv } from './section';
import { formatMs, median } from './stats';

const opens = Number(process.env.BENCH_SCORECARD_OPENS ?? 5);
const criteria = 100;

export async function benchScorecard(env: BenchEnv): Promise<string[]> {
  const { extensionId, progress } = env;
  const { page, journeyId } = await pageWithBigJourney(env, { width: 360, height: 800 }, { scorecardCriteria: criteria });

  progress('opening the Scorecard view');
  const viewTimes: number[] = [];
  // The panel's own first render, the yardstick of the "Side panel at scale" figures: how loaded the machine is.
  const renderTimes: number[] = [];
  for (let i = 0; i < opens; i++) {
    renderTimes.push(await firstRender(page, `chrome-extension://${extensionId}/sidepanel.html?journey=${journeyId}`));
    // Click → the last criterion's answers drawn and painted, in the page's own clock.
    viewTimes.push(
      await page.evaluate(async (last) => {
        const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === 'Scorecard')!;
        const start = performance.now();
        button.click();
        await new Promise<void>((resolve) => {
          const check = () => (document.querySelector(`[role="radiogroup"][aria-label="${last}"]`) ? resolve() : requestAnimationFrame(check));
          check();
        });
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return performance.now() - start;
      }, `Criterion ${criteria}: the page says what the customer needs here`),
    );
  }

  // The same walk without a scorecard, loaded in turn with the scored one: on a shared machine the difference
  // between the two says what the Scorecard section costs better than either figure alone.
  progress('seeding the same walk without a scorecard');
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const plainId = await seedBigJourney(page, { id: `${journeyId}-plain` });
  progress('map first screen');
  await page.setViewportSize({ width: 1440, height: 900 });
  const mapTimes: number[] = [];
  const plainTimes: number[] = [];
  const sectionTimes: number[] = [];
  for (let i = 0; i < opens; i++) {
    plainTimes.push(await mapFirstScreen(page, `chrome-extension://${extensionId}/journey.html?id=${plainId}`));
    mapTimes.push(await mapFirstScreen(page, `chrome-extension://${extensionId}/journey.html?id=${journeyId}`));
    await page.getByRole('heading', { name: 'Scorecard', level: 2 }).waitFor();
    sectionTimes.push(await nextFrame(page));
  }
  return [
    `panel Scorecard view, ${criteria} answered criteria on 2,000 steps, 360 px wide, click → last criterion drawn (${opens} opens): median ${formatMs(median(viewTimes))}, worst ${formatMs(Math.max(...viewTimes))} (target < 300 ms); the panel's first render before it: median ${formatMs(median(renderTimes))}`,
    `journey map first screen with that scorecard, 1440 × 900 (${opens} loads): median ${formatMs(median(mapTimes))}, worst ${formatMs(Math.max(...mapTimes))} (target < 1 s); its Scorecard section drawn by ${formatMs(median(sectionTimes))} (median); the same walk without a scorecard, loaded in turn: median ${formatMs(median(plainTimes))}`,
  ];
}
