import { MAX_NOTE_LENGTH } from './notes';

/**
 * Longest strings a journey may hold, in characters: what a share file may carry (imports refuse longer
 * ones) and what the recorder keeps (it cuts longer ones), so that every walk recorded here can be shared
 * and imported back.
 */
export const TEXT_LIMITS = {
  /** Names: titles, stages, labels, targets, fields. */
  name: 2_000,
  /** Persona, goal, page titles, typed values. */
  text: 10_000,
  url: 65_536,
  selector: 10_000,
  note: MAX_NOTE_LENGTH,
  /** Words a friction signal keeps: a form's error message, a failed load's reason. */
  signalMessage: 300,
  /** Ids of journeys, steps, stages and screenshots. */
  id: 200,
} as const;

/** Selectors per target, and levels per selector (one per shadow root). */
export const SELECTOR_LIMITS = { selectors: 20, levels: 20 } as const;

/** Most rows a journey may hold: what a share file may carry, and what the panel lets a tester make. */
export const COUNT_LIMITS = { steps: 10_000, annotations: 30_000, stages: 50 } as const;

/**
 * How big a shared journey file may be, in bytes and entries: what an import accepts (lib/import/) and what the
 * recorder keeps a walk within (lib/recording/walk-room.ts). Generous for real walks (the benchmark's 2,000 steps
 * and 500 screenshots make a 60 MB ZIP), small enough that a hostile file cannot fill the tester's memory or disk.
 */
export interface ImportLimits {
  /** The file as picked, before anything is read. */
  fileBytes: number;
  /** Entries in a ZIP, directories and skipped files included. */
  zipEntries: number;
  /** Bytes inflated from a ZIP, all entries together, counted as they come out. */
  inflatedBytes: number;
  /** Bytes one picture in a ZIP may inflate to. */
  entryBytes: number;
  /**
   * Bytes of journey.json, or of a JSON file: parsed whole, it takes some twenty times its size in memory.
   * A 2,000-step walk writes about 1.2 MB.
   */
  journeyBytes: number;
}

export const IMPORT_LIMITS: ImportLimits = {
  fileBytes: 512 * 2 ** 20,
  zipEntries: 25_000,
  inflatedBytes: 1024 * 2 ** 20,
  entryBytes: 32 * 2 ** 20,
  journeyBytes: 16 * 2 ** 20,
};

/** A text cut to a limit, with an ellipsis saying so. */
export const clipped = (text: string, limit: number): string => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);
