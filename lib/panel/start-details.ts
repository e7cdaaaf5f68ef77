import { storage } from 'wxt/utils/storage';
import { journeyAbout, type JourneyAbout } from '../journey/about';

/**
 * The start form's answers of the last walk (whose site, persona, goal), so the next walk starts with them
 * filled in: a tester usually walks the same site as the same persona several times. Not the title, which
 * names one walk, nor "record typed text", which a walk must choose each time.
 */
const lastStartAbout = storage.defineItem<JourneyAbout | null>('local:lastStartAbout', { fallback: null, version: 1 });

/** What the start form shows first: the last walk's answers, or none (own site, no persona, no goal). */
export async function rememberedAbout(): Promise<JourneyAbout> {
  // Checked as it is read: storage outlives versions and can be edited by hand.
  return journeyAbout(await lastStartAbout.getValue());
}

export async function rememberAbout(about: JourneyAbout): Promise<void> {
  await lastStartAbout.setValue(journeyAbout(about));
}
