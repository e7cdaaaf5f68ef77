import { lastSteps, updateStep } from '../db';
import { t } from '../i18n';
import { captureForStep, needsScreenshot } from './screenshots';
import { recordingState } from './state';

/** A capture still this fresh shows what the step showed; an older one would show a later page. */
const stillFreshMs = 3000;

/**
 * Chrome may stop the service worker between a step being stored and its screenshot being taken. On
 * the next start, recent steps still waiting get their capture; older ones get the reason instead.
 */
export async function recoverPendingCaptures(): Promise<void> {
  const state = await recordingState.getValue();
  if (!state) return;
  const waiting = (await lastSteps(state.journeyId, 5)).filter((step) => needsScreenshot(step) && !step.screenshotId);
  for (const step of waiting) {
    if (Date.now() - step.at < stillFreshMs) {
      void captureForStep(step);
    } else {
      await updateStep(step.id, { problem: { code: 'capture-failed', message: t('problemCaptureFailed', t('problemWorkerRestarted')) } });
    }
  }
}
