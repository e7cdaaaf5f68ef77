import { MAX_NOTE_LENGTH } from '../journey/notes';

/**
 * How big a shared journey may be. Generous for real walks (the benchmark's 2,000 steps and 500 screenshots
 * make a 60 MB ZIP), small enough that a hostile file cannot fill the tester's memory or disk.
 */
export interface ImportLimits {
  /** The file as picked, before anything is read. */
  fileBytes: number;
  /** Entries in a ZIP, directories and skipped files included. */
  zipEntries: number;
  /** Bytes inflated from a ZIP, all entries together, counted as they come out. */
  inflatedBytes: number;
  /** Bytes one ZIP entry may inflate to (journey.json or one picture). */
  entryBytes: number;
}

export const IMPORT_LIMITS: ImportLimits = {
  fileBytes: 512 * 2 ** 20,
  zipEntries: 25_000,
  inflatedBytes: 1024 * 2 ** 20,
  entryBytes: 64 * 2 ** 20,
};

/** Most rows a shared journey may hold. */
export const COUNT_LIMITS = { steps: 20_000, annotations: 50_000, stages: 50 } as const;

/** Longest strings a shared journey may hold, in characters. Longer ones are refused, never cut. */
export const TEXT_LIMITS = {
  /** Names: titles, stages, labels, targets, fields. */
  name: 2_000,
  /** Persona, goal, page titles. */
  text: 10_000,
  url: 16_384,
  selector: 10_000,
  note: MAX_NOTE_LENGTH,
  /** Ids of journeys, steps, stages and screenshots. */
  id: 200,
} as const;

/** Selectors per target, and levels per selector (one per shadow root). */
export const SELECTOR_LIMITS = { selectors: 20, levels: 20 } as const;
