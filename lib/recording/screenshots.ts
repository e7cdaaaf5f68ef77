import { browser } from 'wxt/browser';
import { saveScreenshot, updateStep } from '../db';
import { screenshotImages } from '../capture/downscale';
import type { Step } from '../journey/types';
import { logError } from '../diagnostics';
import { holdPicture, isNoRoom } from './room';
import { t } from '../i18n';
import { privateAddress } from '../privacy/address';
import { addressRulesOf, liveRecording } from './state';
import { createCaptureQueue } from './capture-queue';
import { CaptureProblem, takeScreenshot, type Capture } from './take-screenshot';
import { hasRoomForPicture } from './walk-limit';
import { countPicture, forgetPicture } from './walk-size';

/** 2 captures a second is Chrome's limit; a little margin keeps us clear of its counter. */
const captures = createCaptureQueue({ intervalMs: 520 });

/** Steps whose capture this worker has under way: a restarted worker's recovery must not take a second one. */
const underway = new Set<string>();

interface TakenCapture extends Capture {
  url: string;
}

/** The newest capture of each recorded tab, and of which page. */
const newestCaptures = new Map<number, TakenCapture>();

/** Whether the step's tab shows its page now. The step keeps its address under the privacy rule: the tab's is read the same way. */
export async function showsPage(step: Step): Promise<boolean> {
  // A closed tab shows no page: the step gets a reason instead of a picture.
  const [tab, state] = await Promise.all([browser.tabs.get(step.tabId).catch(() => undefined), liveRecording()]);
  if (!tab?.url) return false;
  return tab.url === step.url || (state !== null && privateAddress(tab.url, addressRulesOf(state)) === step.url);
}

/**
 * The step's page as the tester saw it. A walk can outpace Chrome's 2 captures a second: when a step's
 * turn comes after its tab has moved on, a capture now would show a later page. It gets the newest
 * capture of its own page in that tab (taken just before the tester acted), or a reason, never another
 * page's picture.
 */
async function captureOfStepPage(step: Step, turn: () => Promise<void>): Promise<TakenCapture> {
  // Read after this step, of its page (a click and the submit it caused): the picture a capture now would give.
  // A picture whose capture began before the step does not show it, however late the capture ended.
  const newest = newestCaptures.get(step.tabId);
  if (newest?.url === step.url && newest.takenAt >= step.at) return newest;
  if (await showsPage(step)) {
    // Typed text shows only when the step's own walk, still live, records it; when unsure, cover it.
    const state = await liveRecording();
    const coverTypedText = !(state?.journeyId === step.journeyId && state.recordTypedText);
    // A click that navigates can take its page away in the middle of the capture (covering fields injects into its
    // frames: "Frame … was removed"): the page left, the step is treated as one whose page moved on, below.
    const taken = await takeScreenshot(step.tabId, { coverTypedText, turn }).then(
      (capture): TakenCapture => ({ ...capture, url: step.url }),
      async (error: unknown) => {
        if (await showsPage(step)) throw error;
        return undefined;
      },
    );
    // Still the step's page once the picture is taken: the capture can also land on the next document.
    if (taken && (await showsPage(step))) {
      newestCaptures.set(step.tabId, taken);
      return taken;
    }
  }
  const earlier = newestCaptures.get(step.tabId);
  if (earlier?.url === step.url) return earlier;
  throw new CaptureProblem({ code: 'capture-failed', message: t('problemCaptureMovedOn') });
}

/**
 * The stored picture and thumbnail of a capture, made once: the steps of a burst share one capture, and encoding it
 * again for each of them kept the worker busy for seconds (issue 19).
 */
const images = new WeakMap<Blob, ReturnType<typeof screenshotImages>>();
function imagesOf(capture: Capture): ReturnType<typeof screenshotImages> {
  let made = images.get(capture.blob);
  if (!made) {
    made = screenshotImages(capture.blob);
    images.set(capture.blob, made);
  }
  return made;
}

/**
 * Takes and stores the step's screenshot when the rate limit allows. Whatever happens, the step stays:
 * a failed capture only adds the reason to it.
 */
export async function captureForStep(step: Step): Promise<void> {
  if (underway.has(step.id)) return;
  underway.add(step.id);
  try {
    const capture = await captures.schedule((turn) => captureOfStepPage(step, turn));
    const { image, thumbnail } = await imagesOf(capture);
    const bytes = image.blob.size + thumbnail.blob.size;
    // A picture larger than the room kept for it could take the walk past what a share file may hold.
    if (!(await hasRoomForPicture(step, bytes))) throw new CaptureProblem({ code: 'capture-failed', message: t('problemWalkFull') });
    await saveScreenshot({
      id: crypto.randomUUID(),
      journeyId: step.journeyId,
      stepId: step.id,
      takenAt: capture.takenAt,
      image: image.blob,
      thumbnail: thumbnail.blob,
      width: image.width,
      height: image.height,
      method: capture.method,
      pageUrl: capture.url,
    });
    countPicture(step, bytes);
  } catch (error) {
    forgetPicture(step);
    // No room for the picture: the walk pauses until there is, then the step gets the reason (lib/recording/room.ts).
    if (await isNoRoom(error)) return void (await holdPicture(step.id));
    // The step keeps the reason; the log keeps that it happened, for a report of missing screenshots.
    logError(error, 'background: step screenshot');
    // Anything else (the store, the picture's encoding) is worded plainly: its own words are technical, and the log has them.
    const problem = error instanceof CaptureProblem ? error.problem : { code: 'capture-failed' as const, message: t('problemCaptureRefused') };
    await updateStep(step.id, { problem });
  } finally {
    underway.delete(step.id);
  }
}
