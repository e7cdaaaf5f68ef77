import type { BrowserContext } from '@playwright/test';
import { expect, launchWithExtension, serviceWorkerOf, test as base } from '../e2e/fixtures';
import { PanelPage } from '../e2e/panel-page';
import { stopServiceWorker } from '../e2e/worker';
import { startShop, type Shop } from '../shop/server';
import { killBrowser } from './browser-crash';
import { seededRandom, soakSeed } from './seeded-random';
import { whereOf } from './shop-tour';
import { expectWalkStored, expectWholeWalk, storedLines } from './walk-checks';
import { ShopWalker } from './walker';

/**
 * The demo shop with a quicker cart: its usual 1.5 s wait (a slow page on purpose) would take a minute of the
 * walk's few, and the soak is about keeping steps, not about slow pages.
 */
const test = base.extend<object, { shop: Shop }>({
  shop: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring: none
    async ({}, use) => {
      const shop = await startShop({ cartDelayMs: 200 });
      await use(shop);
      await shop.close();
    },
    { scope: 'worker' },
  ],
});

const title = 'Soak walk';
/** Longest look at a page between two moves (ms): quick, as a tester who knows the shop. */
const thinkMs = 150;
/** Steps before the browser is killed (one in this range), and after the walk continues. */
const stepsBeforeKill = [470, 500] as const;
const stepsAfterContinue = 60;
const workerStops = 6;

/** How long each part of the soak took, printed at the end: the soak must stay a few minutes long. */
function stopwatch(): { lap(part: string): void; elapsed(): string; report(): string } {
  const started = Date.now();
  let last = started;
  const laps: string[] = [];
  return {
    lap(part) {
      const now = Date.now();
      laps.push(`${part} ${((now - last) / 1000).toFixed(1)} s`);
      last = now;
    },
    elapsed: () => ((Date.now() - started) / 1000).toFixed(1),
    report: () => `${laps.join(', ')}; in all ${((Date.now() - started) / 1000).toFixed(1)} s`,
  };
}

