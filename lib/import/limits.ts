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
