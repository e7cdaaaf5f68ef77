import { getSteps, updateStep } from '../db';
import { t } from '../i18n';
import { needsScreenshot } from '../journey/pictured';
import { captureForStep, showsPage } from './screenshots';
import { liveRecording } from './state';

/** Past this, even the same page has likely changed since the step. */
const stillFreshMs = 10_000;

/**
 * Chrome may stop the service worker between a step being stored and its screenshot being stored. On
 * the next start, a waiting step whose tab still shows its page gets its capture; any other gets the
 * reason instead, since a capture now would show a later page.
 */
export async function recoverPendingCaptures(): Promise<void> {
  const state = await liveRecording();
  if (!state) return;
  const waiting = (await getSteps(state.journeyId)).filter((step) => needsScreenshot(step) && !step.screenshotId);
  for (const step of waiting) {
    if (Date.now() - step.at < stillFreshMs && (await showsPage(step))) {
      void captureForStep(step);
    } else {
      await updateStep(step.id, { problem: { code: 'capture-failed', message: t('problemCaptureFailed', t('problemWorkerRestarted')) } });
    }
  }
}
