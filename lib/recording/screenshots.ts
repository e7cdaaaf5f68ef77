import { saveScreenshot, updateStep } from '../db';
import { screenshotImages } from '../capture/downscale';
import type { Step } from '../journey/types';
import { t } from '../i18n';
import { announce } from '../messaging/changes';
import { createCaptureQueue } from './capture-queue';
import { CaptureProblem, takeScreenshot } from './take-screenshot';

/** 2 captures a second is Chrome's limit; a little margin keeps us clear of its counter. */
const captures = createCaptureQueue({ intervalMs: 520 });

export function needsScreenshot(step: Step): boolean {
  return step.kind !== 'input' && !step.problem;
}

/**
 * Takes and stores the step's screenshot when the rate limit allows. Whatever happens, the step stays:
 * a failed capture only adds the reason to it.
 */
/** Steps whose capture this worker has under way: a restarted worker's recovery must not take a second one. */
const underway = new Set<string>();

export async function captureForStep(step: Step): Promise<void> {
  if (underway.has(step.id)) return;
  underway.add(step.id);
  try {
    const capture = await captures.schedule(() => takeScreenshot(step.tabId));
    const { image, thumbnail } = await screenshotImages(capture.blob);
    await saveScreenshot({
      id: crypto.randomUUID(),
      journeyId: step.journeyId,
      stepId: step.id,
      takenAt: Date.now(),
      image: image.blob,
      thumbnail: thumbnail.blob,
      width: image.width,
      height: image.height,
      method: capture.method,
    });
  } catch (error) {
    const problem =
      error instanceof CaptureProblem
        ? error.problem
        : { code: 'capture-failed' as const, message: t('problemCaptureFailed', error instanceof Error ? error.message : String(error)) };
    await updateStep(step.id, { problem });
  } finally {
    underway.delete(step.id);
  }
  announce({ kind: 'step', journeyId: step.journeyId, stepId: step.id });
}
