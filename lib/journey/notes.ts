import type { MessageKey } from '../i18n';
import { groupBy } from './group';
import type { Annotation, NoteKind } from './types';

/** Note kinds in the order the "Note type" control lists them. */
export const NOTE_KINDS: readonly NoteKind[] = ['friction', 'pain-point', 'opportunity', 'delight', 'note'];

export const NOTE_KIND_LABELS: Record<NoteKind, MessageKey> = {
  friction: 'noteFriction',
  'pain-point': 'notePainPoint',
  opportunity: 'noteOpportunity',
  delight: 'noteDelight',
  note: 'noteNote',
};

/** Long enough for any note a tester writes while walking; a pasted page is refused with a message. */
export const MAX_NOTE_LENGTH = 20_000;

export type Note = Annotation & { kind: NoteKind; text: string };

export function isNote(annotation: Annotation): annotation is Note {
  return annotation.kind !== 'emotion' && typeof annotation.text === 'string';
}

/** Each step's notes in the order they were made, by step id. */
export function notesByStep(annotations: readonly Annotation[]): Map<string, Note[]> {
  return groupBy(annotations.filter(isNote), (note) => note.stepId);
}
