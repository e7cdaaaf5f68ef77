import { deleteAnnotation, saveAnnotation, setStepEmotion } from '../db';
import { TrailnoteError } from '../errors';
import { t } from '../i18n';
import { MAX_NOTE_LENGTH, type Note } from '../journey/notes';
import type { Annotation, EmotionScore, NoteKind } from '../journey/types';

/**
 * What the tester says about steps, written from the page that edits the journey (the panel, the map):
 * each edit is one store transaction, whose notice the store sends so that every open page shows it.
 */

/** Checks a note's text; the message says what to do. Text is kept as typed (markup is shown as text). */
function checkedText(text: string): string {
  if (!text.trim()) throw new TrailnoteError('invalid-edit', t('errorNoteEmpty'));
  if (text.length > MAX_NOTE_LENGTH) throw new TrailnoteError('invalid-edit', t('errorNoteTooLong', MAX_NOTE_LENGTH.toLocaleString()));
  return text.trim();
}

export function rateStep(journeyId: string, stepId: string, emotion: EmotionScore | null): Promise<void> {
  return setStepEmotion(journeyId, stepId, emotion);
}

export async function addNote(journeyId: string, stepId: string, kind: NoteKind, text: string): Promise<Note> {
  const note: Note = { id: crypto.randomUUID(), journeyId, stepId, at: Date.now(), kind, text: checkedText(text) };
  await saveAnnotation(note);
  return note;
}

/** Changes a note's text, kind or step; its place in time (`at`) stays. */
export async function editNote(note: Note, change: Partial<Pick<Note, 'kind' | 'text' | 'stepId'>>): Promise<Note> {
  const edited: Note = { ...note, ...change, text: change.text === undefined ? note.text : checkedText(change.text) };
  await saveAnnotation(edited);
  return edited;
}

/** Deletes an annotation; resolves with it so that the tester can undo. */
export function removeAnnotation(id: string): Promise<Annotation | undefined> {
  return deleteAnnotation(id);
}

export function restoreAnnotation(annotation: Annotation): Promise<void> {
  return saveAnnotation(annotation);
}
