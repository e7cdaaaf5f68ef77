import { JOURNEY_KINDS } from './kinds';
import type { JourneyKind } from './types';

/** Whose site a walk is on, whom the tester walks as and what for: asked when a walk starts, edited in Journey details. */
export interface JourneyAbout {
  kind: JourneyKind;
  persona: string;
  goal: string;
}

/** Longest persona or goal, in characters: what Journey details lets a tester type. */
export const MAX_ABOUT_LENGTH = 2_000;

const isJourneyKind = (value: unknown): value is JourneyKind => JOURNEY_KINDS.includes(value as JourneyKind);

const aboutText = (value: unknown): string => (typeof value === 'string' ? value.trim().slice(0, MAX_ABOUT_LENGTH) : '');

/**
 * What a start request or a remembered start form says, checked, since both cross a boundary (a message, extension
 * storage): a missing or unknown kind is the tester's own site, the texts are trimmed and cut to their limit.
 */
export function journeyAbout(input: { kind?: unknown; persona?: unknown; goal?: unknown } | null | undefined): JourneyAbout {
  return { kind: isJourneyKind(input?.kind) ? input.kind : 'own', persona: aboutText(input?.persona), goal: aboutText(input?.goal) };
}
