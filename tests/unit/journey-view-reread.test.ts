import { describe, expect, it, vi } from 'vitest';
import { appendStep, createJourney } from '../../lib/db';
import { JourneyView } from '../../lib/panel/journey-view.svelte';
import { journey, navigation, useFreshStore } from './support/rows';

// The store refuses the first read of a step, as it does while a full disk has broken its connection.
const refusals = vi.hoisted(() => ({ left: 1 }));
vi.mock('../../lib/db', async (original) => {
  const db = await original<typeof import('../../lib/db')>();
  return {
    ...db,
    getStep: (stepId: string) => (refusals.left-- > 0 ? Promise.reject(new Error('Internal error opening backing store')) : db.getStep(stepId)),
  };
});

useFreshStore();

describe('JourneyView after a change it could not read', () => {
  it('reads the journey whole again, so the step it missed appears', async () => {
    await createJourney(journey('j1'));
    await appendStep(navigation('s1'));
    const view = new JourneyView();
    const stop = view.listen();
    try {
      await view.show('j1');
      await appendStep(navigation('s2'));
      // The notice's read failed; a few seconds later the view has read the journey again.
      await vi.waitFor(() => expect(view.steps.map((step) => step.id)).toEqual(['s1', 's2']), { timeout: 5000, interval: 50 });
      expect(refusals.left).toBeLessThan(1);
    } finally {
      stop();
    }
  });
});
