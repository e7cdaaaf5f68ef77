import { storage } from 'wxt/utils/storage';
import { logError } from '../diagnostics';
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

/**
 * Remembers the answers of the walk being recorded: at its start, and as Journey details correct them. Never
 * throws: a start form not filled in next time is no reason to say that what the tester did failed.
 */
export async function rememberAbout(about: JourneyAbout): Promise<void> {
  await lastStartAbout.setValue(journeyAbout(about)).catch((error: unknown) => logError(error, 'panel: remembering the start form'));
}
