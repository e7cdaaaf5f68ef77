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
  /** Ids of journeys, steps, stages and screenshots. */
  id: 200,
} as const;

/** Selectors per target, and levels per selector (one per shadow root). */
export const SELECTOR_LIMITS = { selectors: 20, levels: 20 } as const;

/** Most rows a journey may hold: what a share file may carry, and what the panel lets a tester make. */
export const COUNT_LIMITS = { steps: 10_000, annotations: 30_000, stages: 50 } as const;

/** A text cut to a limit, with an ellipsis saying so. */
export const clipped = (text: string, limit: number): string => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);
