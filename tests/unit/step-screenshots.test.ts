import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { Step } from '../../lib/journey/types';
import type { RecordingState } from '../../lib/contract/recording-state';
import { captureForStep } from '../../lib/recording/screenshots';
import { recordingState, walkInThisSession } from '../../lib/recording/state';
import { takeScreenshot } from '../../lib/recording/take-screenshot';
import { saveScreenshot, updateStep } from '../../lib/db';

vi.mock('../../lib/recording/take-screenshot', () => ({
  CaptureProblem: class extends Error {
    constructor(readonly problem: { code: string; message: string }) {
      super(problem.message);
    }
  },
  takeScreenshot: vi.fn(async () => ({ blob: new Blob(), method: 'html2canvas', takenAt: Date.now() })),
}));
vi.mock('../../lib/capture/downscale', () => ({
  screenshotImages: vi.fn(async () => ({ image: { blob: new Blob(), width: 1, height: 1 }, thumbnail: { blob: new Blob() } })),
}));
vi.mock('../../lib/db', () => ({ saveScreenshot: vi.fn(async () => undefined), updateStep: vi.fn(async () => undefined), diskNearlyFull: vi.fn(async () => false) }));
// How full the walk is has its own tests (walk-limit.test.ts): here every picture has room.
vi.mock('../../lib/recording/walk-limit', () => ({ hasRoomForPicture: vi.fn(async () => true) }));

const url = 'https://shop.example/checkout';
let stepCount = 0;

/** A click on the shop's checkout page in tab 7, of the walk `journeyId`; each a new step. */
function clickStep(journeyId: string): Step {
  stepCount += 1;
  // A moment after any capture so far: a capture taken after a step is of its page, and would be reused.
  return { id: `step-${stepCount}`, journeyId, kind: 'click', tabId: 7, url, at: Date.now() + 60_000 } as Step;
}

async function walk(state: Partial<RecordingState> | null): Promise<void> {
  await walkInThisSession.setValue(state !== null);
  await recordingState.setValue(state && { journeyId: 'walk-1', tabIds: [7], paused: false, recordTypedText: false, ...state });
}

/** Whether the capture taken for a step of walk-1 was asked to cover typed text. */
async function coversTypedText(): Promise<boolean | undefined> {
  vi.mocked(takeScreenshot).mockClear();
  await captureForStep(clickStep('walk-1'));
  return vi.mocked(takeScreenshot).mock.calls[0]?.[1].coverTypedText;
}

describe('captureForStep and typed text', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- vitest types the mock from the callback overload of tabs.get, which returns void; the code under test awaits the promise overload
    vi.spyOn(browser.tabs, 'get').mockImplementation(async () => ({ id: 7, url, active: true }));
  });

  it('shows typed text only when the step’s own walk, still live, records it', async () => {
    await walk({ recordTypedText: true });
    expect(await coversTypedText()).toBe(false);
    await walk({ recordTypedText: false });
    expect(await coversTypedText()).toBe(true);
  });

  it('covers typed text when unsure: another walk is recorded now, or none', async () => {
    await walk({ journeyId: 'walk-2', recordTypedText: true });
    expect(await coversTypedText()).toBe(true);
    await walk(null);
    expect(await coversTypedText()).toBe(true);
  });
});

describe('captureForStep and the picture of the step before', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- as above
    vi.spyOn(browser.tabs, 'get').mockImplementation(async () => ({ id: 7, url, active: true }));
    await walk({ recordTypedText: true });
    vi.mocked(takeScreenshot).mockClear();
  });

  /** Steps of one page a second apart; the first one's capture reads the page at `readAt` (ms after the first step). */
  async function twoSteps(readAt: number): Promise<number> {
    const first = clickStep('walk-1');
    const second = { ...clickStep('walk-1'), at: first.at + 1000 };
    vi.mocked(takeScreenshot).mockResolvedValueOnce({ blob: new Blob(), method: 'visible-tab', takenAt: first.at + readAt });
    await captureForStep(first);
    await captureForStep(second);
    return vi.mocked(takeScreenshot).mock.calls.length;
  }

  it('takes a new picture for a step that came while the last capture was under way: that picture was read before it', async () => {
    // Read 0.5 s after the first step, half a second before the second (the tester typed, then clicked).
    expect(await twoSteps(500)).toBe(2);
  });

  it('reuses a picture read after the step, of its page: the one a capture now would give', async () => {
    expect(await twoSteps(1500)).toBe(1);
  });
});

describe('captureForStep when the page leaves during the capture', () => {
  const next = 'https://shop.example/confirmation';
  let shown: string;

  beforeEach(async () => {
    fakeBrowser.reset();
    shown = url;
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- as above
    vi.spyOn(browser.tabs, 'get').mockImplementation(async () => ({ id: 7, url: shown, active: true }));
    await walk({ recordTypedText: false });
    vi.mocked(updateStep).mockClear();
    vi.mocked(saveScreenshot).mockClear();
  });

  /** A capture that fails the way Chrome's does when the click's navigation removes the frame being covered. */
  const failingAsThePageLeaves = (leaves: boolean) =>
    vi.mocked(takeScreenshot).mockImplementationOnce(async () => {
      if (leaves) shown = next;
      throw new Error('Frame with ID 0 was removed.');
    });

  it("gets the picture its page had just before, not the browser's error", async () => {
    // Each test in a tab of its own: this module keeps each tab's newest picture.
    const page = { ...clickStep('walk-1'), tabId: 10 };
    vi.mocked(takeScreenshot).mockResolvedValueOnce({ blob: new Blob(), method: 'visible-tab', takenAt: page.at + 10 });
    await captureForStep(page);
    const click = { ...page, id: clickStep('walk-1').id, at: page.at + 1000 };
    failingAsThePageLeaves(true);
    await captureForStep(click);
    expect(vi.mocked(saveScreenshot).mock.calls.map(([shot]) => shot.stepId)).toEqual([page.id, click.id]);
    expect(updateStep).not.toHaveBeenCalled();
  });

  it("says the page moved on when it had no picture yet, and keeps the browser's words for a page that stayed", async () => {
    const click = { ...clickStep('walk-1'), tabId: 8 };
    failingAsThePageLeaves(true);
    await captureForStep(click);
    expect(updateStep).toHaveBeenLastCalledWith(click.id, { problem: { code: 'capture-failed', message: expect.stringMatching(/moved to another page/) as unknown } });
    shown = url;
    const stayed = { ...clickStep('walk-1'), tabId: 9 };
    failingAsThePageLeaves(false);
    await captureForStep(stayed);
    expect(updateStep).toHaveBeenLastCalledWith(stayed.id, { problem: { code: 'capture-failed', message: expect.stringMatching(/could not take a picture/) as unknown } });
  });
});
