import type { DBSchema } from 'idb';
import type { Annotation, EpochMs, Journey, Screenshot, Step } from '../journey/types';
import type { ScorecardTemplate } from '../scorecard/types';

/**
 * The journey store's shape, one interface per shipped version. A version's types never change once
 * shipped: the next version gets a new interface and an `if (oldVersion < N)` step in open.ts.
 */

/** A journey row as version 1 wrote it: stages did not exist yet. */
export type JourneyV1 = Omit<Journey, 'stages' | 'currentStageId'>;

/** Version 1: the recorder's stores. */
export interface TrailnoteDBv1 extends DBSchema {
  journeys: { key: string; value: JourneyV1; indexes: { 'by-startedAt': number } };
  steps: { key: string; value: Step; indexes: { 'by-journey': string; 'by-journey-seq': [string, number] } };
  screenshots: { key: string; value: Screenshot; indexes: { 'by-journey': string; 'by-step': string } };
}

/**
 * Version 2: annotations; journeys carry their stages and the stage new steps take.
 * Version 3: the same stores; the addresses they hold follow the address rule (lib/privacy).
 */
export interface TrailnoteDBv3 extends DBSchema {
  journeys: { key: string; value: Journey; indexes: { 'by-startedAt': number } };
  steps: { key: string; value: Step; indexes: { 'by-journey': string; 'by-journey-seq': [string, number] } };
  screenshots: { key: string; value: Screenshot; indexes: { 'by-journey': string; 'by-step': string } };
  annotations: { key: string; value: Annotation; indexes: { 'by-journey': string; 'by-step': string } };
}

/** A scorecard template of the tester's own (a copy of a built-in, or imported), as the store keeps it. */
export interface StoredTemplate extends ScorecardTemplate {
  /** When it was made: the template list shows the tester's own in this order. */
  createdAt: EpochMs;
}

/** Version 4 (current): the tester's own scorecard templates (issue 18). */
export interface TrailnoteDB extends DBSchema {
  journeys: { key: string; value: Journey; indexes: { 'by-startedAt': number } };
  steps: { key: string; value: Step; indexes: { 'by-journey': string; 'by-journey-seq': [string, number] } };
  screenshots: { key: string; value: Screenshot; indexes: { 'by-journey': string; 'by-step': string } };
  annotations: { key: string; value: Annotation; indexes: { 'by-journey': string; 'by-step': string } };
  scorecardTemplates: { key: string; value: StoredTemplate };
}