test('a long rough walk keeps every step: 500+ steps over 20+ pages, worker stops, tabs, a pause, the browser killed and the walk continued', async ({ profileDir, shop }) => {
  const seed = soakSeed();
  const random = seededRandom(seed);
  console.log(`Soak seed ${seed} (SOAK_SEED=${seed} npm run test:soak makes the same choices again)`);
  test.info().annotations.push({ type: 'seed', description: String(seed) });
  const time = stopwatch();

  // The plan, drawn from the seed: when the browser dies, when the tester pauses, when Chrome stops the worker.
  const killAfter = random.between(...stepsBeforeKill);
  const pauseAfter = random.between(150, 300);
  const pausedMoves = random.between(8, 12);
  const stopsAfter = Array.from({ length: workerStops }, () => random.between(10, killAfter - 10)).sort((a, b) => a - b);
  const pausedStop = random.between(2, pausedMoves - 2);
  console.log(`Plan: worker stops after steps ${stopsAfter.join(', ')} and at move ${pausedStop} of ${pausedMoves} paused after step ${pauseAfter}; kill after step ${killAfter}`);

  const first: BrowserContext = await launchWithExtension(profileDir);
  let second: BrowserContext | undefined;
  try {
    const { shopPage, panel } = await PanelPage.besideShop(first, await serviceWorkerOf(first), shop.origin + '/');
    await panel.start(title);
    /** The panel the tester looks at: a new one after the browser restarts. */
    let watched = panel;
    // Within 45 s: a page whose events Chrome lost as it stopped the worker is picked up by the walk's watch, whose
    // alarm comes every 30 s (lib/recording/walk-watch.ts).
    const panelShows = async (steps: number) => {
      await expect
        .poll(async () => Number(await watched.stepCount.textContent()), { timeout: 45_000 })
        .toBeGreaterThanOrEqual(steps)
        .catch(async (error: unknown) => {
          // What is still on its way, and what the extension logged, for the next reader of a failure.
          const waiting = await watched.page.evaluate(async () => [await chrome.storage.local.get(null), await chrome.storage.session.get(null)]);
          console.log('Outbox, recording state and diagnostics at the failure:', JSON.stringify(waiting).slice(0, 20_000));
          expectWalkStored((await watched.dump()).steps, walker.expected, shop, steps);
          throw error;
        });
    };
    const walker = new ShopWalker(shop, random, shopPage, thinkMs, panelShows);
    walker.startsHere('Start recording');

    /** One move, with Chrome stopping the worker a random moment after it begins (or before it, at 0). */
    const stepWithWorkerStop = async () => {
      const delay = random.between(0, 300);
      await Promise.all([
        walker.step(),
        (async () => {
          await panel.page.waitForTimeout(delay);
          await stopServiceWorker(first, panel.page);
        })(),
      ]);
    };

    let paused = false;
    let stops = 0;
    while (walker.expected.length < killAfter) {
      if (!paused && walker.expected.length >= pauseAfter) {
        paused = true;
        // The tester sees their last step in the panel, then pauses; nothing they do now may be recorded.
        await panelShows(walker.expected.length);
        await panel.button('Pause').click();
        await panel.button('Resume').waitFor();
        walker.paused = true;
        for (let move = 0; move < pausedMoves; move++) await (move === pausedStop ? stepWithWorkerStop() : walker.step());
        await walker.routeSettled();
        await panel.button('Resume').click();
        await panel.button('Pause').waitFor();
        walker.paused = false;
        stops += 1;
      } else if (stopsAfter.length > 0 && walker.expected.length >= stopsAfter[0]) {
        stopsAfter.shift();
        await stepWithWorkerStop();
        stops += 1;
      } else {
        await walker.step();
      }
      if (walker.moves % 50 === 0) console.log(`${walker.moves} moves, ${walker.expected.length} steps, ${time.elapsed()} s`);
    }
    time.lap(`walk (${walker.moves} moves, ${walker.expected.length} steps, ${walker.pagesSeen} pages, ${stops} worker stops)`);
    expect(stops, 'worker stops before the kill').toBeGreaterThanOrEqual(5);

    // Killed in the middle of a move, with steps on their way and screenshots queued.
    const beforeKill = await panel.dump();
    const journeyId = beforeKill.journeys[0].id;
    // The kill lands just after the move's steps reached the panel, while their screenshots wait their turn
    // (two a second): a click and the page it opens come closer together than that.
    while (walker.closesTabNext) await walker.step();
    const killDelay = random.between(0, 150);
    const stepsBefore = walker.expected.length;
    const cutOff = walker.step().catch(() => 'cut off by the kill');
    await expect.poll(async () => walker.expected.length > stepsBefore && Number(await panel.stepCount.textContent()) >= walker.expected.length, { timeout: 15_000 }).toBe(true);
    // The panel reads the store: every step it showed before the kill was stored, and must outlive it.
    const shownAtKill = walker.expected.length;
    await shopPage.waitForTimeout(killDelay);
    const pid = await killBrowser(first, profileDir);
    await cutOff;
    console.log(`Killed Chromium (pid ${pid}) with ${beforeKill.steps.length} steps stored`);
    time.lap('kill');

    second = await launchWithExtension(profileDir);
    const { shopPage: againPage, panel: againPanel } = await PanelPage.besideShop(second, await serviceWorkerOf(second), shop.origin + '/');
    await expect.poll(async () => (await againPanel.dump()).journeys[0]?.status, { message: 'the walk is marked interrupted' }).toBe('interrupted');
    time.lap('restart');

    // Every step stored before the kill is there, once, as it was; the walk is whole and in order.
    let afterKill = await againPanel.dump();
    expect(afterKill.steps.slice(0, beforeKill.steps.length).map(({ id, seq, at, kind, url }) => ({ id, seq, at, kind, url }))).toEqual(
      beforeKill.steps.map(({ id, seq, at, kind, url }) => ({ id, seq, at, kind, url })),
    );
    const kept = expectWalkStored(afterKill.steps, walker.expected, shop, shownAtKill);
    await expect(async () => {
      afterKill = await againPanel.dump();
      expectWholeWalk(afterKill, journeyId);
    }).toPass({ timeout: 20_000 });
    const pages = new Set(afterKill.steps.map((step) => whereOf(step.url, shop)));
    expect(pages.size, `pages walked: ${[...pages].join(' ')}`).toBeGreaterThanOrEqual(20);

    // The tester finds the walk in the library, marked Interrupted, and continues it.
    await againPanel.button('Library').click();
    const entry = againPanel.page.locator('.entry', { hasText: title });
    await expect(entry).toContainText('Interrupted');
    await expect(entry).toContainText(`${kept} steps`);
    await entry.getByRole('button', { name: `Open “${title}”` }).click();
    await expect(againPanel.stepCount).toHaveText(String(kept));
    await againPanel.button('Continue recording').click();
    await againPanel.button('Stop recording').waitFor();
    await expect.poll(async () => (await againPanel.dump()).journeys[0].status).toBe('recording');
    time.lap(`checks after the kill (${kept} steps kept)`);

    watched = againPanel;
    walker.restartIn(againPage, kept);
    walker.startsHere('Continue recording');
    while (walker.expected.length < kept + stepsAfterContinue) await walker.step();
    await panelShows(walker.expected.length);
    await againPanel.stop();
    time.lap(`continued walk (${walker.expected.length - kept} steps)`);

    await expect(async () => {
      const final = await againPanel.dump();
      expect(final.journeys[0]).toMatchObject({ status: 'stopped', stepCount: walker.expected.length });
      expectWholeWalk(final, journeyId);
      expectWalkStored(final.steps, walker.expected, shop);
      expect(storedLines(final.steps.slice(0, kept), shop)).toEqual(storedLines(afterKill.steps, shop));
    }).toPass({ timeout: 20_000 });
    time.lap('final checks');
    console.log(`Soak seed ${seed}: ${walker.expected.length} steps over ${pages.size} pages. ${time.report()}`);
  } finally {
    await second?.close();
    await first.close(); // already gone after the kill: closing it again does nothing
  }
});
