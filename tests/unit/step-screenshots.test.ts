import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { Step } from '../../lib/journey/types';
import type { RecordingState } from '../../lib/contract/recording-state';
import { captureForStep } from '../../lib/recording/screenshots';
import { recordingState, walkInThisSession } from '../../lib/recording/state';
import { takeScreenshot } from '../../lib/recording/take-screenshot';

vi.mock('../../lib/recording/take-screenshot', () => ({
  CaptureProblem: class extends Error {},
  takeScreenshot: vi.fn(async () => ({ blob: new Blob(), method: 'html2canvas' })),
}));
vi.mock('../../lib/capture/downscale', () => ({
  screenshotImages: vi.fn(async () => ({ image: { blob: new Blob(), width: 1, height: 1 }, thumbnail: { blob: new Blob() } })),
}));
vi.mock('../../lib/db', () => ({ saveScreenshot: vi.fn(async () => undefined), updateStep: vi.fn(async () => undefined) }));
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
