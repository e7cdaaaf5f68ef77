import { describe, expect, it } from 'vitest';
import { appendStep, createJourney, updateJourney, updateStep } from '../../lib/db';
import { addNote, rateStep } from '../../lib/edits/notes';
import { removeStep } from '../../lib/edits/steps';
import { JourneyView } from '../../lib/panel/journey-view.svelte';
import { click, journey, navigation, useFreshStore } from './support/rows';

useFreshStore();

/** Change notices travel through a BroadcastChannel: give them a moment, then the store reads. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

describe('JourneyView', () => {
  it('shows a journey whole, rates the page the tester is on unless a step is picked, and follows changes', async () => {
    await createJourney(journey('j1'));
    await appendStep(navigation('s1'));
    await appendStep(click('s2'));
    const view = new JourneyView();
    const stop = view.listen();
    try {
      await view.show('j1');
      expect(view.journey?.id).toBe('j1');
      expect(view.steps.map((step) => step.id)).toEqual(['s1', 's2']);
      // The click is on the page s1: notes go to the page, the click is one choice away.
      expect(view.currentStep?.id).toBe('s1');

      view.select('s2');
      expect(view.currentStep?.id).toBe('s2');
      expect(view.currentPage?.id).toBe('s1');
      view.select('s2');
      expect(view.currentStep?.id).toBe('s1');

      // Another stage chosen: the bar offers to start it at this page, which would move the page and its click.
      expect(view.stageStartOffer).toEqual([]);
      await updateJourney('j1', { currentStageId: 'service' });
      await until(() => view.stageStartOffer.length === 2);

      await rateStep('j1', 's2', -1);
      await addNote('j1', 's2', 'friction', 'Slow');
      await until(() => view.notes.get('s2')?.length === 1 && view.emotions.get('s2') === -1);

      await updateStep('s1', { stageId: 'decision' });
      view.select('s2');
      await removeStep(view.steps[1]);
      await until(() => view.steps.length === 1);
      // The picked step is gone: the view follows the current page again, and the notes moved with the delete.
      expect(view.selectedStepId).toBeNull();
      await until(() => view.notes.get('s1')?.length === 1);
    } finally {
      stop();
    }
  });

  it('says when a journey asked for is not in the store', async () => {
    const view = new JourneyView();
    await view.show('missing');
    expect(view.missing).toBe(true);
    expect(view.steps).toEqual([]);
  });
});
