import type { MessageKey } from '../i18n';
import type { JourneyKind } from './types';

/** Whose site a journey walks, in the order the details form offers them. */
export const JOURNEY_KINDS: readonly JourneyKind[] = ['own', 'competitor', 'other'];

export const JOURNEY_KIND_LABELS: Record<JourneyKind, MessageKey> = { own: 'kindOwn', competitor: 'kindCompetitor', other: 'kindOther' };
