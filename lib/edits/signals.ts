import { answerSignal } from '../db';
import { signalWords } from '../journey/signal-words';
import type { Note } from '../journey/notes';
import type { Step, StepSignal } from '../journey/types';

/**
 * The tester confirms a signal: it becomes a Friction note on its step, worded from the signal, which they edit
 * like any note. Accepting it again (a second press, another panel) writes no second note: resolves undefined.
 */
export async function acceptSignal(step: Step, signal: StepSignal): Promise<Note | undefined> {
  const note: Note = { id: crypto.randomUUID(), journeyId: step.journeyId, stepId: step.id, at: Date.now(), kind: 'friction', text: signalWords(signal) };
  return (await answerSignal(step.id, signal.id, 'accepted', note)) as Note | undefined;
}

/** The tester says it was not friction: the suggestion is hidden, and kept as dismissed (the summary counts it as noticed). */
export async function dismissSignal(step: Step, signal: StepSignal): Promise<void> {
  await answerSignal(step.id, signal.id, 'dismissed');
}
