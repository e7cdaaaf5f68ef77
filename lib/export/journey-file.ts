import type { JourneyBundle } from '../db';
import type { Annotation, Journey, OmitFromEach, Step } from '../journey/types';
import type { JourneyScorecard } from '../scorecard/types';
import { sharedScorecard } from './scorecard-share';

/**
 * The share format (docs/architecture.md, Contracts; schema in docs/journey.schema.json): what other tools read,
 * so fields are added, never renamed, without a version bump and a migration.
 */
export const JOURNEY_FORMAT = 'trailnote.journey';
export const JOURNEY_FORMAT_VERSION = 1;

export type ExportedJourney = Pick<
  Journey,
  'id' | 'title' | 'site' | 'persona' | 'goal' | 'kind' | 'startedAt' | 'endedAt' | 'stages' | 'recordTypedText' | 'environment' | 'untimed'
>;

/** A step as shared: its journey and tab are implied, its screenshot is a path in the ZIP. */
export type ExportedStep = OmitFromEach<Step, 'journeyId' | 'tabId' | 'screenshotId'> & { screenshot?: string };

export type ExportedAnnotation = Omit<Annotation, 'journeyId'>;

export interface JourneyFile {
  format: typeof JOURNEY_FORMAT;
  version: typeof JOURNEY_FORMAT_VERSION;
  exportedAt: number;
  journey: ExportedJourney;
  steps: ExportedStep[];
  annotations: ExportedAnnotation[];
  /** The walk's mystery-shopping scorecard (issue 18), when the tester picked a template; additive in version 1. */
  scorecard?: JourneyScorecard;
}

/** A JSON file as Trailnote writes it: two-space indents, a final line break. */
export const asJson = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

/** Where a step's screenshot sits in the ZIP. */
export function screenshotPath(screenshotId: string): string {
  return `screenshots/${screenshotId}.jpg`;
}

/** Where its thumbnail sits: imports then need not redraw 500 pictures. */
export function thumbnailPath(screenshotId: string): string {
  return `thumbnails/${screenshotId}.jpg`;
}

export function exportedStep(step: Step): ExportedStep {
  const { journeyId: _journey, tabId: _tab, screenshotId, ...shared } = step;
  return { ...shared, ...(screenshotId && { screenshot: screenshotPath(screenshotId) }) };
}

/** The journey as the share file holds it. Values the store never kept (sensitive fields) cannot appear. */
export function journeyFile(bundle: JourneyBundle, exportedAt = Date.now()): JourneyFile {
  const { journey } = bundle;
  return {
    format: JOURNEY_FORMAT,
    version: JOURNEY_FORMAT_VERSION,
    exportedAt,
    journey: {
      id: journey.id,
      title: journey.title,
      site: journey.site,
      persona: journey.persona,
      goal: journey.goal,
      kind: journey.kind,
      startedAt: journey.startedAt,
      endedAt: journey.endedAt,
      stages: journey.stages,
      recordTypedText: journey.recordTypedText,
      environment: journey.environment,
      // Written only when true: a timed walk's file stays as it always was.
      ...(journey.untimed && { untimed: true }),
    },
    steps: bundle.steps.map(exportedStep),
    annotations: bundle.annotations.map(({ journeyId: _journey, ...annotation }) => annotation),
    ...(journey.scorecard && { scorecard: sharedScorecard(journey.scorecard, bundle.steps) }),
  };
}
