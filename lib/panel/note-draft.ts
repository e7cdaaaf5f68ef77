import { storage } from 'wxt/utils/storage';
import type { NoteKind } from '../journey/types';

/**
 * The note being typed, saved as it is typed: closing the panel, or Chrome closing it, loses nothing the
 * tester wrote. One draft, for the journey it was typed in.
 */
export interface NoteDraft {
  journeyId: string;
  kind: NoteKind;
  text: string;
}

export const noteDraft = storage.defineItem<NoteDraft | null>('local:noteDraft', { fallback: null });
