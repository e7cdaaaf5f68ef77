import { describe, expect, it, vi } from 'vitest';
import { appendStep, createJourney, deleteStep, getAnnotations } from '../../lib/db';
import { rateStep } from '../../lib/edits/notes';
import { ratingRefusal } from '../../lib/panel/error-words';
import { JourneyView } from '../../lib/panel/journey-view.svelte';
import type { EmotionScore } from '../../lib/journey/types';
import { fillTheDisk } from './support/full-disk';
import { click, journey, navigation, useFreshStore } from './support/rows';

useFreshStore();

/** What the panel would say about a rating the store refused; fails the test if the store kept it. */
async function refusedRating(stepId: string, rating: { seq: number; emotion: EmotionScore }): Promise<string> {
  const error = await rateStep('j1', stepId, rating.emotion).then(
    () => undefined,
    (refused: unknown) => refused,
  );
  expect(error, 'the store kept the rating').toBeDefined();
  return ratingRefusal(error, rating, 'test: rating');
}

/** Change notices travel through a BroadcastChannel: give them a moment, then the store reads. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

describe('a rating that was not kept', () => {
  it('names the face and the step deleted meanwhile (in another window), and nothing is stored', async () => {
    await createJourney(journey('j1'));
    await appendStep(navigation('s1'));
    await appendStep(click('s2'));
    // Deleted in another window: this panel still offers it.
    await deleteStep('s2');

    expect(await refusedRating('s2', { seq: 2, emotion: 2 })).toBe('Your rating “Very positive” for step 2 was not saved: the step was deleted, here or in another window.');
    expect(await getAnnotations('j1')).toEqual([]);
  });

  it('on a full disk says so, as a rating, and the step keeps the rating it had: what the picker shows', async () => {
    await createJourney(journey('j1'));
    await appendStep(navigation('s1'));
    await rateStep('j1', 's1', 1);
    const view = new JourneyView();
    const stop = view.listen();
    try {
      await view.show('j1');
      expect(view.emotions.get('s1')).toBe(1);

      fillTheDisk();
      expect(await refusedRating('s1', { seq: 1, emotion: -1 })).toBe(
        'Your rating “Negative” for step 1 was not saved. Your disk is full: Trailnote could not save the rating. Free some space; the steps recorded so far are kept.',
      );
      vi.restoreAllMocks();

      expect((await getAnnotations('j1')).map(({ kind, emotion }) => [kind, emotion])).toEqual([['emotion', 1]]);
      expect(view.emotions.get('s1')).toBe(1);
      // The disk has room again: the same face is kept, and the view follows.
      await rateStep('j1', 's1', -1);
      await until(() => view.emotions.get('s1') === -1);
    } finally {
      stop();
    }
  });
});
