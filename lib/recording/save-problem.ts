import { codeOf, messageOf } from '../errors';
import { t } from '../i18n';
import { changeRecording, recordingState } from './state';

/**
 * A step the journey store refused (a full disk, say) stays in the outbox and is saved before the next
 * one. Until then the panel tells the tester, so that they can free some space; nothing is thrown away.
 */
export async function reportSaveProblem(error: unknown): Promise<void> {
  // No room: the walk is paused and the panel says so from storage.session (lib/recording/room.ts); the recording
  // state, on disk, could not take the warning anyway.
  if (codeOf(error) === 'quota') return;
  const saveProblem = t('errorStepsWaiting', messageOf(error));
  await changeRecording((state) => state && { ...state, saveProblem });
}

/** Every waiting step is saved: the panel's warning goes. Reads before writing, as most saves have nothing to clear. */
export async function clearSaveProblem(): Promise<void> {
  if (!(await recordingState.getValue())?.saveProblem) return;
  await changeRecording((state) => {
    if (!state) return state;
    const { saveProblem: _saved, ...rest } = state;
    return rest;
  });
}
