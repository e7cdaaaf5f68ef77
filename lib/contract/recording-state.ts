import type { FieldClass } from '../privacy/field-rules';

/**
 * The walk being recorded, kept in extension storage (lib/recording/state.ts) so that it outlives the
 * service worker, and read by the panel to show the right controls. Versioned: a state written by an
 * older Trailnote is migrated when read.
 */
export interface RecordingState {
  journeyId: string;
  /** The tab the walk started in, and every tab it opened since. */
  tabIds: number[];
  paused: boolean;
  /**
   * The tester's latest pause (ms since the epoch, the pages' clock): `until` is set on Resume. A step that
   * happened inside it is not stored even when it arrives later (a page that finished loading after Resume, a
   * message lost while the worker was stopped and found in the outbox). Absent in states written before it.
   */
  pause?: { since: number; until?: number };
  recordTypedText: boolean;
  /**
   * The fields the walk filled or submitted, by name, with their privacy class: the addresses that follow
   * keep only what those fields may keep. Absent in states written before it existed (an update mid-walk).
   */
  addressFields?: Readonly<Record<string, FieldClass>>;
  /** Why the latest steps are not saved yet (a full disk): they wait in the outbox, and the panel says so. */
  saveProblem?: string;
  /**
   * Set once the walk nears the largest journey a share file may hold (lib/journey/walk-room.ts): about how many
   * more steps it has room for. The panel warns; at 0 the worker stops the walk.
   */
  stepsLeft?: number;
}

/** Version 1: before addresses kept only what the walk's fields may keep. */
export type RecordingStateV1 = Omit<RecordingState, 'addressFields'>;
