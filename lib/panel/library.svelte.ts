import { logError } from '../diagnostics';
import { messageOf } from '../errors';
import { countSteps, getAllAnnotations, listJourneys } from '../db';
import { averageEmotion } from '../journey/emotions';
import { groupBy } from '../journey/group';
import type { Journey } from '../journey/types';
import { onJourneyChange } from '../messaging/changes';

/** A saved journey as the library lists it. */
export interface LibraryEntry {
  journey: Journey;
  steps: number;
  /** Milliseconds from the start to the end of the walk (or to now, while it is recorded); absent for an untimed walk. */
  duration?: number;
  averageEmotion: number | undefined;
}

/** Every saved journey, newest first, read when the library is shown and again when any journey changes. */
class LibraryState {
  entries = $state.raw<LibraryEntry[]>([]);
  loaded = $state(false);
  error = $state('');

  private loads = 0;
  private pending: ReturnType<typeof setTimeout> | undefined;

  async load(): Promise<void> {
    const load = ++this.loads;
    try {
      const [journeys, annotations] = await Promise.all([listJourneys(), getAllAnnotations()]);
      const grouped = groupBy(annotations, (annotation) => annotation.journeyId);
      const counts = await Promise.all(journeys.map((journey) => countSteps(journey.id)));
      // A later load started meanwhile: its figures are the newer ones.
      if (load !== this.loads) return;
      this.entries = journeys.map((journey, index) => ({
        journey,
        steps: counts[index],
        duration: journey.untimed ? undefined : (journey.endedAt ?? Date.now()) - journey.startedAt,
        averageEmotion: averageEmotion(grouped.get(journey.id) ?? []),
      }));
      this.error = '';
    } catch (error) {
      this.error = messageOf(error);
      logError(error, 'library: reading the journeys');
    } finally {
      this.loaded = true;
    }
  }

  /** Reloads on change notices, at most twice a second (a walk being recorded adds steps fast); returns the teardown. */
  listen(): () => void {
    const stop = onJourneyChange((change) => {
      if (change.kind === 'recording' || this.pending) return;
      this.pending = setTimeout(() => {
        this.pending = undefined;
        void this.load();
      }, 500);
    });
    return () => {
      stop();
      clearTimeout(this.pending);
      this.pending = undefined;
    };
  }
}

export const library = new LibraryState();
